import type { MediaRef } from '../media/types';
import { guardedFetch, type GuardedFetchOptions, type RedirectFence } from '../net/guarded-fetch';
import { createHostQueue, type HostQueue } from '../net/host-queue';
import { fail, type Failure } from '../result';
import { CAPTION_FORMATS } from './formats';
import { PROVIDERS } from './providers';
import type { ResolvedCaptionFile, FetchText, ResolveResult, TranscriptProvider } from './providers/types';
import type { ResultStore } from './result-store';
import { isRetryableReason, type TranscriptFailureReason, type TranscriptCaveat, type TranscriptResult } from './types';

export type TranscriptServiceOptions = {
  preferredLanguages: () => readonly string[];
  /** Limits for each fetch; tests shorten them. */
  fetchLimits?: Pick<GuardedFetchOptions, 'maxBytes' | 'timeoutMs' | 'maxRedirects'>;
  /** Keeps results while the background sleeps (storage.session); without one, memory only. */
  store?: ResultStore;
  /**
   * Runs a request as the player embedded in `pageOrigin` would send it: with that origin as its
   * Referer and Origin. Fetch cannot set either; the extension does it with a declarativeNetRequest
   * rule. Without it, requests go as they are.
   */
  asEmbeddedIn?: <T>(url: string, pageOrigin: string, request: () => Promise<T>) => Promise<T>;
  /** Lets the browser follow redirects it hides from the extension, with private space fenced off; without it they are refused. */
  redirectFence?: RedirectFence;
};

/** What fetching needs beyond the options: the queue that sends one request per host at a time. */
type FetchContext = TranscriptServiceOptions & { queue: HostQueue };

export type TranscriptService = {
  getTranscript(media: MediaRef): Promise<TranscriptResult>;
};

/**
 * Finds, fetches and parses a clip's transcript. Results are kept per clip and language, in
 * memory and in the store, and a request already under way is shared, so reopening the reader
 * costs no network. Failures that a retry could mend (network, timeout) are not kept.
 */
export function createTranscriptService(options: TranscriptServiceOptions): TranscriptService {
  const results = new Map<string, Promise<TranscriptResult>>();
  const context: FetchContext = { ...options, queue: createHostQueue() };

  return {
    getTranscript(media) {
      const languages = options.preferredLanguages();
      // The whole clip is the key: two clips of one page may differ only in their transcript text.
      const key = JSON.stringify([media, languages]);
      const cached = results.get(key);
      if (cached) return cached;
      const pending = loadTranscript(key, media, languages, context).catch((error: unknown) =>
        fail('network', `Unexpected error: ${error instanceof Error ? error.message : String(error)}`),
      );
      results.set(key, pending);
      void pending.then((result) => {
        if (isRetryable(result) || stopgaps.has(result)) results.delete(key);
      });
      return pending;
    },
  };
}

/** A stored result if there is one; else fetched, and stored unless a retry could do better. */
async function loadTranscript(
  key: string,
  media: MediaRef,
  languages: readonly string[],
  context: FetchContext,
): Promise<TranscriptResult> {
  const { store } = context;
  const storeKey = store ? await storeKeyOf(key) : undefined;
  // A store that fails (quota, an update under way) costs the cache, never the transcript.
  const stored = store && storeKey ? await store.get(storeKey).catch(() => undefined) : undefined;
  if (stored) return stored;
  const result = await fetchTranscript(media, languages, context);
  if (store && storeKey && !isRetryable(result) && !stopgaps.has(result)) await store.set(storeKey, result).catch(() => undefined);
  return result;
}

/** A short, fixed-length key: the clip itself can hold a whole transcript's text. */
async function storeKeyOf(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return `transcript:${Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

async function fetchTranscript(media: MediaRef, preferredLanguages: readonly string[], options: FetchContext): Promise<TranscriptResult> {
  const provider = PROVIDERS[media.source] as TranscriptProvider;
  const fetchText: FetchText = (url, acceptTypes, { asEmbeddedIn, ...extra } = {}) =>
    options.queue(url, () => {
      const request = () =>
        guardedFetch(url, { pageUrl: media.pageUrl, acceptTypes, ...options.fetchLimits, ...extra, redirectFence: options.redirectFence });
      return asEmbeddedIn && options.asEmbeddedIn ? options.asEmbeddedIn(url, new URL(asEmbeddedIn).origin, request) : request();
    });
  const resolved: ResolveResult = await provider.resolve(media, { preferredLanguages, fetchText });
  // The page the article links to as the transcript comes after every captions file.
  const page: ResolvedCaptionFile[] = media.transcriptPageUrl
    ? [{ url: media.transcriptPageUrl, format: 'transcript-page', lang: media.pageLang }]
    : [];
  if (!resolved.ok) {
    for (const source of page) {
      const result = await fetchSource(source, fetchText, [media.pageLang, ...preferredLanguages]);
      if (result.ok) return result;
    }
    return resolved;
  }
  let failure: TranscriptResult | undefined;
  // Sources come best first; a missing or broken file falls through to the next one. The best
  // source's failure is reported, unless a later one could mend on retry: then that one, so the
  // result is not cached for good.
  for (const source of [...resolved.sources, ...page]) {
    const result = await fetchSource(source, fetchText, [media.pageLang, ...preferredLanguages]);
    if (result.ok) return result;
    if (!failure || (isRetryable(result) && !isRetryable(failure))) failure = result;
  }
  // Words the page itself carries beat a failure; if a retry could still get the file, they are
  // not kept, so the next request tries the file again.
  if (resolved.fallback) {
    const result: TranscriptResult = { ok: true, transcript: resolved.fallback };
    if (failure && isRetryable(failure)) stopgaps.add(result);
    return result;
  }
  return failure ?? fail('none', 'No captions were found for this clip');
}

/** Fallback results given in place of a file a retry could still get; the service does not keep them. */
const stopgaps = new WeakSet<TranscriptResult>();

function isRetryable(result: TranscriptResult): boolean {
  return !result.ok && isRetryableReason(result.reason);
}

async function fetchSource(
  source: ResolvedCaptionFile,
  fetchText: FetchText,
  languages: readonly (string | undefined)[],
): Promise<TranscriptResult> {
  const format = CAPTION_FORMATS[source.format];
  if (format.kind === 'stream') {
    const stream = await format.read(source.url, fetchText, [source.lang, ...languages]);
    if (!stream.ok) return refusal(source, stream);
    if ('sources' in stream)
      return firstReadable(
        stream.sources.map((track) => ({ ...track, label: track.label ?? source.label })),
        fetchText,
        languages,
      );
    if (stream.cues.length === 0) return fail('none', 'The subtitle stream has no lines');
    return {
      ok: true,
      transcript: {
        cues: stream.cues,
        lang: stream.lang ?? source.lang,
        label: source.label,
        sourceUrl: source.url,
        ...caveatOf(source, stream.caveat),
      },
    };
  }
  // A page read as text could be any site's; the article's link to its transcript is trusted on its own site only.
  const response = await fetchText(source.url, format.acceptedTypes, source.format === 'transcript-page' ? { reach: 'own-site' } : {});
  if (!response.ok) return refusal(source, response);
  // An empty 200 means no captions, not a broken file (trim also drops a lone byte-order mark).
  if (!response.text.trim())
    return source.whenEmpty ? fail(source.whenEmpty.reason, source.whenEmpty.detail) : fail('none', 'The captions file is empty');
  const parsed = await format.parse(response.text);
  if (!parsed.ok) return fail('malformed', parsed.detail);
  if (parsed.cues.length === 0) return fail('none', 'The captions file has no lines');
  return {
    ok: true,
    transcript: { cues: parsed.cues, lang: source.lang, label: source.label, sourceUrl: response.url || source.url, ...caveatOf(source) },
  };
}

/** The first of a stream's files that gives lines, or the first one's failure. */
async function firstReadable(
  sources: ResolvedCaptionFile[],
  fetchText: FetchText,
  languages: readonly (string | undefined)[],
): Promise<TranscriptResult> {
  let failure: TranscriptResult | undefined;
  for (const source of sources) {
    const result = await fetchSource(source, fetchText, languages);
    if (result.ok) return result;
    failure ??= result;
  }
  return failure ?? fail('none', 'The stream has no text track');
}

function caveatOf(source: ResolvedCaptionFile, found?: TranscriptCaveat): { caveat?: TranscriptCaveat } {
  const caveat = source.caveat ?? found;
  return caveat ? { caveat } : {};
}

/** A failure in the source's own words, where it says what a refusal means (SVT: outside Sweden). */
function refusal(source: ResolvedCaptionFile, failure: Failure<TranscriptFailureReason>): TranscriptResult {
  return failure.reason === 'withheld' && source.whenRefused ? fail(source.whenRefused.reason, source.whenRefused.detail) : failure;
}
