import { parseJson, readEmbeddedJson } from '../embedded-json';
import { decodeTurboStream, turboStreamText } from './turbo-stream';
import type { FoundMedia, MediaFinder } from './types';
import { playerClip } from './player-clip';

/** Where svt.se's player sits before its script fills it; with scripts off it holds only a <noscript>. */
const SVT_PLAYER_SHELLS = '[data-testid="video-player"], .video-player';
/** An svtId as SVT writes them ("jTst9Zq", "eXmpl42"). */
const SVT_ID = /^[\w-]{4,24}$/;
/** svt.se pages before React Router kept their data here: `urqlState: {…}`, each entry's `data` a JSON string. */
const URQL_STATE_MARKER = /\burqlState"?\s*[=:]/;

type SvtPage = { topMedia?: unknown; media?: unknown; video?: unknown; body?: unknown };

/**
 * Clips of an svt.se article, from the data its page carries for its scripts: React Router's
 * turbo-stream data, or the older urqlState blob. The top media comes first, then each video of
 * the body; each is paired with an empty player shell in document order, where there is one.
 */
export const findSvtPageMedia: MediaFinder = (root, page) => {
  const ids = svtIdsOfScripts(Array.from(root.querySelectorAll('script:not([src])'), (script) => script.textContent ?? ''));
  if (ids.length === 0) return [];
  const shells = Array.from(root.querySelectorAll(SVT_PLAYER_SHELLS)).filter(
    (shell, _i, all) => !all.some((other) => other !== shell && other.contains(shell)),
  );
  return ids.map((svtId, index): FoundMedia => ({
    element: shells[index],
    ref: playerClip(page, { family: 'svt', videoId: svtId }),
  }));
};

/** The svtIds that a page's inline scripts carry, from turbo-stream data or else the urqlState blob. */
export function svtIdsOfScripts(scripts: string[]): string[] {
  return svtIdsOf(pagesFromTurboStream(scripts) ?? pagesFromUrqlState(scripts));
}

/** The `page` objects of every route's loader data. */
function pagesFromTurboStream(scripts: string[]): SvtPage[] | undefined {
  const text = turboStreamText(scripts);
  const data = text === undefined ? undefined : (decodeTurboStream(text) as { loaderData?: unknown } | undefined);
  const routes = data?.loaderData;
  if (typeof routes !== 'object' || routes === null) return undefined;
  return Object.values(routes).flatMap((route: unknown) => {
    const found = (route as { page?: unknown } | null)?.page;
    return typeof found === 'object' && found !== null ? [found as SvtPage] : [];
  });
}

function pagesFromUrqlState(scripts: string[]): SvtPage[] {
  const script = scripts.find((text) => URQL_STATE_MARKER.test(text));
  const state = script === undefined ? undefined : readEmbeddedJson(script, URQL_STATE_MARKER);
  if (typeof state !== 'object' || state === null) return [];
  return Object.values(state).flatMap((entry: unknown) => {
    const data = (entry as { data?: unknown } | null)?.data;
    const found = typeof data === 'string' ? (parseJson(data) as { page?: unknown } | null | undefined)?.page : undefined;
    return typeof found === 'object' && found !== null ? [found as SvtPage] : [];
  });
}

/** The article's own clips, each once: top media, the page's media or video, then the body's videos. */
function svtIdsOf(pages: SvtPage[]): string[] {
  const idOf = (value: unknown) => (value as { svtId?: unknown } | null | undefined)?.svtId;
  const ids = pages.flatMap((page) => [
    idOf(page.topMedia),
    idOf(page.media),
    idOf(page.video),
    ...(Array.isArray(page.body) ? page.body.map((block: unknown) => idOf((block as { video?: unknown } | null)?.video)) : []),
  ]);
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && SVT_ID.test(id)))];
}
