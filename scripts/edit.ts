/**
 * `npm run edit`: the web editor on this working folder. Starts the development server (which
 * serves the editor at /admin/), opens the editor in the default browser, and says how to
 * connect it to the folder: a change saved there is a file change in content/, and the site in
 * the other tab reloads. Extra arguments go to `astro dev` (e.g. `npm run edit -- --port 4400`);
 * `--no-open` (or CI=1) only prints the address.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { contentDirectory } from '../src/integrations/content-files.ts';
import { repositoryRoot } from '../src/integrations/editor-files.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const open = !args.includes('--no-open') && !process.env['CI'];
const astroArgs = args.filter((a) => a !== '--no-open');

const dev = spawn(
  process.execPath,
  [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', ...astroArgs],
  { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } },
);

function openInBrowser(url: string): void {
  const [command, ...rest] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : ['xdg-open', url];
  const child = spawn(command ?? 'xdg-open', rest, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined); // no opener on this machine: the address is printed
  child.unref();
}

let announced = false;
dev.stdout.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  const match = /(https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):\d+\/)/.exec(text);
  if (announced || !match?.[1]) return;
  announced = true;
  const url = `${match[1]}admin/`;
  const folder = repositoryRoot(contentDirectory(ROOT), ROOT);
  process.stdout.write(
    [
      '',
      `  The web editor: ${url}`,
      '  1. Use Chrome, Edge or another Chromium browser (Firefox and Safari cannot open a folder).',
      `  2. Click "Work with Local Repository" and choose this folder: ${folder}`,
      `  3. Each save writes the file in ${contentDirectory(ROOT)}; the site at ${match[1]} reloads.`,
      '     Check with `git diff` and `npm run validate`, then commit.',
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
  if (open) openInBrowser(url);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    dev.kill(signal);
  });
dev.on('exit', (code) => process.exit(code ?? 0));
