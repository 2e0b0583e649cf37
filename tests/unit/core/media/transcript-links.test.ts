import { describe, expect, it } from 'vitest';
import { findMedia } from '../../../../core/media/find-media';
import type { PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = {
  pageUrl: 'https://radio.example/hamnen/avsnitt-1',
  baseUrl: 'https://radio.example/hamnen/avsnitt-1',
  pageLang: 'sv',
};
const pagesOf = (html: string) => findMedia(parseHtml(html), PAGE).map(({ ref }) => ref.transcriptPageUrl);

describe('transcript links', () => {
  it('gives each clip the transcript link that follows it, before the next clip', () => {
    expect(
      pagesOf(`<article>
        <video src="/v/1.mp4"></video><p><a href="/hamnen/avsnitt-1/utskrift">Läs utskriften</a></p>
        <audio src="/a/2.mp3"></audio><p>Inget här.</p>
        <video src="/v/3.mp4"></video><p><a href="https://www.npr.org/transcripts/1234567890">Transcript</a></p>
      </article>`),
    ).toEqual(['https://radio.example/hamnen/avsnitt-1/utskrift', undefined, 'https://www.npr.org/transcripts/1234567890']);
  });

  it('gives the only clip the page’s only transcript link, wherever it stands', () => {
    expect(pagesOf('<p><a href="transkript.html">Transkript</a></p><article><audio src="/a/1.mp3"></audio></article>')).toEqual([
      'https://radio.example/hamnen/transkript.html',
    ]);
  });

  it('takes no long text that merely mentions a transcript, and no link that is not a web address', () => {
    expect(
      pagesOf(`<audio src="/a/1.mp3"></audio>
        <a href="/about">We publish a transcript of every episode within a week of its release, in Swedish and English</a>
        <a href="javascript:void(0)">Transcript</a>`),
    ).toEqual([undefined]);
  });
});
