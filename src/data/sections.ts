/**
 * Which sections of the site exist: a page under src/pages/[...lang]/<section>/index.astro.
 * The header and the home page link a section only once its page is written, so nothing links to
 * a missing page while a feature is still being built.
 */
const PAGE_FILES = Object.keys(import.meta.glob('../pages/\\[...lang\\]/*/index.astro'));

/** Whether /<section>/ is a page of this site (in every language). */
export const sectionExists = (section: string): boolean =>
  PAGE_FILES.includes(`../pages/[...lang]/${section}/index.astro`);
