import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LegibleClient } from '../../../components/legible-client';
import type { PageControls } from '../../../components/PagePanel';
import { ReaderView } from '../../../components/ReaderView';
import type { ReaderDocument } from '../../../core/extract/reader-document';
import type { MediaRef } from '../../../core/media/types';
import type { TranscriptResult } from '../../../core/transcripts/types';
import { pressKey, renderWithI18n, settle, type Rendered } from './render-with-i18n';

const PAGE_URL = 'https://news.example/harbour';

function clip(id: string, title: string): MediaRef {
  return {
    id,
    mediaType: 'video',
    title,
    pageUrl: PAGE_URL,
    source: 'html5',
    tracks: [{ url: `https://media.example/${id}.vtt`, kind: 'captions', lang: 'en', isDefault: true }],
  };
}

const FERRY = clip('media-1', 'The last ferry of the night');
const CRANE = clip('media-2', 'Crane operators at dawn');

function article(overrides: Partial<ReaderDocument> = {}): ReaderDocument {
  return {
    title: 'The harbour that never sleeps',
    byline: 'Ada Quayside',
    siteName: 'Harbour News',
    lang: 'en',
    dir: 'ltr',
    readingMinutes: 4,
    url: PAGE_URL,
    contentHtml: [
      '<p>Night shifts on the quay begin at ten.</p>',
      `<figure data-legible-media="${FERRY.id}"><p>${FERRY.title}</p></figure>`,
      '<p>By dawn the cranes take over.</p>',
      `<figure data-legible-media="${CRANE.id}"><p>${CRANE.title}</p></figure>`,
    ].join(''),
    media: [FERRY, CRANE],
    ...overrides,
  };
}

function transcriptOf(...texts: string[]): TranscriptResult {
  return {
    ok: true,
    transcript: {
      cues: texts.map((text, i) => ({ start: i * 4, end: i * 4 + 4, text })),
      lang: 'en',
      sourceUrl: 'https://media.example/captions.vtt',
    },
  };
}

/** A LegibleClient that answers each clip from a table, recording what it was asked. */
function fakeClient(answers: Record<string, TranscriptResult>) {
  const getTranscript = vi.fn(async (media: MediaRef): Promise<TranscriptResult> => {
    const answer = answers[media.id];
    if (!answer) throw new Error(`unexpected clip ${media.id}`);
    return answer;
  });
  return { getTranscript } satisfies LegibleClient;
}

const noCaptions: TranscriptResult = { ok: false, reason: 'none', detail: 'no tracks' };

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function renderReader(props: { doc?: ReaderDocument; client?: LegibleClient; transcriptsEnabled?: boolean; page?: PageControls; onClose?: () => void } = {}) {
  const client = props.client ?? fakeClient({ [FERRY.id]: noCaptions, [CRANE.id]: noCaptions });
  rendered = renderWithI18n(
    <ReaderView
      article={props.doc ?? article()}
      client={client}
      transcriptsEnabled={props.transcriptsEnabled ?? true}
      page={props.page}
      onClose={props.onClose ?? (() => {})}
    />,
  );
  return rendered.container;
}

function slot(container: HTMLElement, id: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`figure[data-legible-media="${id}"]`);
  if (!found) throw new Error(`no slot for ${id}`);
  return found;
}

function panel(container: HTMLElement): HTMLElement {
  const aside = container.querySelector('aside');
  if (!aside) throw new Error('no transcript panel');
  return aside;
}

function cueTexts(root: Element): string[] {
  return Array.from(root.querySelectorAll('.cue-text'), (el) => el.textContent ?? '');
}

describe('ReaderView', () => {
  it('shows byline, site and the publication date in the article language', async () => {
    const container = renderReader({ doc: article({ publishedTime: '2026-03-14T08:00:00Z', lang: 'en-GB' }) });
    await settle();
    const meta = container.querySelector('.meta')?.textContent ?? '';
    expect(meta).toContain('Ada Quayside');
    expect(meta).toContain('Harbour News');
    expect(meta).toContain('14 March 2026');
  });

  it('leaves out a publication date it cannot read', async () => {
    const container = renderReader({ doc: article({ publishedTime: 'last Tuesday' }) });
    await settle();
    expect(container.querySelector('.meta')?.textContent).toBe('Ada Quayside · Harbour News · 4 min read');
  });

  it('is a modal dialog named by the article heading', () => {
    const container = renderReader();
    const dialog = container.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    const labelId = dialog?.getAttribute('aria-labelledby');
    expect(labelId).toBeTruthy();
    const label = container.querySelector(`#${labelId}`);
    expect(label?.tagName).toBe('H1');
    expect(label?.textContent).toBe('The harbour that never sleeps');
  });

  it('moves focus to the article heading when it opens', () => {
    const container = renderReader();
    expect(document.activeElement).toBe(container.querySelector('h1'));
  });

  it('closes on Escape from anywhere inside it', () => {
    const onClose = vi.fn();
    const container = renderReader({ onClose });
    const event = pressKey(container.querySelector('h1')!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('does not close on other keys', () => {
    const onClose = vi.fn();
    const container = renderReader({ onClose });
    pressKey(container.querySelector('h1')!, 'Enter');
    expect(onClose).not.toHaveBeenCalled();
  });

  it("gives the article the page's language and direction", () => {
    const container = renderReader({ doc: article({ lang: 'ar', dir: 'rtl' }) });
    const body = container.querySelector('article');
    expect(body?.getAttribute('lang')).toBe('ar');
    expect(body?.getAttribute('dir')).toBe('rtl');
  });

  it('puts each media card in its own slot, titled with its clip', () => {
    const container = renderReader();
    expect(slot(container, FERRY.id).querySelector('.media-card .media-title')?.textContent).toContain(FERRY.title);
    expect(slot(container, CRANE.id).querySelector('.media-card .media-title')?.textContent).toContain(CRANE.title);
    expect(slot(container, FERRY.id).textContent).not.toContain(CRANE.title);
  });

  it('shows each transcript where its clip stood and in the transcript panel', async () => {
    const client = fakeClient({
      [FERRY.id]: transcriptOf('The ferry leaves at midnight.', 'Nobody misses it twice.'),
      [CRANE.id]: transcriptOf('We start before the gulls.'),
    });
    const container = renderReader({ client });
    await settle();

    expect(client.getTranscript).toHaveBeenCalledTimes(2);
    expect(client.getTranscript).toHaveBeenCalledWith(FERRY);
    expect(cueTexts(slot(container, FERRY.id))).toEqual(['The ferry leaves at midnight.', 'Nobody misses it twice.']);
    expect(cueTexts(slot(container, CRANE.id))).toEqual(['We start before the gulls.']);
    expect(cueTexts(panel(container))).toEqual([
      'The ferry leaves at midnight.',
      'Nobody misses it twice.',
      'We start before the gulls.',
    ]);
  });

  it('says the transcript is loading until the background answers', async () => {
    let answer: (result: TranscriptResult) => void = () => {};
    const client: LegibleClient = { getTranscript: () => new Promise((resolve) => (answer = resolve)) };
    const container = renderReader({ doc: article({ media: [FERRY] }), client });
    expect(slot(container, FERRY.id).textContent).toContain('Loading the transcript…');
    answer(transcriptOf('Here we go.'));
    await settle();
    expect(slot(container, FERRY.id).textContent).not.toContain('Loading the transcript…');
    expect(cueTexts(slot(container, FERRY.id))).toEqual(['Here we go.']);
  });

  it('names its transcript panel as a landmark from the locale', () => {
    const container = renderReader();
    const aside = panel(container);
    const labelId = aside.getAttribute('aria-labelledby');
    expect(labelId).toBeTruthy();
    expect(container.querySelector(`#${labelId}`)?.textContent).toBe('Transcripts');
  });

  it('says in words why a transcript is missing', async () => {
    const client = fakeClient({
      [FERRY.id]: { ok: false, reason: 'not-found', detail: 'HTTP 404' },
      [CRANE.id]: { ok: false, reason: 'geo-blocked', detail: 'HTTP 451' },
    });
    const container = renderReader({ client });
    await settle();
    expect(slot(container, FERRY.id).textContent).toContain('The captions file for this clip is missing.');
    expect(slot(container, CRANE.id).textContent).toContain("This clip's captions are not available in your region.");
    expect(panel(container).textContent).toContain('The captions file for this clip is missing.');
    expect(container.querySelector('button.retry')).toBeNull();
  });

  it('offers to try again after a network failure, and asks the background again', async () => {
    const getTranscript = vi
      .fn<LegibleClient['getTranscript']>()
      .mockResolvedValueOnce({ ok: false, reason: 'network', detail: 'connection reset' })
      .mockResolvedValueOnce(transcriptOf('Second time lucky.'));
    const container = renderReader({ doc: article({ media: [FERRY] }), client: { getTranscript } });
    await settle();

    const figure = slot(container, FERRY.id);
    expect(figure.textContent).toContain('The captions could not be loaded because of a network error.');
    const retry = Array.from(figure.querySelectorAll('button')).find((b) => b.textContent === 'Try again');
    expect(retry).toBeDefined();

    retry!.click();
    await settle();
    expect(getTranscript).toHaveBeenCalledTimes(2);
    expect(getTranscript).toHaveBeenLastCalledWith(FERRY);
    expect(cueTexts(slot(container, FERRY.id))).toEqual(['Second time lucky.']);
  });

  it('says as it opens that the clips’ transcripts are loading', () => {
    let answer!: (result: TranscriptResult) => void;
    const container = renderReader({ doc: article({ media: [FERRY] }), client: { getTranscript: () => new Promise((resolve) => (answer = resolve)) } });
    expect(container.querySelector('[role="status"][aria-live="polite"]')?.textContent).toBe("Reader view opened: The harbour that never sleeps Loading the clips' transcripts (1).");
    answer(noCaptions);
  });

  it('says in its live region how many clips have words, and why each other one has none', async () => {
    const withheld: TranscriptResult = { ok: false, reason: 'withheld', detail: '403' };
    const container = renderReader({ client: fakeClient({ [FERRY.id]: withheld, [CRANE.id]: transcriptOf('Cranes.') }) });
    await settle();
    const live = container.querySelector('[role="status"][aria-live="polite"]');
    expect(live?.textContent).toBe("Transcripts ready for 1 of 2 clips The last ferry of the night: The site withheld this clip's captions.");
  });

  it('says a retried clip is loading, then how it went', async () => {
    let answer!: (result: TranscriptResult) => void;
    const getTranscript = vi
      .fn<(media: MediaRef) => Promise<TranscriptResult>>()
      .mockResolvedValueOnce({ ok: false, reason: 'timeout', detail: 'slow' })
      .mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const container = renderReader({ doc: article({ media: [FERRY] }), client: { getTranscript } });
    await settle();
    const live = () => container.querySelector('[role="status"][aria-live="polite"]')?.textContent;
    expect(live()).toMatch(/^Transcripts ready for 0 of 1 clips The last ferry of the night: /);
    Array.from(slot(container, FERRY.id).querySelectorAll('button')).find((b) => b.textContent === 'Try again')!.click();
    await settle();
    expect(live()).toBe('Loading the transcript of The last ferry of the night');
    answer(transcriptOf('At last.'));
    await settle();
    expect(live()).toBe('Transcripts ready for 1 of 1 clips');
  });

  it('links each card to its clip on the player’s own site, and shows its poster', async () => {
    const player: MediaRef = { ...FERRY, source: 'player', family: 'youtube', videoId: 'Hc8yWqZ3pLs', poster: 'https://i.ytimg.example/ferry.jpg', durationSeconds: 90, tracks: [] };
    const container = renderReader({ doc: article({ media: [player] }), client: fakeClient({ [FERRY.id]: noCaptions }) });
    await settle();
    const card = slot(container, FERRY.id);
    const link = card.querySelector<HTMLAnchorElement>('.media-link a');
    expect(link?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=Hc8yWqZ3pLs');
    expect(link?.textContent).toBe('Watch or listen to “The last ferry of the night” where it was published');
    expect(card.querySelector('img.media-poster')?.getAttribute('src')).toBe('https://i.ytimg.example/ferry.jpg');
    expect(card.querySelector('.media-title')?.textContent).toBe('Video The last ferry of the night (1:30)');
  });

  it('says when captions were generated by speech recognition', async () => {
    const generated = transcriptOf('the ferry leaves at dawn');
    if (generated.ok) generated.transcript.kind = 'generated';
    const container = renderReader({ doc: article({ media: [FERRY] }), client: fakeClient({ [FERRY.id]: generated }) });
    await settle();
    expect(slot(container, FERRY.id).querySelector('summary')?.textContent).toBe('Transcript (1 lines) · captions generated by speech recognition, not checked by a person');
  });

  it('treats a client that throws as a network failure', async () => {
    const client: LegibleClient = { getTranscript: () => Promise.reject(new Error('port closed')) };
    const container = renderReader({ doc: article({ media: [FERRY] }), client });
    await settle();
    const status = slot(container, FERRY.id).querySelector('[data-reason]');
    expect(status?.getAttribute('data-reason')).toBe('network');
    expect(status?.textContent).toContain('Try again');
  });

  it('asks for nothing and says transcripts are off when the setting is off', async () => {
    const client = fakeClient({ [FERRY.id]: transcriptOf('Should not appear.') });
    const container = renderReader({ doc: article({ media: [FERRY] }), client, transcriptsEnabled: false });
    await settle();
    expect(client.getTranscript).not.toHaveBeenCalled();
    expect(slot(container, FERRY.id).textContent).toContain("Transcripts are turned off in Legible's options.");
    expect(container.textContent).not.toContain('Should not appear.');
  });

  it('shows transcript text as text, never as HTML', async () => {
    const client = fakeClient({ [FERRY.id]: transcriptOf('<b>x</b><img src=x onerror=alert(1)>') });
    const container = renderReader({ doc: article({ media: [FERRY] }), client });
    await settle();
    const figure = slot(container, FERRY.id);
    expect(cueTexts(figure)).toEqual(['<b>x</b><img src=x onerror=alert(1)>']);
    expect(container.querySelector('.cue-text b, .cue-text img')).toBeNull();
  });

  it('moves focus along its toolbar with the arrow keys', () => {
    const container = renderReader();
    const toolbar = container.querySelector('[role="toolbar"]');
    const buttons = Array.from(toolbar?.querySelectorAll('button') ?? []);
    expect(buttons.map((b) => b.textContent)).toEqual(['Close reader', 'Transcripts']);
    const [close, jump] = buttons as [HTMLButtonElement, HTMLButtonElement];
    // One tab stop: only the current button is in the tab order.
    expect([close.tabIndex, jump.tabIndex]).toEqual([0, -1]);

    close.focus();
    pressKey(close, 'ArrowRight');
    expect(document.activeElement).toBe(jump);
    expect([close.tabIndex, jump.tabIndex]).toEqual([-1, 0]);

    pressKey(jump, 'ArrowRight'); // wraps around
    expect(document.activeElement).toBe(close);

    pressKey(close, 'ArrowLeft'); // and back the other way
    expect(document.activeElement).toBe(jump);
    pressKey(jump, 'ArrowLeft');
    expect(document.activeElement).toBe(close);
  });

  it('moves to the first and last toolbar buttons with Home and End', () => {
    const container = renderReader();
    const [close, jump] = Array.from(container.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')) as [
      HTMLButtonElement,
      HTMLButtonElement,
    ];
    close.focus();
    pressKey(close, 'End');
    expect(document.activeElement).toBe(jump);
    pressKey(jump, 'End');
    expect(document.activeElement).toBe(jump);
    pressKey(jump, 'Home');
    expect(document.activeElement).toBe(close);
  });

  it('leaves out the jump-to-transcripts button when there are no clips', () => {
    const container = renderReader({ doc: article({ media: [], contentHtml: '<p>Just words.</p>' }) });
    const buttons = Array.from(container.querySelectorAll('[role="toolbar"] button'), (b) => b.textContent);
    expect(buttons).toEqual(['Close reader']);
    expect(panel(container).textContent).toContain('This article has no video or audio clips.');
  });
});

describe('ReaderView page panel', () => {
  function controls(overrides: Partial<PageControls['facts']> = {}) {
    return {
      facts: { isArticle: true, reason: 'whyOgType' as const, hiddenCount: 3, salvagedCount: 1, siteCleanUp: true, ...overrides },
      showHidden: vi.fn(),
      setSiteCleanUp: vi.fn(async () => {}),
    };
  }
  const pageButton = (container: HTMLElement) =>
    Array.from(container.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')).find((b) => b.textContent === 'This page')!;
  const panel = (container: HTMLElement) => container.querySelector<HTMLElement>('#legible-page-panel')!;

  it('opens from the toolbar and says why the page is an article and what was hidden and loaded', async () => {
    const container = renderReader({ page: controls() });
    expect(panel(container).hidden).toBe(true);
    expect(pageButton(container).getAttribute('aria-expanded')).toBe('false');
    pageButton(container).click();
    await settle();
    expect(panel(container).hidden).toBe(false);
    expect(pageButton(container).getAttribute('aria-expanded')).toBe('true');
    const text = panel(container).textContent ?? '';
    expect(text).toContain('Legible reads this page as an article. The page says it is an article.');
    expect(text).toContain('Hidden because they need scripts: 3');
    expect(text).toContain('Images loaded that needed scripts: 1');
  });

  it('shows what was hidden again, and then has nothing left to undo', async () => {
    const page = controls();
    const container = renderReader({ page });
    pageButton(container).click();
    await settle();
    const undo = Array.from(panel(container).querySelectorAll('button')).find((b) => b.textContent?.startsWith('Show what was hidden'))!;
    undo.click();
    await settle();
    expect(page.showHidden).toHaveBeenCalledTimes(1);
    expect(panel(container).textContent).toContain('Hidden because they need scripts: 0');
    expect(undo.disabled).toBe(true);
  });

  it('turns clean-up off for the site from its checkbox', async () => {
    const page = controls();
    const container = renderReader({ page });
    pageButton(container).click();
    await settle();
    const box = panel(container).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    box.click();
    await settle();
    expect(page.setSiteCleanUp).toHaveBeenCalledWith(false);
    expect(box.checked).toBe(false);
  });

  it('has no page button where no sentinel ran', () => {
    const container = renderReader();
    expect(pageButton(container)).toBeUndefined();
    expect(container.querySelector('#legible-page-panel')).toBeNull();
  });
});
