/**
 * The web editor at /admin/, served by the site itself.
 *
 * - `astro build`: after every other integration has written its files, writes dist/admin/ (the
 *   page, config.yml, the bundled editor and its fonts). It adds no route, script, style or
 *   Vite plugin to the site, so no other page changes by a byte; the page is no Astro page, so
 *   the sitemap, the search index and the feeds never see it.
 * - `astro dev` (`npm run edit`): serves the same files from memory, with config.yml generated
 *   afresh on every request, so an edit to the schema or campaign.yaml shows on reload.
 *
 * A build makes a working editor only when content/campaign.yaml has an `editor:` section (the
 * repository to save to); otherwise /admin/ says how to set it up.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  bundleEditor,
  EDITOR_BASE,
  EDITOR_DIR,
  EDITOR_SCRIPT,
  editorConfigText,
  editorEnabled,
  editorPage,
  readCampaign,
  repositoryRoot,
  type BundleFile,
  type EditorSetup,
} from './editor-files.ts';
import { contentDirectory } from './content-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

export function editor(): AstroIntegration {
  let root = '';
  const setupFor = (mode: EditorSetup['mode']): EditorSetup => {
    const contentDir = contentDirectory(root);
    return {
      root: repositoryRoot(contentDir, root),
      contentDir,
      campaign: readCampaign(contentDir),
      mode,
    };
  };
  return {
    name: 'policy-timeline:editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root).replace(/[\\/]$/, '');
      },
      'astro:server:setup': ({ server, logger }) => {
        let bundle: Promise<BundleFile[]> | undefined;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          if (!path.startsWith(EDITOR_BASE)) {
            next();
            return;
          }
          const rel = path.slice(EDITOR_BASE.length) || 'index.html';
          const send = (body: string | Uint8Array, type: string): void => {
            res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
          };
          const setup = setupFor('dev');
          if (rel === 'index.html') return send(editorPage(setup), TYPES['.html'] ?? '');
          if (rel === 'config.yml') return send(editorConfigText(setup), TYPES['.yml'] ?? '');
          bundle ??= bundleEditor(root).catch((error: unknown) => {
            bundle = undefined;
            throw error;
          });
          bundle.then(
            (files) => {
              const file = files.find((f) => f.path === rel);
              if (!file) res.writeHead(404).end('Not found');
              else
                send(
                  file.contents,
                  TYPES[rel.slice(rel.lastIndexOf('.'))] ?? 'application/octet-stream',
                );
            },
            (error: unknown) => {
              logger.error(`The editor could not be bundled: ${String(error)}`);
              res.writeHead(500).end(String(error));
            },
          );
        });
        logger.info(
          `The web editor is at ${EDITOR_BASE} (local editing: "Work with Local Repository").`,
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), EDITOR_DIR);
        const setup = setupFor('build');
        const files: BundleFile[] = [
          { path: 'index.html', contents: Buffer.from(editorPage(setup)) },
        ];
        if (editorEnabled(setup)) {
          files.push({ path: 'config.yml', contents: Buffer.from(editorConfigText(setup)) });
          files.push(...(await bundleEditor(root)));
        }
        for (const file of files) {
          const target = join(out, file.path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.contents);
        }
        if (!editorEnabled(setup)) {
          logger.info(
            `Wrote ${EDITOR_BASE} without a working editor: campaign.yaml has no "editor:" section (README, "Web editor").`,
          );
          return;
        }
        const total = files.reduce((n, f) => n + f.contents.length, 0);
        const script = files.find((f) => f.path === EDITOR_SCRIPT)?.contents ?? new Uint8Array();
        logger.info(
          `Wrote the web editor to ${EDITOR_BASE}: ${files.length} files, ${kb(total)} (its script ${kb(script.length)}, ${kb(gzipSync(script).length)} gzipped).`,
        );
      },
    },
  };
}
