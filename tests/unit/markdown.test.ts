import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineMarkdownToText, renderInlineMarkdown } from '../../src/lib/markdown.ts';
import { eurLexCelexUrl, eurLexComUrl, oeilUrl, referenceLinks } from '../../src/lib/references.ts';

describe('short Markdown in notes', () => {
  it('renders bold, emphasis, code and http(s) links', () => {
    expect(
      renderInlineMarkdown(
        '**Art. 10** says *until* `3 August 2024`, see [EUR-Lex](https://eur-lex.europa.eu/x).',
      ),
    ).toBe(
      '<strong>Art. 10</strong> says <em>until</em> <code>3 August 2024</code>, see <a href="https://eur-lex.europa.eu/x">EUR-Lex</a>.',
    );
  });

  it('escapes HTML and refuses script links', () => {
    const html = renderInlineMarkdown(
      '<script>alert(1)</script> [x](javascript:alert(1)) "quoted"',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&lt;script&gt;');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves asterisks inside words and lone asterisks alone', () => {
    expect(renderInlineMarkdown('2 * 3 and a*b*c')).toBe('2 * 3 and a*b*c');
  });

  it('gives plain text for feeds and citations', () => {
    expect(inlineMarkdownToText('**Art. 10**, see [EUR-Lex](https://eur-lex.europa.eu/x)')).toBe(
      'Art. 10, see EUR-Lex (https://eur-lex.europa.eu/x)',
    );
  });
});

describe('official references as links', () => {
  it('links CELEX numbers and COM documents to EUR-Lex, procedures to the Legislative Observatory', () => {
    expect(eurLexCelexUrl('32021R1232')).toBe(
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32021R1232',
    );
    expect(eurLexComUrl('COM(2022) 209 final')).toBe(
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM:2022:209:FIN',
    );
    expect(eurLexComUrl('COM 2022 209')).toBeUndefined();
    expect(oeilUrl('2020/0259(COD)')).toBe(
      'https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=2020%2F0259(COD)',
    );
  });

  it('lists references in reading order with their sites', () => {
    const links = referenceLinks({
      celex: '32021R1232',
      com: 'COM(2020) 568 final',
      procedure: '2020/0259(COD)',
      oj: 'OJ L 274, 30.7.2021, p. 41–51',
    });
    expect(links.map((l) => [l.key, l.site])).toEqual([
      ['com', 'eur-lex'],
      ['procedure', 'oeil'],
      ['celex', 'eur-lex'],
      ['oj', 'eur-lex'],
    ]);
  });
});
