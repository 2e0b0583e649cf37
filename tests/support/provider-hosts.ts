/**
 * Provider hosts (player.vimeo.com, cdn.jwplayer.com…) served from loopback, so tests run the
 * shipped code unchanged: it asks for https://player.vimeo.com/…, and the answer comes from a
 * route table under a test certificate (tests/fixtures/tls, made with openssl for these hosts).
 *
 *   const hosts = await startProviderHosts({ 'player.vimeo.com/video/1': body(page, 'text/html') });
 *   const unmap = mapProviderHostsInNode(hosts);   // this process's fetch now reaches them
 *   …
 *   unmap(); await hosts.close();
 */
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { HostMapping } from '../../tools/browser-driver';
import { Agent, buildConnector, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import { startCaptionServer, type CaptionServer, type Route } from './caption-server';

/** The test certificate; a client that trusts it (and nothing else) reaches the mapped hosts. */
export const PROVIDER_HOSTS_CERT = readFileSync(new URL('../fixtures/tls/provider-hosts.crt', import.meta.url));
const PROVIDER_HOSTS_KEY = readFileSync(new URL('../fixtures/tls/provider-hosts.key', import.meta.url));

/** The hosts the certificate names, as patterns a browser's host mapping takes. */
export const PROVIDER_HOST_PATTERNS = new X509Certificate(PROVIDER_HOSTS_CERT)
  .subjectAltName!.split(', ')
  .map((name) => name.replace(/^DNS:/, ''));

/** An HTTPS server on loopback answering for every provider host the certificate names; routes keyed "host/path". */
export function startProviderHosts(routes: Record<string, Route> = {}): Promise<CaptionServer> {
  return startCaptionServer(routes, { tls: { key: PROVIDER_HOSTS_KEY, cert: PROVIDER_HOSTS_CERT } });
}

/**
 * Sends this process's HTTPS requests (Node's own fetch) to `hosts`, whatever host they name,
 * trusting only the test certificate; plain HTTP (the tests' other servers) goes where it says.
 * Returns what puts the previous dispatcher back.
 */
export function mapProviderHostsInNode(hosts: Pick<CaptionServer, 'port'>): () => void {
  const previous = getGlobalDispatcher();
  const toProviderHosts = buildConnector({ ca: PROVIDER_HOSTS_CERT });
  const direct = buildConnector({});
  setGlobalDispatcher(
    new Agent({
      connect: (options, callback) =>
        options.protocol === 'https:'
          ? toProviderHosts({ ...options, hostname: '127.0.0.1', port: String(hosts.port), servername: options.hostname }, callback)
          : direct(options, callback),
    }),
  );
  return () => setGlobalDispatcher(previous);
}

/**
 * What a browser needs to reach `hosts` in place of the real provider hosts: Chromium maps the
 * host names to the server's port and trusts the certificate by its key; Firefox, which maps no
 * ports, goes through a CONNECT proxy that forwards every tunnel to the server. Close the
 * returned proxy with the server.
 */
export async function browserHostMapping(hosts: Pick<CaptionServer, 'port'>): Promise<{ mapping: HostMapping; close(): Promise<void> }> {
  const proxy = createServer((_request, response) => response.writeHead(405).end('Only CONNECT'));
  proxy.on('connect', (_request, client, head) => {
    const upstream = connect(hosts.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const publicKey = new X509Certificate(PROVIDER_HOSTS_CERT).publicKey.export({ type: 'spki', format: 'der' });
  return {
    mapping: {
      hostPatterns: PROVIDER_HOST_PATTERNS,
      port: hosts.port,
      proxyPort: (proxy.address() as AddressInfo).port,
      certificateSpki: createHash('sha256').update(publicKey).digest('base64'),
    },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        proxy.closeAllConnections();
      }),
  };
}
