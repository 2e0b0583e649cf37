import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * The built-in demo site on two 127.0.0.1 origins: articles on one, their caption files on the
 * other, so transcript fetches cross origins as on real news sites. Test pages can add folders.
 */
export type DemoSite = { articleOrigin: string; captionsOrigin: string; close(): Promise<void> };

export type DemoSiteOptions = {
  /** Folders whose files the article origin serves, first match wins; demo/site is always last. */
  pageRoots?: string[];
  /** Folders whose files the captions origin serves; demo/captions is always last. */
  captionRoots?: string[];
  articlePort?: number;
  captionsPort?: number;
};

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const DEMO_PAGES = join(PROJECT_ROOT, 'demo/site');
const DEMO_CAPTIONS = join(PROJECT_ROOT, 'demo/captions');

/** Pages under this path are served with a strict CSP, as some news sites do. */
const STRICT_CSP_PREFIX = '/strict-csp/';
const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startDemoSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  const captions = await listen(createStaticServer([...(options.captionRoots ?? []), DEMO_CAPTIONS], {}), options.captionsPort ?? 0);
  const captionsOrigin = `http://127.0.0.1:${captions.port}`;
  const pages = await listen(
    createStaticServer(
      [...(options.pageRoots ?? []), DEMO_PAGES],
      { '{{CAPTIONS_ORIGIN}}': captionsOrigin, '{{CAPTIONS_PORT}}': String(captions.port) },
      true,
    ),
    options.articlePort ?? 0,
  );
  return {
    articleOrigin: `http://127.0.0.1:${pages.port}`,
    captionsOrigin,
    close: async () => {
      await Promise.all([close(pages.server), close(captions.server)]);
    },
  };
}

/** Serves files from `roots`; HTML gets `substitutions` filled in. */
function createStaticServer(roots: string[], substitutions: Record<string, string>, isPageOrigin = false): Server {
  return createServer((request, response) => {
    void (async () => {
      let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const strict = isPageOrigin && path.startsWith(STRICT_CSP_PREFIX);
      if (strict) path = path.slice(STRICT_CSP_PREFIX.length - 1);
      if (path === '/') path = '/article.html';
      const file = await findFile(roots, path);
      if (!file || request.method !== 'GET') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const type = TYPES[extname(file.path)] ?? 'application/octet-stream';
      let body: Buffer | string = file.body;
      if (type.startsWith('text/html')) {
        body = file.body.toString('utf8');
        for (const [from, to] of Object.entries(substitutions)) body = body.replaceAll(from, to);
      }
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(strict ? { 'content-security-policy': STRICT_CSP } : {}),
      });
      response.end(body);
    })().catch(() => response.writeHead(500).end());
  });
}

async function findFile(roots: string[], path: string): Promise<{ path: string; body: Buffer } | undefined> {
  for (const root of roots) {
    const full = normalize(join(root, path));
    if (!full.startsWith(root)) return undefined; // No climbing out of the site's folders.
    try {
      return { path: full, body: await readFile(full) };
    } catch {
      // Not in this root; try the next.
    }
  }
  return undefined;
}

function listen(server: Server, port: number): Promise<{ server: Server; port: number }> {
  return new Promise((done, failed) => {
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => done({ server, port: (server.address() as AddressInfo).port }));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });
}
