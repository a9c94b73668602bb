/**
 * The W3C Nu HTML Checker (vnu.jar from the vnu-jar package) over a folder of built pages, in one
 * Java run (starting the JVM costs more than checking a page). It needs Java 11 or newer on the
 * PATH: `.ci/run` installs Debian's default-jre-headless when `java` is missing. The package's own
 * install script, which would download a Java runtime, is denied in package.json (allowScripts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface NuMessage {
  /** "error", "info" (with subType "warning" for warnings) or "non-document-error". */
  readonly type: string;
  readonly subType?: string;
  /** The file checked, as a file: URL. */
  readonly url?: string;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

/** The path of vnu.jar. */
export function vnuJar(): string {
  return String(createRequire(import.meta.url)('vnu-jar') as string);
}

/** Whether a Java runtime answers, with the reason when not. */
export function javaStatus(): { ok: true } | { ok: false; reason: string } {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0)
    return {
      ok: false,
      reason:
        'the W3C Nu HTML Checker needs Java 11 or newer on the PATH (Debian: apt-get install default-jre-headless; bash .ci/run installs it)',
    };
  return { ok: true };
}

/** Checks every .html file below `dirs` (in one run) and returns every message (errors, warnings, notes). */
export function checkWithNu(dirs: string | readonly string[]): Promise<NuMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'java',
      [
        '-Xss8m',
        '-jar',
        vnuJar(),
        '--format',
        'json',
        '--exit-zero-always',
        '--skip-non-html',
        ...(typeof dirs === 'string' ? [dirs] : dirs),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      // The JSON report is written to stderr.
      const text = err.trim() || out.trim();
      try {
        resolve((JSON.parse(text) as { messages: NuMessage[] }).messages);
      } catch {
        reject(
          new Error(
            `vnu.jar exited with ${String(code)} and no JSON report:\n${text.slice(0, 2000)}`,
          ),
        );
      }
    });
  });
}

/** The checked file of a message, relative to `dir` ("embed/index.html"). */
export function messageFile(message: NuMessage, dir: string): string {
  if (!message.url?.startsWith('file:')) return message.url ?? '(no file)';
  const path = fileURLToPath(message.url);
  return path.startsWith(dir) ? path.slice(dir.length).replace(/^\/+/, '') : path;
}

export const describeNu = (m: NuMessage, dir: string): string =>
  `${messageFile(m, dir)}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.subType ?? m.type}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
