/**
 * Every message type of Legible's protocol, sent with wrong shapes, extra fields and huge strings,
 * and random values of every kind: the checks every receiver runs first refuse them all (the
 * handlers then never see them), and accept each message as Legible's own scripts send it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBackgroundToTab, isTabToBackground } from '../../core/messages';

const TRACK = { url: 'https://media.example.net/a.vtt', kind: 'captions', lang: 'en', label: 'English', isDefault: true, type: 'text/vtt' };
const BASE = {
  id: 'media-1',
  mediaType: 'video',
  title: 'Ice',
  pageUrl: 'https://news.example.org/a',
  pageLang: 'en',
  poster: 'https://news.example.org/p.jpg',
  durationSeconds: 12,
  transcriptPageUrl: 'https://news.example.org/t',
  tracks: [TRACK],
};

/** One of each message as Legible sends it, every optional field filled. */
const TAB_TO_BACKGROUND: Record<string, Record<string, unknown>> = {
  'page state': { type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 2, salvagedCount: 1 },
  'inject reader': { type: 'legible/inject-reader' },
  'page settings': { type: 'legible/page-settings' },
  'judge notices': {
    type: 'legible/judge-notices',
    pageLang: 'sv',
    lines: [{ forNoScript: true, layers: [{ text: 'Javascript är avstängt', inline: false, heading: false }] }],
  },
  'transcript of an html5 clip': {
    type: 'legible/get-transcript',
    media: { ...BASE, source: 'html5', mediaUrl: 'https://media.example.net/a.mp4', feedUrl: 'https://feeds.example.net/f.xml' },
  },
  'transcript of a JSON-LD clip': {
    type: 'legible/get-transcript',
    media: { ...BASE, source: 'json-ld', transcriptText: 'The ice came.' },
  },
  'transcript of a player clip': {
    type: 'legible/get-transcript',
    media: { ...BASE, source: 'player', family: 'vimeo', videoId: '76979871', embedUrl: 'https://player.vimeo.com/video/76979871' },
  },
};
const BACKGROUND_TO_TAB = ['legible/toggle-reader', 'legible/show-hidden', 'legible/clean-up'].map((type) => ({ type }));

/** Every place in a message where a value sits: [path, value]. */
function places(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  const inner = Object.entries(value).flatMap(([key, child]) => places(child, [...path, Array.isArray(value) ? Number(key) : key]));
  return path.length === 0 ? inner : [[path, value], ...inner];
}

function changed(
  message: Record<string, unknown>,
  path: (string | number)[],
  change: (holder: Record<string | number, unknown>, key: string | number) => void,
) {
  const copy = structuredClone(message) as Record<string | number, unknown>;
  const holder = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  change(holder, path.at(-1)!);
  return copy;
}

const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
/** Values of every kind; a place takes those not of its own kind, and strings far past any limit. */
const WRONG_VALUES: unknown[] = [
  null,
  7,
  -1,
  1.5,
  Number.NaN,
  true,
  'legible',
  [],
  {},
  ['https://x.example'],
  { url: 'https://x.example' },
];
const HUGE = 'x'.repeat(2_000_001);

const CASES = Object.entries(TAB_TO_BACKGROUND).flatMap(([name, message]) =>
  places(message).flatMap(([path, value]) => {
    const where = `${name}: ${path.join('.')}`;
    const wrong = WRONG_VALUES.filter((candidate) => kindOf(candidate) !== kindOf(value)).map(
      (candidate) =>
        [`${where} = ${JSON.stringify(candidate)}`, changed(message, path, (holder, key) => (holder[key] = candidate))] as const,
    );
    const huge =
      typeof value === 'string' && path.at(-1) !== 'type'
        ? [[`${where} = a string of two million characters`, changed(message, path, (holder, key) => (holder[key] = HUGE))] as const]
        : [];
    const extra =
      kindOf(value) === 'object'
        ? [
            [
              `${where} with a field Legible never sends`,
              changed(message, path, (holder, key) => ((holder[key] as Record<string, unknown>).admin = true)),
            ] as const,
          ]
        : [];
    return [...wrong, ...huge, ...extra];
  }),
);

describe('messages from a tab to the background', () => {
  it.each(Object.entries(TAB_TO_BACKGROUND))('accepts the %s message as Legible sends it', (_name, message) => {
    expect(isTabToBackground(message)).toBe(true);
  });

  it('has at least three hundred hostile variants', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
  });

  it.each(CASES)('refuses %s', (_name, message) => {
    expect(isTabToBackground(message)).toBe(false);
  });

  it.each(Object.entries(TAB_TO_BACKGROUND))('refuses the %s message with a field of its own at the top', (_name, message) => {
    expect(isTabToBackground({ ...message, extra: 1 })).toBe(false);
  });

  it('refuses any value that is not one of its messages, whatever its shape', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }), (value) => {
        expect(isTabToBackground(value)).toBe(false);
        expect(isBackgroundToTab(value)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a clip on a page that is not a web page', () => {
    const media = { ...(TAB_TO_BACKGROUND['transcript of an html5 clip']!.media as object), pageUrl: 'file:///home/user/article.html' };
    expect(isTabToBackground({ type: 'legible/get-transcript', media })).toBe(false);
  });
});

describe('messages from the background to a tab', () => {
  it.each(BACKGROUND_TO_TAB)('accepts $type', (message) => {
    expect(isBackgroundToTab(message)).toBe(true);
  });

  it.each(BACKGROUND_TO_TAB)('refuses $type with a field Legible never sends', (message) => {
    expect(isBackgroundToTab({ ...message, url: 'javascript:alert(1)' })).toBe(false);
  });
});
