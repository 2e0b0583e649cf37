import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CRANE, FERRY, article, fakeClient, noCaptions, renderReader, transcriptOf, unmountReader } from './reader-view-fixtures';
import { captureDownloads } from '../../support/captured-downloads';
import { settle } from './render-with-i18n';

afterEach(() => {
  unmountReader();
  vi.restoreAllMocks();
});

const button = (container: HTMLElement, name: string) =>
  Array.from(container.querySelectorAll('button')).find((b) => b.textContent === name)!;

async function readerWithTranscript() {
  const container = renderReader({
    client: fakeClient({ [FERRY.id]: transcriptOf('The ferry leaves at midnight.', 'Nobody else is aboard.'), [CRANE.id]: noCaptions }),
  });
  await settle();
  act(() => button(container, 'Save or copy').click());
  return container;
}

describe('ReaderView export', () => {
  it('copies the article as Markdown, its transcripts and its source included, its controls left out', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const container = await readerWithTranscript();
    act(() => button(container, 'Copy as Markdown').click());
    await settle();
    const markdown = writeText.mock.calls[0]![0];
    expect(markdown.startsWith('# The harbour that never sleeps\n')).toBe(true);
    expect(markdown).toContain('Night shifts on the quay begin at ten.');
    expect(markdown).toContain('The ferry leaves at midnight.');
    expect(markdown).not.toMatch(/Search this transcript|Download \.txt|Copy transcript/);
    expect(markdown.trimEnd().endsWith('https://news.example/harbour')).toBe(true);
    expect(container.querySelector('#legible-export [role="status"]')?.textContent).toBe('The article is copied as Markdown.');
  });

  it('saves one HTML file with the transcripts, no script and no controls', async () => {
    const downloads = captureDownloads();
    const container = await readerWithTranscript();
    act(() => button(container, 'Save as an HTML file').click());
    expect(downloads.map((d) => d.name)).toEqual(['the-harbour-that-never-sleeps.html']);
    const html = await downloads[0]!.text;
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<title>The harbour that never sleeps</title>');
    expect(html).toContain('Nobody else is aboard.');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<button|<input/);
    expect(html).toContain('<details class="transcript" open');
  });

  it('adds clips the panel alone lists after the article, so every transcript is kept once', async () => {
    const onlyInPanel = { ...CRANE, id: 'media-3', title: 'A clip the page only names' };
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const container = renderReader({
      doc: article({ media: [FERRY, onlyInPanel] }),
      client: fakeClient({ [FERRY.id]: transcriptOf('Placed words.'), [onlyInPanel.id]: transcriptOf('Panel words.') }),
    });
    await settle();
    act(() => button(container, 'Save or copy').click());
    act(() => button(container, 'Copy as Markdown').click());
    await settle();
    const markdown = writeText.mock.calls[0]![0];
    expect(markdown.split('Placed words.')).toHaveLength(2);
    expect(markdown.split('Panel words.')).toHaveLength(2);
  });
});
