/**
 * The editor integration cannot change any other page: it adds nothing to the site (no route,
 * script, style or Vite plugin: it has no `astro:config:setup` hook), it is the last
 * integration, so its `astro:build:done` runs after every other file is written, and it writes
 * under admin/ only. (Measured once as well: two builds with and without it, `diff -r` finds
 * nothing but admin/; see the README, "How the editor is built".)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { editor } from '../../src/integrations/editor.ts';

const logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
} as unknown as AstroIntegrationLogger;

describe('the editor integration', () => {
  it('has no hook that could add to the site', () => {
    expect(Object.keys(editor().hooks).sort()).toEqual([
      'astro:build:done',
      'astro:config:done',
      'astro:server:setup',
    ]);
  });

  it('is the last integration, so it writes after every other file', () => {
    const integrations = (config.integrations ?? []).flat() as unknown[];
    const names = integrations.map((i) => (i as AstroIntegration | undefined)?.name);
    expect(names.at(-1)).toBe('policy-timeline:editor');
  });

  it('writes admin/ and nothing else (here without editor settings: the page only)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pt-editor-int-'));
    try {
      mkdirSync(join(root, 'content'));
      writeFileSync(
        join(root, 'content', 'campaign.yaml'),
        'name: Test\norganisation: Test org\ndescription: A test campaign.\nsiteUrl: "https://x.example"\nreviewedAt: "2026-11-29"\n',
      );
      const dist = join(root, 'dist');
      mkdirSync(join(dist, 'about'), { recursive: true });
      writeFileSync(join(dist, 'about', 'index.html'), '<p>about</p>');
      const integration = editor();
      const hooks = integration.hooks as Record<string, (args: unknown) => unknown>;
      const previous = process.env['POLICY_TIMELINE_CONTENT'];
      delete process.env['POLICY_TIMELINE_CONTENT'];
      await hooks['astro:config:done']?.({ config: { root: pathToFileURL(`${root}/`) }, logger });
      await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dist}/`), logger });
      if (previous !== undefined) process.env['POLICY_TIMELINE_CONTENT'] = previous;
      expect(readdirSync(dist).sort()).toEqual(['about', 'admin']);
      expect(readdirSync(join(dist, 'admin'))).toEqual(['index.html']);
      expect(readFileSync(join(dist, 'about', 'index.html'), 'utf8')).toBe('<p>about</p>');
      expect(readFileSync(join(dist, 'admin', 'index.html'), 'utf8')).toContain(
        'The web editor is not set up for this site',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
