/**
 * The editor's bundling rules: what is left out still resolves (named imports included) and
 * fails only when used. (That the package's fonts come from the site is checked by bundleEditor
 * itself, which stops on a CDN address, and by the browser test, which sees no CSP violation.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { editorPlugin, LEFT_OUT } from '../../src/integrations/editor-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SVELTIA = join(ROOT, 'node_modules', '@sveltia', 'cms');

async function bundle(code: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pt-editor-bundle-'));
  try {
    writeFileSync(join(dir, 'entry.js'), code);
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: [join(dir, 'entry.js')],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [editorPlugin(SVELTIA)],
    });
    return result.outputFiles[0]?.text ?? '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the editor bundle', () => {
  it('leaves out the body checks’ MDX parser: a named import resolves, a call throws', async () => {
    const code = await bundle(
      "import { mdxToMdast } from 'satteri'; export const run = () => mdxToMdast('x');",
    );
    expect(code).not.toMatch(/satteri-wasm|\.node\b/);
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
    const mod = (await import(url)) as { run: () => unknown };
    expect(() => mod.run()).toThrow(/satteri is not part of the web editor/);
  });

  it('leaves out maps and code highlighting', () => {
    for (const name of ['leaflet', '@shikijs/langs/yaml', 'terra-draw', 'svgo/browser', 'exifr'])
      expect(
        LEFT_OUT.some((m) => m.test.test(name)),
        name,
      ).toBe(true);
    expect(LEFT_OUT.some((m) => m.test.test('yaml'))).toBe(false);
  });
});
