// @ts-check
/**
 * html-validate configuration for the built pages (tests/site/html.test.ts; or run
 * `npx html-validate dist` after a build).
 *
 * It runs beside the W3C Nu HTML Checker (vnu.jar; tests/site/html.test.ts runs both). Nu is the
 * HTML standard's conformance checker: it found a stray <script> after </html> and a repeated CSP
 * source that html-validate missed. html-validate stays for what Nu does not check: its
 * "recommended" preset adds accessibility and consistency rules (button types, inline styles,
 * redundant roles, landmarks named twice), and "document" the rules that need a whole document (a
 * label for every input, heading levels that do not skip, every aria-labelledby/for reference
 * resolving). It is in-process and fast, and runs while Nu's JVM checks the same pages.
 */
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // "document" asks for Subresource Integrity on every script and stylesheet. SRI protects a
    // page from a compromised *other* origin; this site loads nothing from another origin
    // (tests/site/privacy.test.ts), and a hash of its own file adds nothing: whoever can change
    // the file can change the page. Still required for any cross-origin resource.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Element ids include milestone ids, which authors choose and the schema allows to start
    // with a digit ("2024-extension"); HTML allows any id without spaces. "relaxed" still checks
    // that (the strict default also wants a leading letter, for hand-written CSS selectors).
    'valid-id': ['error', { relaxed: true }],
    // Filters are GET forms whose checkbox groups share a name (?tag=a&tag=b), as HTML intends;
    // the default allows shared names only for radio buttons and buttons.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'submit', 'button', 'reset'] }],
    // A milestone page's title is the milestone's own title ("Council adopts its first-reading
    // position by written procedure · Second extension · Project Beacon"). Readers bookmark and
    // cite these pages, so the title stays whole; search engines shorten long titles themselves.
    'long-title': 'off',
  },
};
