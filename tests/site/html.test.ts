/**
 * Valid HTML: every page the build produced passes html-validate (configuration and the reason
 * for choosing it in .htmlvalidate.mjs) with zero errors and zero warnings.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../scripts/quality/site-output.ts';
import { ROOT } from './global-setup.ts';

const DIST = join(ROOT, 'dist');
// The file-system loader finds .htmlvalidate.mjs at the project root (a bare `new HtmlValidate()`
// would not read it, and would check with the bare defaults instead).
const validator = new HtmlValidate(new FileSystemConfigLoader());

const describeMessage = (m: Message): string =>
  `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;

describe('every page is valid HTML (html-validate, recommended + document presets)', () => {
  it('the validator can fail: it reports an error in broken markup', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"></p><p id="a"><div></p></body></html>',
      join(DIST, 'probe.html'),
    );
    expect(report.valid).toBe(false);
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toContain('no-dup-id');
  });

  for (const page of listPages(DIST)) {
    it(page.route, async () => {
      const report = await validator.validateFile(join(DIST, page.rel));
      const messages = report.results.flatMap((r) => r.messages);
      expect(messages.map(describeMessage)).toEqual([]);
    });
  }
});
