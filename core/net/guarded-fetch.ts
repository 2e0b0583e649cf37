import { fail, type Failure } from '../result';
import { checkFetchAllowed, type FetchReach } from './fetch-guard';
import { parseUrl } from '../web-address';

/** Caption files are small; a 3-hour WebVTT file is well under 1 MB. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

export type FetchFailureReason = 'refused' | 'not-found' | 'network' | 'timeout' | 'too-large' | 'unsupported' | 'geo-blocked' | 'withheld';

export type GuardedFetchOptions = {
  pageUrl: string;
  /** Media types the format accepts; a response with another type is refused as unsupported. */
  acceptTypes: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** An Accept header of the caller's own, where a service reads one (Brightcove's policy key). */
  accept?: string;
  /** Keep the start of an error answer's body, where a service explains itself there (Brightcove's error codes). */
  keepErrorBody?: boolean;
  /** Every hop's reach; `own-site` for pages read as text (a transcript page). */
  reach?: FetchReach;
  /**
   * Where the browser hides a redirect's address (an extension's fetch does), lets the browser
   * follow it inside a fence that stops hops into private space; the final address is then checked
   * here. Without one, such redirects are refused.
   */
  redirectFence?: RedirectFence;
};

/** Runs `follow` with the background's requests kept out of private space, except the page's own host. */
export type RedirectFence = <T>(pageUrl: string, follow: () => Promise<T>) => Promise<T>;

/** Bytes of an error answer kept for the caller to read; services explain themselves in a few hundred. */
const ERROR_BODY_BYTES = 4096;

export type GuardedFetchFailure = Failure<FetchFailureReason> & { errorBody?: string };
export type GuardedFetchResult = { ok: true; text: string; url: string; status: number } | GuardedFetchFailure;

/**
 * GETs a URL a provider derived from a clip, under DESIGN.md's rules: web schemes only, no
 * credentials, no private hosts unless the page is on that host, bounded redirects, time and size,
 * and a content type the caller can parse.
 */
export async function guardedFetch(url: string, options: GuardedFetchOptions): Promise<GuardedFetchResult> {
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  const signal = AbortSignal.timeout(options.timeoutMs ?? FETCH_TIMEOUT_MS);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const allowed = checkFetchAllowed(current, options.pageUrl, options.reach);
      if (!allowed.ok) return allowed;
      const init: RequestInit = {
        credentials: 'omit',
        redirect: 'manual',
        signal,
        cache: 'default',
        ...(options.accept ? { headers: { accept: options.accept } } : {}),
      };
      const response = await fetch(allowed.url, init);
      if (response.type === 'opaqueredirect') return await followHidden(allowed.url, init, options, maxBytes);
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= (options.maxRedirects ?? MAX_REDIRECTS)) return fail('network', `More than ${hop} redirects from ${url}`);
        current = nextHop(response.headers.get('location')!, allowed.url);
        continue;
      }
      return await readChecked(response, options, maxBytes);
    }
  } catch (error) {
    if (signal.aborted) return fail('timeout', `No answer from ${new URL(current).host} in time`);
    return fail('network', `Could not reach ${safeHost(current)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Follows a redirect whose address the browser hides, inside the caller's fence, and checks where
 * it ended. Without a fence, following blindly could reach a private host before any check: fail closed.
 */
async function followHidden(url: URL, init: RequestInit, options: GuardedFetchOptions, maxBytes: number): Promise<GuardedFetchResult> {
  if (!options.redirectFence) return fail('refused', `${url.host} redirects elsewhere; Legible does not follow redirects it cannot check`);
  let response: Response;
  try {
    response = await options.redirectFence(options.pageUrl, () => fetch(url, { ...init, redirect: 'follow' }));
  } catch (error) {
    if (init.signal?.aborted) throw error;
    // The fence's refusals look like any network failure from here.
    return fail(
      'network',
      `Could not follow ${url.host}'s redirect: it failed, or led to a local or private address, which Legible does not fetch`,
    );
  }
  const final = checkFetchAllowed(response.url, options.pageUrl, options.reach);
  if (!final.ok) {
    await response.body?.cancel();
    return final;
  }
  return await readChecked(response, options, maxBytes);
}

async function readChecked(response: Response, options: GuardedFetchOptions, maxBytes: number): Promise<GuardedFetchResult> {
  const where = safeHost(response.url);
  if (!response.ok) {
    const failure = failureOf(response.status, where);
    const errorBody = options.keepErrorBody ? await readLimited(response, ERROR_BODY_BYTES, true) : await response.body?.cancel();
    return typeof errorBody === 'string' ? { ...failure, errorBody } : failure;
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  // An empty body is no file of the wrong kind, whatever type it names: the caller says what it means.
  if (type && !options.acceptTypes.includes(type) && response.headers.get('content-length') !== '0') {
    await response.body?.cancel();
    return fail('unsupported', `${where} sent ${type}, not a captions file`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return fail('too-large', `${where} sent ${declared} bytes; the limit is ${maxBytes}`);
  }
  const body = await readLimited(response, maxBytes);
  if (body === undefined) return fail('too-large', `${where} sent more than ${maxBytes} bytes`);
  return { ok: true, text: body, url: response.url, status: response.status };
}

/** What an error status means to the reader. */
function failureOf(status: number, where: string): Failure<FetchFailureReason> {
  if (status === 404 || status === 410) return fail('not-found', `${where} has no such file (${status})`);
  // A refusal is the site's choice (a private clip, an address that expired), not a fault a retry mends.
  if (status === 401 || status === 403) return fail('withheld', `${where} refused to send it (${status})`);
  if (status === 451) return fail('geo-blocked', `${where} does not serve this file in your region (451)`);
  return fail('network', `${where} answered ${status}`);
}

/**
 * Streams the body and stops as soon as it passes the limit, so a huge file costs little; with
 * `truncate`, what came before the limit is kept rather than refused.
 */
async function readLimited(response: Response, maxBytes: number, truncate = false): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return truncate ? text + decoder.decode(value.subarray(0, value.byteLength - (received - maxBytes))) : undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The address a redirect names; one that does not parse is passed on as it is, for the guard to refuse. */
function nextHop(location: string, from: URL): string {
  return parseUrl(location, from)?.href ?? location;
}

function safeHost(url: string): string {
  return parseUrl(url)?.host ?? url;
}
