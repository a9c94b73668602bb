/**
 * The Astro floor: an Astro project with as many pages as a real build, a trivial layout and no
 * integrations, for the benchmark to build in the same run as the real site. What the real build
 * costs above it is what this project adds (content collections, MDX, search, feeds, widgets);
 * the floor itself is what any Astro site of that size costs on this machine at this moment.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the floor project for `pages` pages into `dir`, using the project's node_modules. */
export function writeFloorProject(dir: string, pages: number, nodeModules: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${Math.max(1, pages)} }, (_, i) => ({
    params: { slug: i === 0 ? undefined : \`page-\${i}\` },
  }));
}
const title = Astro.params.slug ?? 'Home';
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><h1>{title}</h1><p>A page of the Astro floor.</p></body>
</html>
`,
  );
}
