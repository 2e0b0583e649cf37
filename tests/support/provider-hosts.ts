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
import { readFileSync } from 'node:fs';
import { Agent, buildConnector, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import { startCaptionServer, type CaptionServer, type Route } from './caption-server';

/** The test certificate; a client that trusts it (and nothing else) reaches the mapped hosts. */
export const PROVIDER_HOSTS_CERT = readFileSync(new URL('../fixtures/tls/provider-hosts.crt', import.meta.url));
const PROVIDER_HOSTS_KEY = readFileSync(new URL('../fixtures/tls/provider-hosts.key', import.meta.url));

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
