/**
 * public/_headers as Netlify and as Cloudflare Pages read it. The two hosts merge rules that
 * match the same path differently (Netlify keeps the last value of a header; Cloudflare Pages
 * joins the values, and "! Name" removes what an earlier rule set), so the file must give the
 * same framing policy under both: any site may frame a widget, no site may frame anything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Rule {
  pattern: RegExp;
  set: [string, string][];
  detach: string[];
}

const text = readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8');

function parse(source: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({
        pattern: new RegExp(
          `^${trimmed.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
        ),
        set: [],
        detach: [],
      });
    } else if (trimmed.startsWith('!')) {
      rules.at(-1)?.detach.push(trimmed.slice(1).trim().toLowerCase());
    } else {
      const at = trimmed.indexOf(':');
      if (at < 1) throw new Error(`not a header line: ${line}`);
      rules
        .at(-1)
        ?.set.push([trimmed.slice(0, at).trim().toLowerCase(), trimmed.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Cloudflare Pages (workers-sdk asset server): per matching rule, in order, remove its detached headers, then set; a header an earlier rule set is appended to. */
function cloudflare(rules: Rule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  const setByRules = new Set<string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const before = headers.get(name);
      headers.set(
        name,
        setByRules.has(name) && before !== undefined ? `${before}, ${value}` : value,
      );
      setByRules.add(name);
    }
  }
  return headers;
}

/** Netlify: "! Name" lines have no colon and are skipped; the last matching rule's value of a header wins. */
function netlify(rules: Rule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path)))
    for (const [name, value] of rule.set) headers.set(name, value);
  return headers;
}

const rules = parse(text);
const WIDGETS = [
  '/embed/countdown/next/',
  '/embed/status/csa-regulation/',
  '/embed/timeline/tag/detection/',
  '/embed/not-found/',
  '/embed/no-such-widget/',
];
const PAGES = ['/', '/about/', '/instruments/dsa/', '/embed/', '/404.html', '/embed.js'];

describe('public/_headers', () => {
  for (const [host, apply] of [
    ['Cloudflare Pages', cloudflare],
    ['Netlify', netlify],
  ] as const) {
    it(`lets any site frame a widget, and only the site itself frame other pages (${host})`, () => {
      for (const path of WIDGETS)
        expect(apply(rules, path).get('content-security-policy'), path).toBe('frame-ancestors *');
      for (const path of PAGES)
        expect(apply(rules, path).get('content-security-policy'), path).toBe(
          "frame-ancestors 'self'",
        );
    });

    it(`sets no X-Frame-Options that could block a widget (${host})`, () => {
      for (const path of [...WIDGETS, ...PAGES])
        expect(apply(rules, path).has('x-frame-options'), path).toBe(false);
    });

    it(`caches the loader and lets any page load it (${host})`, () => {
      const loader = apply(rules, '/embed.js');
      expect(loader.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      expect(loader.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(loader.has('access-control-allow-origin')).toBe(false);
    });
  }

  it('is read by both hosts without a line either would reject', () => {
    for (const line of text.split('\n')) {
      if (!line.trim() || line.trim().startsWith('#') || !/^\s/.test(line)) continue;
      expect(line, 'header lines are indented "Name: value" or "! Name"').toMatch(
        /^\s+(?:! [A-Za-z-]+|[A-Za-z-]+: \S.*)$/,
      );
    }
  });
});
