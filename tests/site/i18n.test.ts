/**
 * The site in three languages, from the built HTML (parsed, no browser): every page under /fr/
 * and /de/ is in its language and shows no English words of the catalogue (content may be in
 * English, marked with its own `lang`); every page names its versions in every language
 * (hreflang, x-default English), and they name it back; the sitemap says the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type ElementNode } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../scripts/quality/html-scan.ts';
import { listPages } from '../../scripts/quality/site-output.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { readPage } from './parsed.ts';
import { builtSite } from './sites.ts';

const DIST = builtSite('main').dist;
const SITE = 'https://beacon.example.org';
const pages = listPages(DIST);
const read = (rel: string): string => readFileSync(join(DIST, rel), 'utf8');

/** Elements whose text is not the page's words: scripts, styles, and snippets of code shown as such. */
const SKIP = new Set(['script', 'style', 'template', 'code', 'pre', 'textarea']);
/** Attributes whose values a reader hears or sees. */
const READ_ATTRS = ['title', 'aria-label', 'alt', 'placeholder'];

/**
 * The texts of a page a reader takes to be in the page's language: text and readable attributes,
 * leaving out anything inside an element marked with another language (content in English on a
 * French page, the names of the other languages in the switcher).
 */
export function pageTexts(html: string): { lang: string; texts: string[] } {
  const doc = parse(html) as ElementNode;
  let lang = '';
  const texts: string[] = [];
  const foreign = (node: ElementNode | undefined): boolean => {
    for (let n = node; n; n = n.parent as ElementNode | undefined) {
      if (n.type !== ELEMENT_NODE) continue;
      if (SKIP.has(n.name)) return true;
      const own = n.attributes?.['lang'];
      if (own !== undefined && n.name !== 'html') return own.split('-')[0] !== lang;
    }
    return false;
  };
  walkSync(doc, (node) => {
    if (node.type === ELEMENT_NODE) {
      const el = node;
      if (el.name === 'html') lang = (el.attributes['lang'] ?? '').split('-')[0] ?? '';
      if (foreign(el)) return;
      for (const name of READ_ATTRS) {
        const value = el.attributes[name];
        if (value) texts.push(decodeEntities(value).replace(/\s+/g, ' ').trim());
      }
    } else if (node.type === TEXT_NODE && !foreign(node.parent as ElementNode)) {
      const text = decodeEntities(String(node.value)).replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
  });
  return { lang, texts };
}

/** Keys whose English words are rightly the same in French or German (tests/unit/i18n.test.ts says why). */
const same = (lang: 'fr' | 'de', key: string): boolean =>
  (lang === 'fr' ? (fr as Record<string, string>) : (de as Record<string, string>))[key] ===
  (en as Record<string, string>)[key];

/**
 * The English words of the catalogue to look for on a page in `lang`: each message's pieces
 * between placeholders. A whole message must not be a text of the page; a piece of two words
 * or more must not be inside one (a single word may well be the same in both languages).
 */
function englishWords(lang: 'fr' | 'de'): { key: string; piece: string; whole: boolean }[] {
  return Object.entries(en).flatMap(([key, text]) => {
    if (same(lang, key)) return [];
    const pieces = text
      .split(/\{\w+\}/)
      .map((p) => p.trim())
      .filter((p) => (p.match(/\p{L}/gu)?.length ?? 0) >= 3);
    const whole = !/\{\w+\}/.test(text);
    return pieces
      .filter((piece) => whole || piece.includes(' '))
      .map((piece) => ({ key, piece, whole }));
  });
}

/** English words of the catalogue found in a page's texts: "key: the text". */
export function englishUiIn(html: string, lang: 'fr' | 'de'): string[] {
  const { texts } = pageTexts(html);
  const found: string[] = [];
  for (const { key, piece, whole } of englishWords(lang))
    for (const text of texts)
      if (
        whole
          ? text === piece || (piece.length >= 25 && text.includes(piece))
          : text.includes(piece)
      )
        found.push(`${key}: “${text.slice(0, 120)}”`);
  return [...new Set(found)];
}

describe('pages in French and German', () => {
  const translated = pages.filter((p) => /^(fr|de)\//.test(p.rel));

  it('exist for every page of the site', () => {
    // The widgets (/embed/<widget>/…) exist once for every language; the builder (/embed/) is a page.
    const english = pages.filter(
      (p) =>
        (!/^(fr|de)\//.test(p.rel) && !/^embed\/./.test(p.rel)) || p.rel === 'embed/index.html',
    );
    expect(english.length).toBeGreaterThan(50);
    for (const prefix of ['fr', 'de'])
      expect(
        translated.filter((p) => p.rel.startsWith(`${prefix}/`)).map((p) => p.rel.slice(3)),
      ).toEqual(english.map((p) => p.rel));
  });

  it('the check can fail: it finds an English word of the catalogue on a French page', () => {
    const html = read('fr/deadlines/index.html');
    expect(englishUiIn(html, 'fr')).toEqual([]);
    const broken = html.replace('</h1>', `</h1><p>${en['deadlines.upcomingHeading']}</p>`);
    expect(englishUiIn(broken, 'fr')).toEqual(
      expect.arrayContaining([expect.stringContaining('deadlines.upcomingHeading')]),
    );
    // Marked as English, the same words are content, not a missing translation.
    const marked = html.replace(
      '</h1>',
      `</h1><p lang="en">${en['deadlines.upcomingHeading']}</p>`,
    );
    expect(englishUiIn(marked, 'fr')).toEqual([]);
  });

  for (const page of translated) {
    const lang = page.rel.slice(0, 2) as 'fr' | 'de';
    it(`${page.route} is in ${lang}, with no English words of the catalogue`, () => {
      const html = read(page.rel);
      expect(pageTexts(html).lang).toBe(lang);
      expect(englishUiIn(html, lang)).toEqual([]);
    });
  }
});

/** The hreflang alternates a page declares: language → address. */
function alternatesOf(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g))
    if (m[1] && m[2]) out[m[1]] = m[2];
  return out;
}

const fileOf = (url: string): string => {
  const path = new URL(url).pathname;
  return `${path.slice(1)}index.html`;
};

describe('versions in other languages (hreflang)', () => {
  const indexed = pages.filter((p) => !/(^|\/)404\.html$/.test(p.rel) && !/^embed\/./.test(p.rel));

  it('every page names its version in every language, English as x-default, and each names it back', () => {
    for (const page of indexed) {
      const own = alternatesOf(read(page.rel));
      expect(Object.keys(own).sort(), page.route).toEqual(['de', 'en', 'fr', 'x-default']);
      expect(own['x-default'], page.route).toBe(own['en']);
      expect(Object.values(own), page.route).toContain(`${SITE}${page.route}`);
      for (const [lang, url] of Object.entries(own)) {
        if (lang === 'x-default') continue;
        expect(alternatesOf(read(fileOf(url))), `${page.route} → ${lang}`).toEqual(own);
      }
    }
  });

  it('the 404 pages name none (they stand for any missing address)', () => {
    for (const rel of ['404.html', 'fr/404.html', 'de/404.html'])
      expect(alternatesOf(read(rel)), rel).toEqual({});
  });

  it('the sitemap lists every page with the same alternates as the page itself', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const urls = (
      xml.parse(read('sitemap-0.xml')) as {
        urlset: { url: { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[] };
      }
    ).urlset.url;
    expect(urls.length).toBe(indexed.filter((p) => !/^(fr\/|de\/)?embed\//.test(p.rel)).length);
    for (const url of urls) {
      const listed = Object.fromEntries(url['xhtml:link'].map((l) => [l.hreflang, l.href]));
      expect(listed, url.loc).toEqual(alternatesOf(read(fileOf(url.loc))));
    }
  });
});

describe('feeds and calendars in every language', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  type Channel = {
    language: string;
    title: string;
    description: string;
    item: { link: string; title: string }[];
  };
  const channel = (rel: string): Channel =>
    (xml.parse(read(rel)) as { rss: { channel: Channel } }).rss.channel;
  const uids = (rel: string): string[] =>
    [...read(rel).matchAll(/^UID:(.+)$/gm)].map((m) => m[1] ?? '');

  it('publish a feed per language, in its language, linking its pages', () => {
    const english = channel('feed.xml');
    for (const lang of ['fr', 'de'] as const) {
      const feed = channel(`${lang}/feed.xml`);
      expect(feed.language).toBe(lang);
      expect(feed.title).not.toBe(english.title);
      expect(feed.item.length).toBe(english.item.length);
      for (const item of feed.item) expect(item.link).toMatch(new RegExp(`^${SITE}/${lang}/`));
    }
    expect(channel('fr/feed.xml').title).toMatch(/dernières étapes/);
  });

  it('publish every instrument’s and every tag’s feed per language, which its pages link', () => {
    for (const rel of ['instruments/dsa/feed.xml', 'tags/detection/feed.xml']) {
      const english = channel(rel);
      for (const lang of ['fr', 'de'] as const) {
        const feed = channel(`${lang}/${rel}`);
        expect(feed.language, rel).toBe(lang);
        expect(feed.description, rel).not.toBe(english.description);
        expect(feed.item.length, rel).toBe(english.item.length);
        for (const item of feed.item) expect(item.link).toMatch(new RegExp(`^${SITE}/${lang}/`));
      }
    }
    expect(channel('fr/tags/detection/feed.xml').title).toMatch(/«\sdetection\s»$/);
    for (const lang of ['fr', 'de'] as const) {
      const $ = readPage(DIST, `/${lang}/instruments/dsa/`);
      expect($('link[rel="alternate"][type="application/rss+xml"]').last().attr('href')).toBe(
        `/${lang}/instruments/dsa/feed.xml`,
      );
      expect($('[data-follow="instrument"]').attr('href')).toBe(
        `/${lang}/instruments/dsa/feed.xml`,
      );
    }
  });

  it('publish calendars per language: the same events (same UIDs), in the language', () => {
    for (const lang of ['fr', 'de'] as const) {
      expect(uids(`${lang}/calendar.ics`)).toEqual(uids('calendar.ics'));
      expect(uids(`${lang}/instruments/interim-regulation/calendar.ics`)).toEqual(
        uids('instruments/interim-regulation/calendar.ics'),
      );
    }
    expect(read('fr/calendar.ics')).toMatch(/^SUMMARY:Échéance – /m);
    expect(read('de/calendar.ics')).toMatch(/^SUMMARY:Frist – /m);
    expect(read('fr/calendar.ics')).toMatch(
      /^URL;VALUE=URI:https:\/\/beacon\.example\.org\/fr\/instruments\//m,
    );
  });
});
