/**
 * A small static server over a built site for the browser tests and the benchmark, on 127.0.0.1
 * and a free port only (port 0), so parallel runs never collide. It sets the
 * headers a real host would from public/_headers when that file exists (so framing rules can
 * be tested), serves the nearest 404.html for unknown paths (as Cloudflare Pages does: an
 * unknown /embed/ address gets dist/embed/404.html), and can serve extra in-memory pages (a
 * partner's host page on a second origin).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface Served {
  readonly url: string;
  /** Every path requested, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
  /** Headers an earlier rule set that this one removes ("! Name", Cloudflare Pages syntax). */
  detach: string[];
}

/** Reads Netlify/Cloudflare-style `_headers`: a path pattern line, then indented "Name: value" (or "! Name") lines. */
function readHeaderRules(dir: string): HeaderRule[] {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [], detach: [] });
    } else if (line.trim().startsWith('!')) {
      rules.at(-1)?.detach.push(line.trim().slice(1).trim());
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The 404.html closest to a missing path, walking up to the root one. */
function nearest404(dir: string, path: string): string {
  for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
    const candidate = join(dir, path.slice(0, at), '404.html');
    if (existsSync(candidate)) return candidate;
  }
  return join(dir, '404.html');
}

/**
 * Serves `dir` (a built site; an empty folder for a partner's page), and `pages` from memory at
 * their paths.
 */
export async function serve(options: {
  dir: string;
  pages?: Record<string, string>;
}): Promise<Served> {
  const { dir } = options;
  const rules = readHeaderRules(dir);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const extra = options.pages?.[path];
    if (extra !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(extra);
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const missing = found ? undefined : nearest404(dir, path);
    const body =
      missing === undefined
        ? readFileSync(file)
        : existsSync(missing)
          ? readFileSync(missing)
          : 'Not found';
    const headers: Record<string, string> = {
      'Content-Type': TYPES[found ? extname(file) : '.html'] ?? 'application/octet-stream',
    };
    // Rules apply in file order; each first removes the headers it detaches, then sets its own,
    // a later rule's value replacing an earlier one's (Netlify's way; Cloudflare Pages would
    // join them, which a detach line before the value avoids: see tests/unit/embed-headers.test.ts).
    for (const rule of rules) {
      if (!rule.pattern.test(path)) continue;
      for (const name of rule.detach)
        for (const key of Object.keys(headers))
          if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
      for (const [k, v] of rule.headers) headers[k] = v;
    }
    res.writeHead(found ? 200 : 404, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive connections of a browser would hold close() open
      }),
  };
}
