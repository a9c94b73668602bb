/**
 * The link-preview image (Open Graph, social cards): a PNG served by the site itself from
 * public/, drawn by `npm run og-image` (scripts/og-image.ts). No astro:* imports, so that
 * script can read it too.
 */
export const OG_IMAGE = { path: '/og-image.png', width: 1200, height: 630 } as const;
