import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PageLabels } from './score';

/** The labelled set's layout: `labels.json` and `pages/<id>.html.gz` (its README). */
export type LabelledSet = Record<string, PageLabels & { url: string; file: string }>;

export async function readLabels(dir: string): Promise<LabelledSet> {
  return JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as LabelledSet;
}

/**
 * Serves `/<id>.html` from the set's gzipped pages as their servers sent them: UTF-8 bytes as
 * `text/html; charset=utf-8`, anything else as plain `text/html`, so the browser reads the page's
 * own `<meta charset>` (the set kept no charset headers). Nothing else is served: the pages'
 * styles, images and scripts lived on their sites.
 */
export async function serveLabelledPages(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const id = /^\/(p\d+)\.html$/.exec(new URL(request.url ?? '/', 'http://x').pathname)?.[1];
    if (!id) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    readFile(join(dir, 'pages', `${id}.html.gz`)).then(
      (gzipped) => {
        const bytes = gunzipSync(gzipped);
        const type = isUtf8(bytes) ? 'text/html; charset=utf-8' : 'text/html';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(bytes);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
