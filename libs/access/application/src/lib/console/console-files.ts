import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** The addresses that are the access context's API, never a page of the console. */
const API_PATHS =
  /^\/(api|auth|me|grants|health|metrics|docs|openapi\.json|\.well-known|clock|projections)(\/|$)/;

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** What every page of the console is sent with: its scripts and styles from its own origin only, no framing. */
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; " +
    "base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

type Next = (error?: unknown) => void;

/**
 * Serves the console's built files from `dir`: a file when the path names one (hashed `/assets/…` cached for good,
 * the rest revalidated), and `index.html` for any other page a browser asks for, so that its own routes reload.
 * API addresses and requests that do not accept HTML go on to the routes.
 */
export function consoleFiles(dir: string) {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !existsSync(index)) return next();
    let path: string;
    try {
      // Express's original address: under Nest's middleware, `url` is relative to where it is mounted.
      const address = (request as { originalUrl?: string }).originalUrl ?? request.url ?? '/';
      path = decodeURIComponent(new URL(address, 'http://x').pathname);
    } catch {
      return next();
    }
    if (API_PATHS.test(path)) return next();
    const file = resolve(root, `.${path}`);
    if (file.startsWith(`${root}${sep}`) && statSync(file, { throwIfNoEntry: false })?.isFile()) {
      const immutable = path.startsWith('/assets/');
      return send(request, response, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    if (!/text\/html/.test(request.headers.accept ?? '')) return next();
    send(request, response, index, 'no-cache');
  };
}

function send(request: IncomingMessage, response: ServerResponse, file: string, cacheControl: string): void {
  const body = readFileSync(file);
  response.statusCode = 200;
  response.setHeader('Content-Type', MEDIA_TYPES[extname(file)] ?? 'application/octet-stream');
  response.setHeader('Content-Length', body.length);
  response.setHeader('Cache-Control', cacheControl);
  for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
  response.end(request.method === 'HEAD' ? undefined : body);
}
