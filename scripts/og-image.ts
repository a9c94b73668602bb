/**
 * `npm run og-image`: draws the link-preview card (Open Graph, social cards) for the campaign in
 * content/ and writes public/og-image.png (1200 × 630). It renders a small HTML page in the
 * local Chromium (CHROMIUM_PATH, default /usr/bin/chromium): no network, no external service.
 *
 * The PNG is committed, so building the site needs no browser. Run this again after changing
 * the campaign's name, organisation, description or accent colour (a fork does it once).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { contentDirectory, readContentFiles } from '../src/integrations/content-files.ts';
import { escapeHtml } from '../src/lib/markdown.ts';
import { validateContent } from '../src/lib/validate.ts';
import { OG_IMAGE } from '../src/data/og-image.ts';

const root = join(import.meta.dirname, '..');
const { files, contentDir } = readContentFiles(contentDirectory(root), root);
const { campaign, problems } = validateContent(files, contentDir);
if (!campaign || problems.length) {
  console.error('The content has problems; run `npm run validate` first.');
  process.exit(1);
}

const html = `<!doctype html><html lang="${escapeHtml(campaign.locale)}"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: ${OG_IMAGE.width}px; height: ${OG_IMAGE.height}px; background: ${campaign.accentColor}; color: #fff;
         font-family: system-ui, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; padding: 72px 80px; display: flex; flex-direction: column; }
  .org { font-size: 30px; opacity: .9; letter-spacing: .02em; }
  h1 { font-family: Charter, 'Bitstream Charter', 'DejaVu Serif', Georgia, serif; font-size: 92px; line-height: 1.05; margin-top: 18px; }
  p { font-size: 32px; line-height: 1.35; margin-top: 26px; max-width: 1000px; opacity: .95; }
  .track { margin-top: auto; position: relative; height: 40px; }
  .track::before { content: ''; position: absolute; left: 0; right: 0; top: 18px; height: 4px; background: rgba(255,255,255,.55); border-radius: 2px; }
  .dot { position: absolute; top: 8px; width: 24px; height: 24px; border-radius: 50%; background: #fff; }
  .dot.next { background: transparent; border: 4px solid #fff; }
</style></head><body>
  <div class="org">${escapeHtml(campaign.organisation)}</div>
  <h1>${escapeHtml(campaign.name)}</h1>
  <p>${escapeHtml(campaign.description)}</p>
  <div class="track" aria-hidden="true">${[0, 14, 31, 47, 62, 79].map((x, i, all) => `<span class="dot${i === all.length - 1 ? ' next' : ''}" style="left:${x}%"></span>`).join('')}</div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({
    viewport: { width: OG_IMAGE.width, height: OG_IMAGE.height },
    deviceScaleFactor: 1,
  });
  await page.setContent(html);
  const png = await page.screenshot({ type: 'png', fullPage: false });
  const out = join(root, 'public', OG_IMAGE.path.slice(1));
  writeFileSync(out, png);
  console.log(`Wrote ${out} (${png.length} bytes).`);
} finally {
  await browser.close();
}
