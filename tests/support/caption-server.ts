/**
 * A small HTTP server on a loopback address for tests that must cross a real network stack: the
 * transcript service's integration tests, and the end-to-end demo site. Routes come from a table
 * keyed by path; each route either answers (a body, a file, a status, a redirect) or misbehaves in
 * one named way (streams too much, never answers, answers and then stalls, drips a byte at a time,
 * resets the connection). Every request is recorded, so a test can assert that a URL was never
 * fetched or that a client hung up early.
 *
 *   const server = await startCaptionServer({ '/a.vtt': vtt(text), '/gone.vtt': status(404) });
 *   server.origin            // "http://127.0.0.1:41234"
 *   server.hits('/a.vtt')    // requests that reached that path
 *   await server.close();
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';

/** Content types by file extension, for `file` routes. */
const CONTENT_TYPES: Record<string, string> = {
  '.vtt': 'text/vtt; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** The size of each write of a `stream` route; small enough that a client's early stop shows. */
const STREAM_CHUNK_BYTES = 16 * 1024;

export type Route =
  /** A fixed body. */
  | { kind: 'body'; body: string | Uint8Array; status?: number; contentType?: string; headers?: Record<string, string>; delayMs?: number }
  /** A file from disk, read on each request (edits show without a restart). */
  | { kind: 'file'; path: string; contentType?: string; headers?: Record<string, string> }
  /** A bare status, e.g. 403, 404, 451 or 500, with a short text body. */
  | { kind: 'status'; status: number; body?: string }
  /** A redirect; `to` may be relative (a path on this server) or absolute. */
  | { kind: 'redirect'; to: string; status?: 301 | 302 | 303 | 307 | 308 }
  /**
   * `totalBytes` of caption-like text, written chunk by chunk as the client drains it, with no
   * Content-Length unless `declareLength` is set. Stops writing as soon as the client hangs up.
   */
  | { kind: 'stream'; totalBytes: number; contentType?: string; declareLength?: boolean }
  /** Reads the request and never answers. */
  | { kind: 'hang' }
  /** Sends `body` one byte every `intervalMs`, as a server on a failing link might. */
  | { kind: 'drip'; body: string; intervalMs: number; contentType?: string }
  /**
   * Sends status, headers (a Content-Length of `declaredBytes` when given) and the first
   * `bytesBeforeReset` bytes of `body`, then resets the connection.
   */
  | { kind: 'reset'; body: string; bytesBeforeReset: number; declaredBytes?: number }
  /** Sends status and headers, one line of body, then never another byte. */
  | { kind: 'stall'; contentType?: string }
  /** Another route chosen by the query (`watch?v=…`, `timedtext?lang=…`); none chosen answers 404. */
  | { kind: 'by-query'; choose(query: URLSearchParams): Route | undefined };

/** What the server saw of one request. */
export type RequestRecord = {
  path: string;
  /** The host asked for, without its port: "player.vimeo.com", "127.0.0.1". */
  hostname: string;
  /** The query, "?h=…", or "". */
  search: string;
  /** The Accept, Referer and Origin headers as sent ("" when absent). */
  accept: string;
  referer: string;
  origin: string;
  /** What the browser fetched for (Sec-Fetch-Dest): "iframe" for a frame, "empty" for a script's fetch, "" from Node. */
  fetchDest: string;
  /** The Host header as sent, e.g. "localhost:41234". */
  host: string;
  method: string;
  /** Body bytes written before the response ended or the client hung up. */
  bytesSent: number;
  /** When the request arrived and when its response ended or was cut off (performance.now()). */
  receivedAt: number;
  endedAt?: number;
  /** The response was sent in full. */
  finished: boolean;
  /** The connection closed before the response was sent in full. */
  closedEarly: boolean;
};

export type CaptionServer = {
  /** "http://127.0.0.1:<port>" (or the host asked for). */
  origin: string;
  port: number;
  /** `origin + path`. */
  url(path: string): string;
  /** How many requests reached `path` (a path, or a host and path as routes are keyed; the query is ignored). */
  hits(path: string): number;
  /** Every request so far, in arrival order; only those for `path` (as for `hits`) if given. */
  requests(path?: string): RequestRecord[];
  /** Adds or replaces a route, e.g. to mend a broken one before a retry. */
  setRoute(path: string, route: Route): void;
  /** Forgets the request records (routes stay). */
  resetHits(): void;
  /** Stops listening and drops open connections, including hung ones. */
  close(): Promise<void>;
};

export type CaptionServerOptions = {
  /** A loopback address only; tests never listen elsewhere. */
  host?: '127.0.0.1' | '::1';
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  /**
   * Serve HTTPS with this key and certificate, for routes keyed by host and path
   * ("player.vimeo.com/video/1"): provider hosts mapped to this server (provider-hosts.ts).
   */
  tls?: { key: string | Buffer; cert: string | Buffer };
};

/** Route builders, so tables read as a list of behaviours. */
export const vtt = (body: string, extra: Omit<Extract<Route, { kind: 'body' }>, 'kind' | 'body'> = {}): Route => ({
  kind: 'body',
  body,
  contentType: 'text/vtt; charset=utf-8',
  ...extra,
});
export const body = (
  content: string | Uint8Array,
  contentType: string,
  extra: Omit<Extract<Route, { kind: 'body' }>, 'kind' | 'body' | 'contentType'> = {},
): Route => ({
  kind: 'body',
  body: content,
  contentType,
  ...extra,
});
export const file = (path: string, contentType?: string): Route => ({ kind: 'file', path, ...(contentType ? { contentType } : {}) });
export const status = (code: number, text?: string): Route => ({
  kind: 'status',
  status: code,
  ...(text === undefined ? {} : { body: text }),
});
export const redirect = (to: string, code: 301 | 302 | 303 | 307 | 308 = 302): Route => ({ kind: 'redirect', to, status: code });
export const stream = (totalBytes: number, options: { contentType?: string; declareLength?: boolean } = {}): Route => ({
  kind: 'stream',
  totalBytes,
  ...options,
});
export const hang = (): Route => ({ kind: 'hang' });
export const drip = (content: string, intervalMs: number): Route => ({ kind: 'drip', body: content, intervalMs });
export const reset = (content: string, bytesBeforeReset: number, declaredBytes?: number): Route => ({
  kind: 'reset',
  body: content,
  bytesBeforeReset,
  ...(declaredBytes ? { declaredBytes } : {}),
});
export const stall = (contentType = 'text/vtt'): Route => ({ kind: 'stall', contentType });
export const byQuery = (choose: (query: URLSearchParams) => Route | undefined): Route => ({ kind: 'by-query', choose });

/**
 * Starts a server on a free loopback port serving `routes`; unknown paths answer 404. A route is
 * keyed by its path, or by host and path where one server stands for several hosts.
 */
export async function startCaptionServer(routes: Record<string, Route> = {}, options: CaptionServerOptions = {}): Promise<CaptionServer> {
  const table = new Map(Object.entries(routes));
  let records: RequestRecord[] = [];
  const address = options.host ?? '127.0.0.1';
  const matches = (record: RequestRecord, path: string) => record.path === path || record.hostname + record.path === path;

  const listener: RequestListener = (request, response) => {
    const { pathname: path, search } = new URL(request.url ?? '/', 'http://placeholder');
    const host = request.headers.host ?? '';
    const hostname = host.replace(/:\d+$/, '');
    const record: RequestRecord = {
      path,
      hostname,
      search,
      fetchDest: String(request.headers['sec-fetch-dest'] ?? ''),
      accept: request.headers.accept ?? '',
      referer: request.headers.referer ?? '',
      origin: request.headers.origin ?? '',
      receivedAt: performance.now(),
      host,
      method: request.method ?? 'GET',
      bytesSent: 0,
      finished: false,
      closedEarly: false,
    };
    records.push(record);
    response.on('finish', () => {
      record.finished = true;
      record.endedAt ??= performance.now();
    });
    response.on('close', () => {
      if (!record.finished) record.closedEarly = true;
      record.endedAt ??= performance.now();
    });
    let route = table.get(hostname + path) ?? table.get(path);
    if (route?.kind === 'by-query') route = route.choose(new URLSearchParams(search));
    if (!route) return sendStatus(response, record, 404, 'No such route');
    serveRoute(route, request, response, record).catch((error: unknown) => {
      if (!response.headersSent) sendStatus(response, record, 500, String(error));
      else response.destroy();
    });
  };
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `${options.tls ? 'https' : 'http'}://${address.includes(':') ? `[${address}]` : address}:${port}`;

  return {
    origin,
    port,
    url: (path) => origin + path,
    hits: (path) => records.filter((r) => matches(r, path)).length,
    requests: (path) => records.filter((r) => path === undefined || matches(r, path)),
    setRoute: (path, route) => void table.set(path, route),
    resetHits: () => {
      records = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serveRoute(route: Route, request: IncomingMessage, response: ServerResponse, record: RequestRecord): Promise<void> {
  switch (route.kind) {
    case 'body': {
      if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
      const bytes = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : route.body;
      return send(
        response,
        record,
        route.status ?? 200,
        { ...(route.contentType ? { 'content-type': route.contentType } : {}), ...route.headers },
        bytes,
      );
    }
    case 'file': {
      const bytes = await readFile(route.path);
      const type = route.contentType ?? CONTENT_TYPES[extname(route.path).toLowerCase()] ?? 'application/octet-stream';
      return send(response, record, 200, { 'content-type': type, ...route.headers }, bytes);
    }
    case 'status':
      return sendStatus(response, record, route.status, route.body ?? `Status ${route.status}`);
    case 'redirect':
      response.writeHead(route.status ?? 302, { location: route.to, 'content-length': '0' });
      response.end();
      return;
    case 'stream':
      return streamBody(route, response, record);
    case 'hang':
      // Keep the request open until the client gives up or the server closes.
      request.resume();
      return;
    case 'drip':
      return dripBody(route, response, record);
    case 'reset': {
      const bytes = Buffer.from(route.body, 'utf8');
      response.writeHead(200, {
        'content-type': 'text/vtt',
        ...(route.declaredBytes ? { 'content-length': String(route.declaredBytes) } : {}),
      });
      if (route.bytesBeforeReset > 0) write(response, record, bytes.subarray(0, route.bytesBeforeReset));
      // Let the bytes leave before the reset, so the client sees a body cut short rather than no answer.
      setTimeout(() => response.socket?.resetAndDestroy(), 20);
      return;
    }
    case 'by-query':
      return sendStatus(response, record, 404, 'No route for this query');
    case 'stall':
      response.writeHead(200, { 'content-type': route.contentType ?? 'text/vtt' });
      write(response, record, 'WEBVTT\n\n');
      return;
  }
}

async function dripBody(route: Extract<Route, { kind: 'drip' }>, response: ServerResponse, record: RequestRecord): Promise<void> {
  response.writeHead(200, { 'content-type': route.contentType ?? 'text/vtt' });
  let gone = false;
  response.on('close', () => {
    gone = true;
  });
  for (const byte of Buffer.from(route.body, 'utf8')) {
    if (gone) return;
    write(response, record, Buffer.of(byte));
    await new Promise((resolve) => setTimeout(resolve, route.intervalMs));
  }
  if (!gone) response.end();
}

/** Writes caption-like lines until `totalBytes` are out or the client leaves, honouring backpressure. */
async function streamBody(route: Extract<Route, { kind: 'stream' }>, response: ServerResponse, record: RequestRecord): Promise<void> {
  response.writeHead(200, {
    'content-type': route.contentType ?? 'text/vtt',
    ...(route.declareLength ? { 'content-length': String(route.totalBytes) } : {}),
  });
  let gone = false;
  response.on('close', () => {
    gone = true;
  });
  const line = '00:00:00.000 --> 00:00:01.000\nfiller filler filler filler filler\n\n';
  const chunk = Buffer.from(line.repeat(Math.ceil(STREAM_CHUNK_BYTES / line.length)).slice(0, STREAM_CHUNK_BYTES));
  let sent = 0;
  while (sent < route.totalBytes && !gone) {
    const piece = chunk.subarray(0, Math.min(chunk.length, route.totalBytes - sent));
    sent += piece.length;
    if (!write(response, record, piece)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off('drain', done);
          response.off('close', done);
          resolve();
        };
        response.on('drain', done);
        response.on('close', done);
      });
    }
  }
  if (!gone) response.end();
}

function write(response: ServerResponse, record: RequestRecord, chunk: string | Uint8Array): boolean {
  record.bytesSent += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
  return response.write(chunk);
}

function send(response: ServerResponse, record: RequestRecord, code: number, headers: Record<string, string>, bytes: Uint8Array): void {
  if (code === 204 || code === 304) {
    response.writeHead(code, headers);
    response.end();
    return;
  }
  response.writeHead(code, { ...headers, 'content-length': String(bytes.byteLength) });
  record.bytesSent += bytes.byteLength;
  response.end(bytes);
}

function sendStatus(response: ServerResponse, record: RequestRecord, code: number, text: string): void {
  send(response, record, code, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from(text, 'utf8'));
}

/**
 * An article's address beside the server: the same host literal on another port, which the fetch
 * guard allows as it would an article and its caption host.
 */
export function articleUrlBeside(server: CaptionServer, path = '/article.html'): string {
  return `http://127.0.0.1:${server.port === 65535 ? 65534 : server.port + 1}${path}`;
}
