import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../../../core/transcripts/formats/entities';
import { parseHtmlTranscript, parseTextTranscript, parseTranscriptPage } from '../../../../../core/transcripts/formats/html-transcript';
import { parsePodcastJson } from '../../../../../core/transcripts/formats/podcast-json';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../fixtures/formats', name), 'utf8');

describe('parsePodcastJson', () => {
  it('reads each segment with its times and speaker, folding line breaks and skipping empty ones', async () => {
    expect(await parsePodcastJson(fixture('podcast-json/transcript.json'))).toEqual({
      ok: true,
      cues: [
        { start: 0.5, end: 3.25, text: 'Välkommen till hamnen.', speaker: 'Ingrid Lund' },
        { start: 3.25, end: 6, text: 'Isen kom tidigt i år, redan i november.', speaker: 'Ingrid Lund' },
        { start: 6.5, text: 'Vi bröt en ränna varje morgon.', speaker: 'Per Ek' },
      ],
    });
  });

  it.each([
    ['text that is not JSON', 'WEBVTT'],
    ['JSON without segments', '{"version":"1.0.0"}'],
  ])('refuses %s', async (_name, text) => {
    expect(await parsePodcastJson(text)).toMatchObject({ ok: false });
  });
});

describe('parseHtmlTranscript', () => {
  it('reads paragraphs after their speaker and time, markup and entities inside stripped', async () => {
    expect(await parseHtmlTranscript(fixture('html-transcript/transcript.html'))).toEqual({
      ok: true,
      cues: [
        { start: 0, text: 'Välkommen till hamnen. Isen kom tidigt i år – redan i november.', speaker: 'Ingrid Lund' },
        { start: 3723.5, text: 'Vi bröt en ränna varje morgon.', speaker: 'Per Ek' },
        { text: 'Och väntade på våren.', speaker: 'Per Ek' },
      ],
    });
  });

  it('refuses text with no markup at all', async () => {
    expect(await parseHtmlTranscript('Just words.')).toMatchObject({ ok: false });
  });
});

describe('parseTextTranscript', () => {
  it('reads each line or paragraph as an untimed line', async () => {
    expect(await parseTextTranscript('\uFEFFFörsta raden.\r\n\r\nAndra   raden\nTredje.\n')).toEqual({
      ok: true,
      cues: [{ text: 'Första raden.' }, { text: 'Andra raden' }, { text: 'Tredje.' }],
    });
  });

  it('refuses an HTML page sent as text', async () => {
    expect(await parseTextTranscript('<!doctype html><title>Sign in</title>')).toMatchObject({ ok: false });
  });
});

describe('decodeEntities', () => {
  it('reads numeric, markup, typographic and Nordic entities, case kept, and leaves unknown ones', () => {
    expect(decodeEntities('&#39;&#x263A;&amp;&AMP;&ndash;&Aring;&aring;&Ouml;&bogus;&#0;')).toBe("'☺&&–ÅåÖ&bogus;&#0;");
  });
});

describe('parseTranscriptPage', () => {
  it('reads the paragraphs of the page’s main content, without its navigation, header, footer or scripts', async () => {
    const page = `<!doctype html><html><head><title>Utskrift</title><script>var p = "<p>not this</p>";</script></head><body>
      <header><p>Radio Example</p></header><nav><p>Start · Program</p></nav>
      <main><h1>Avsnitt 1: Isen</h1><!-- <p>hidden</p> --><p>Ingrid Lund: Välkommen till hamnen.</p><p>Per Ek: Vi bröt en ränna varje morgon.</p></main>
      <footer><p>© Radio Example</p></footer></body></html>`;
    expect(await parseTranscriptPage(page)).toEqual({
      ok: true,
      cues: [{ text: 'Ingrid Lund: Välkommen till hamnen.' }, { text: 'Per Ek: Vi bröt en ränna varje morgon.' }],
    });
  });

  it('refuses a page without paragraphs', async () => {
    expect(await parseTranscriptPage('<html><body><div>Sign in</div></body></html>')).toMatchObject({ ok: false });
  });
});
