/**
 * The files of the web editor at /admin/: its page, its configuration (generated from the
 * schema), and Sveltia CMS bundled from node_modules with the project's own code
 * (src/admin/main.ts). Used by the editor integration for `astro build` (written to dist/admin/)
 * and `astro dev` (served from memory).
 *
 * Nothing is loaded from another origin: the package's fonts are served from /admin/assets/
 * (its stylesheet's CDN addresses are rewritten to them while bundling), the parts of the package
 * this form never uses (code highlighting for 300 languages, maps, image conversion) are left
 * out, and the page's Content Security Policy allows the site itself and the Git host's API only.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { EDITOR_WORDS } from '../admin/labels.ts';
import { backendOrigins, buildEditorConfig } from '../lib/editor-config.ts';
import { CampaignSchema, type Campaign } from '../lib/schema.ts';
import { load as loadYaml } from 'js-yaml';

/** The address of the editor, and its folder in the build. */
export const EDITOR_BASE = '/admin/';
export const EDITOR_DIR = 'admin';
/** The bundled script, relative to the editor's folder. */
export const EDITOR_SCRIPT = 'cms.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where an installed package is (the editor's own dependencies are resolved from the project). */
function packageDir(root: string, name: string): string {
  const dir = join(root, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json')))
    throw new Error(`${name} is not installed in ${root}: run npm ci`);
  return dir;
}

/** The campaign file as the build reads it (the content check has already validated it). */
export function readCampaign(contentDir: string): Campaign | undefined {
  try {
    const result = CampaignSchema.safeParse(
      loadYaml(readFileSync(join(contentDir, 'campaign.yaml'), 'utf8')),
    );
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The repository that holds a content folder: the nearest folder above it with a `.git` entry
 * (a folder, or a file in a git worktree), else `fallback`. The editor's paths are relative to
 * it, since that is the folder the local workflow opens and what the Git host's paths start at.
 */
export function repositoryRoot(contentDir: string, fallback: string): string {
  for (let dir = contentDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return fallback;
  }
}

export interface EditorSetup {
  /** The repository root (the folder the local workflow opens). */
  readonly root: string;
  /** The content folder, absolute. */
  readonly contentDir: string;
  readonly campaign: Campaign | undefined;
  /** `dev` always gets a working editor for local editing; a build only when campaign.yaml says where to save. */
  readonly mode: 'build' | 'dev';
}

/** Whether the editor can work: always locally, on a built site only with `editor:` in campaign.yaml. */
export const editorEnabled = (setup: EditorSetup): boolean =>
  setup.mode === 'dev' || setup.campaign?.editor !== undefined;

/** The content folder as the editor names it: relative to the repository, with forward slashes. */
const contentPath = (setup: EditorSetup): string =>
  relative(setup.root, setup.contentDir).split('\\').join('/') || '.';

/** The configuration served as /admin/config.yml. */
export function editorConfigText(setup: EditorSetup): string {
  const config = buildEditorConfig({
    words: EDITOR_WORDS,
    contentDir: contentPath(setup),
    campaignName: setup.campaign?.name ?? 'Policy Timeline',
    siteUrl: setup.mode === 'build' ? setup.campaign?.siteUrl : undefined,
    editor: setup.campaign?.editor,
  });
  return [
    '# The web editor’s configuration (Sveltia CMS), generated from src/lib/schema.ts by',
    '# src/integrations/editor.ts: change the schema (or src/admin/labels.ts), never this file.',
    stringify(config, { lineWidth: 0 }),
  ].join('\n');
}

/** The page's Content Security Policy: the site itself, plus the Git host's API for saving. */
export function editorCsp(origins: readonly string[]): string {
  // data: and blob: are the editor's own in-memory files (its logo, drafts), never the network.
  const connect = ["'self'", 'data:', 'blob:', ...origins].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Svelte (the editor's framework) adds its styles as <style> elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
    "frame-src 'none'",
    "object-src 'none'",
  ].join('; ');
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The editor's page. Without a working editor, a page saying how to set one up. */
export function editorPage(setup: EditorSetup): string {
  const title = `${setup.campaign?.name ?? 'Policy Timeline'} · Editor`;
  const origins = backendOrigins(setup.campaign?.editor);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="same-origin">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(editorCsp(editorEnabled(setup) ? origins : []))}">`,
    `<title>${escapeAttr(title)}</title>`,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
  ];
  if (!editorEnabled(setup))
    return `<!DOCTYPE html>
<html lang="en">
<head>
${head.join('\n')}
</head>
<body>
<main>
<h1>${escapeAttr(title)}</h1>
<p>The web editor is not set up for this site: <code>content/campaign.yaml</code> does not say which repository it saves to.</p>
<p>A developer adds an <code>editor:</code> section to it (see “Web editor” in the project’s README.md). Local editing works without it: run <code>npm run edit</code>.</p>
</main>
</body>
</html>
`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
${head.join('\n')}
<meta name="policy-timeline:editor-origins" content="${escapeAttr(origins.join(' '))}">
<meta name="policy-timeline:content-dir" content="${escapeAttr(contentPath(setup))}">
<link href="config.yml" type="application/yaml" rel="cms-config-url">
<script type="module" src="${EDITOR_SCRIPT}"></script>
</head>
<body>
<noscript><p>The editor needs JavaScript.</p></noscript>
</body>
</html>
`;
}

/**
 * Modules the editor's bundle leaves out: parts of the package this form never uses, and
 * Sätteri, the MDX parser of the validator's body checks (a native or WASI module, for Node
 * only: the editor runs the checks of the frontmatter; the build and `npm run validate` check
 * bodies). Each is replaced by a module whose exports throw when used; `names` lists the named
 * imports the code makes of it (bundling stops with "No matching export" if one is missing).
 */
export const LEFT_OUT: readonly { readonly test: RegExp; readonly names?: readonly string[] }[] = [
  { test: /^@shikijs\/(langs|themes)\// }, // code highlighting (no code fields here)
  { test: /^leaflet(\/|$)/ }, // maps
  { test: /^terra-draw/ }, // drawing on maps
  { test: /^svgo(\/|$)/ }, // SVG optimisation of uploads
  { test: /^exifr(\/|$)/ }, // image metadata of uploads
  { test: /^satteri(\/|$)/, names: ['mdxToMdast'] }, // MDX parsing for body checks (Node only)
];

/** The package's fonts, by the name its stylesheet gives them on the CDN. */
function fontAssets(sveltia: string): Map<string, string> {
  const dir = join(sveltia, 'npm', 'assets');
  const fonts = new Map<string, string>();
  for (const name of readdirSync(dir))
    if (name.endsWith('.woff2')) fonts.set(name.replace(/-[A-Za-z0-9_]{8}\.woff2$/, ''), name);
  return fonts;
}

/** The esbuild plugin: modules left out, and the package's fonts served from the site. */
export function editorPlugin(sveltia: string): Plugin {
  const fonts = fontAssets(sveltia);
  return {
    name: 'policy-timeline-editor',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) =>
        LEFT_OUT.some((m) => m.test.test(args.path))
          ? { path: args.path, namespace: 'left-out' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => {
        const names = LEFT_OUT.find((m) => m.test.test(args.path))?.names ?? [];
        const message = JSON.stringify(`${args.path} is not part of the web editor`);
        return {
          contents: [
            `const fail = () => { throw new Error(${message}); };`,
            'export default fail;',
            ...names.map((name) => `export { fail as ${name} };`),
          ].join('\n'),
          loader: 'js',
        };
      });
      // The package's stylesheet names its fonts on a CDN (it also loads them from its own files
      // through the FontFace API); point the stylesheet at the files served here.
      b.onLoad({ filter: /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => {
        let missing = '';
        const code = readFileSync(args.path, 'utf8').replace(
          /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
          (url, family: string, subset: string) => {
            const file = fonts.get(`${family}-${subset}`);
            if (!file) missing = url;
            return `assets/${file ?? ''}`;
          },
        );
        if (missing) throw new Error(`no font file in @sveltia/cms/npm/assets for ${missing}`);
        return { contents: code, loader: 'js' };
      });
    },
  };
}

export interface BundleFile {
  /** Path below the editor's folder, e.g. "cms.js", "assets/x.woff2". */
  readonly path: string;
  readonly contents: Uint8Array;
}

/** Sveltia CMS with the project's formats and request guard, and the fonts it loads. */
export async function bundleEditor(root: string): Promise<BundleFile[]> {
  const sveltia = packageDir(root, '@sveltia/cms');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cms: join(SRC, 'admin', 'main.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: '/',
    entryNames: '[name]',
    // Flat: the package finds its fonts next to its code (new URL('assets/…', import.meta.url)).
    chunkNames: '[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'silent',
    plugins: [editorPlugin(sveltia)],
  });
  const files: BundleFile[] = result.outputFiles.map((f) => ({
    path: f.path
      .replace(/^[\\/]+/, '')
      .split('\\')
      .join('/'),
    contents: f.contents,
  }));
  for (const font of fontAssets(sveltia).values())
    files.push({
      path: `assets/${font}`,
      contents: readFileSync(join(sveltia, 'npm', 'assets', font)),
    });
  const script = files.find((f) => f.path === EDITOR_SCRIPT);
  if (!script) throw new Error(`the editor bundle has no ${EDITOR_SCRIPT}`);
  for (const f of files)
    if (f.path.endsWith('.js') && Buffer.from(f.contents).includes('cdn.jsdelivr.net/fontsource'))
      throw new Error(`the editor bundle still loads fonts from a CDN (${f.path})`);
  return files;
}
