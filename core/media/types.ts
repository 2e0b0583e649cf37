import type { PlayerFamilyName } from '../players';

/** A captions file: where it is, its language, and the name its page or service gives it. */
export type CaptionFile = { url: string; lang?: string; label?: string };

/** A captions file as the page names it: a `<track>`, a VideoObject's `caption`. */
export type PageCaptionFile = CaptionFile & {
  /** The track's HTML kind. */
  kind: 'captions' | 'subtitles';
  isDefault: boolean;
  /** The media type the page declares for the file, when it does (JSON-LD encodingFormat). */
  type?: string;
};

type MediaRefBase = {
  /** Stable within one page: the order the clip appears in. */
  id: string;
  mediaType: 'video' | 'audio';
  title?: string;
  /** The page the clip was found on; the fetch guard compares hosts against it. */
  pageUrl: string;
  /** The page's language, used to choose between caption tracks. */
  pageLang?: string;
  poster?: string;
  /** How long the clip runs, where the page says (JSON-LD `duration`). */
  durationSeconds?: number;
  /** A page the article links to as this clip's transcript, read when the clip's captions give nothing. */
  transcriptPageUrl?: string;
};

/** A clip found on the page, described well enough for the background to find its words. */
export type MediaRef =
  /** `feedUrl`: the page's podcast feed, for an `<audio>` whose file (`mediaUrl`) an episode of it may be. */
  | (MediaRefBase & { source: 'html5'; tracks: PageCaptionFile[]; mediaUrl?: string; feedUrl?: string })
  /** schema.org VideoObject/AudioObject: caption files, and the transcript text itself. */
  | (MediaRefBase & { source: 'json-ld'; tracks: PageCaptionFile[]; transcriptText?: string })
  /** A web player's container (dead without its script) or frame (`embedUrl`), with the clip id it names, if any. */
  | (MediaRefBase & { source: 'player'; family: PlayerFamilyName; videoId?: string; tracks: PageCaptionFile[]; embedUrl?: string });

/** Where a clip was found; one transcript provider each (not the DOM's MediaSource). */
export type MediaRefSource = MediaRef['source'];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A MediaRef before the page-wide finder numbers it. */
export type MediaRefDraft = DistributiveOmit<MediaRef, 'id'>;

/**
 * A clip found in a document: what the background needs, and the element that stands for it in
 * the page, where there is one (structured data may describe a clip the page does not show).
 */
export type FoundMedia = { element?: Element; ref: MediaRefDraft };

/** What finders need to know about the page they search. */
export type PageInfo = { pageUrl: string; baseUrl: string; pageLang?: string };

/** Finds one family of clips in a document. One finder per file. */
export type MediaFinder = (root: ParentNode, page: PageInfo) => FoundMedia[];
