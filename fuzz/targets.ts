/**
 * Every parser and decoder that reads what a page or a server sent, with inputs to fuzz it: the
 * project's own sample files cut, spliced and sprinkled with each format's syntax, raw strings,
 * and pathological nesting. Run by `npm run fuzz` (many cases, timed) and by `npm test` (a few
 * hundred each). A target's `run` must not throw, whatever it is given; `check` says what its
 * answer must look like.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { readEmbeddedJson } from '../core/embedded-json';
import { readJsonLdNodes } from '../core/media/json-ld-graph';
import { svtIdsOfScripts } from '../core/media/svt';
import { decodeTurboStream } from '../core/media/turbo-stream';
import { readSettingsFile, writeSettingsFile } from '../core/settings/settings-file';
import { DEFAULT_SETTINGS } from '../core/settings/settings';
import { DEFAULT_SITE_SETTINGS } from '../core/settings/site-settings';
import { textTracksOfManifest } from '../core/transcripts/formats/dash-text';
import type { ParsedCaptions } from '../core/transcripts/formats/cue-text';
import { parsePodcastJson } from '../core/transcripts/formats/podcast-json';
import { parseSrt } from '../core/transcripts/formats/srt';
import { parseTtml } from '../core/transcripts/formats/ttml';
import { parseWebVtt } from '../core/transcripts/formats/webvtt';
import { parseYouTubeJson3 } from '../core/transcripts/formats/youtube-json3';
import { parseYouTubeXml } from '../core/transcripts/formats/youtube-xml';
import { readPlaylist, segmentOffset } from '../core/transcripts/formats/hls-webvtt';

export type FuzzTarget = {
  name: string;
  input: fc.Arbitrary<string>;
  run(input: string): unknown;
  /** Throws where the answer is not of the shape the callers rely on. */
  check(output: unknown): void;
};

const fixture = (path: string) => readFileSync(new URL(`../tests/fixtures/${path}`, import.meta.url), 'utf8');

/** How deep the pathological inputs nest: past any recursion a parser might do on its own stack. */
const DEEP = 20_000;

/** A sample cut, spliced and sprinkled with `tokens` at random places, or left whole. */
function mutated(seeds: readonly string[], tokens: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));
  const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: piece, repeat: fc.integer({ min: 1, max: 30 }) });
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { maxLength: 10 })).map(([seed, edits]) =>
    edits.reduce((text, { at, cut, insert, repeat }) => {
      const where = text.length === 0 ? 0 : at % (text.length + 1);
      return text.slice(0, where) + insert.repeat(repeat) + text.slice(where + cut);
    }, seed),
  );
}

/** Mutated samples most of the time, raw strings now and then, and the pathological inputs. */
function inputs(seeds: readonly string[], tokens: readonly string[], pathological: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: mutated(seeds, tokens) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
    { weight: 1, arbitrary: fc.constantFrom(...(pathological.length ? pathological : ['']), '') },
  );
}

function nested(open: string, close: string, middle = ''): string {
  return open.repeat(DEEP) + middle + close.repeat(DEEP);
}

function checkCaptions(output: unknown): void {
  const result = output as ParsedCaptions;
  if (!result.ok) {
    if (typeof result.detail !== 'string') throw new Error('a failure without words');
    return;
  }
  for (const cue of result.cues) {
    if (typeof cue.text !== 'string') throw new Error('a line whose text is not a string');
    for (const time of [cue.start, cue.end])
      if (time !== undefined && !Number.isFinite(time)) throw new Error(`a time that is no number: ${time}`);
    if (cue.speaker !== undefined && typeof cue.speaker !== 'string') throw new Error('a speaker who is not a string');
  }
}

const anything = () => undefined;

const VTT_TOKENS = [
  'WEBVTT',
  '\n',
  '\r\n',
  '\n\n',
  ' --> ',
  '00:',
  '99:59:59.999',
  '.',
  ':',
  '<v ',
  '<c.',
  '<b>',
  '</b>',
  '<i>',
  '<ruby>',
  '<rt>',
  '</',
  '>',
  '<',
  '&amp;',
  '&lt;',
  '&#x',
  '&#',
  ';',
  'NOTE ',
  'STYLE',
  'REGION',
  'align:start',
  '\u0000',
  '\uFEFF',
  '\ud800',
  '-->',
];
const XML_TOKENS = [
  '<',
  '>',
  '</',
  '/>',
  '<p begin="',
  '" end="',
  '<span>',
  '<br/>',
  '&amp;',
  '&#x',
  '&#',
  ';',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?xml',
  '<!DOCTYPE x [<!ENTITY e "ee">]>',
  '&e;',
  'xmlns="',
  '"',
  "'",
  '=',
  's',
  'ms',
  't',
  'tick',
  '10000000t',
  '\u0000',
];
const JSON_TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  '\\',
  '\\u',
  ':',
  ',',
  'null',
  'true',
  '1e999',
  '-0',
  '"events"',
  '"segs"',
  '"utf8"',
  '"tStartMs"',
  '"segments"',
  '"startTime"',
  '"body"',
  '"speaker"',
  '\n',
];
const HLS_TOKENS = [
  '#EXTM3U',
  '\n',
  '#EXT-X-MEDIA:',
  'TYPE=SUBTITLES',
  ',URI="',
  '"',
  'LANGUAGE=',
  'FORCED=YES',
  '#EXT-X-STREAM-INF:',
  '#EXTINF:4,',
  'X-TIMESTAMP-MAP=MPEGTS:',
  'LOCAL:',
  '00:00:00.000',
  'http://[',
  '//',
  '../',
  '\u0000',
];

const DEEP_JSON = nested('[', ']');
const DEEP_OBJECT = nested('{"a":', '}', '1');
const DEEP_XML = `<?xml version="1.0"?>${nested('<a>', '</a>')}`;

export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  {
    name: 'WebVTT',
    input: inputs(
      [
        fixture('formats/webvtt/harbour-interview.sv.vtt'),
        fixture('formats/webvtt/svt-closed.vtt'),
        fixture('formats/webvtt/no-cues-notes-only.vtt'),
      ],
      VTT_TOKENS,
      [`WEBVTT\n\n00:01.000 --> 00:02.000\n${nested('<b>', '</b>', 'x')}`, `WEBVTT\n\n${'00:01.000 --> '.repeat(DEEP)}`],
    ),
    run: parseWebVtt,
    check: checkCaptions,
  },
  {
    name: 'SRT',
    input: inputs(
      [fixture('formats/srt/harbour-interview.en.srt')],
      [...VTT_TOKENS, ',', '1\n', '00:00:01,000 --> 00:00:02,000'],
      [`1\n00:00:01,000 --> 00:00:02,000\n${nested('<i>', '</i>', 'x')}`],
    ),
    run: parseSrt,
    check: checkCaptions,
  },
  {
    name: 'TTML',
    input: inputs([fixture('formats/ttml/harbour-interview.sv.ttml')], XML_TOKENS, [
      DEEP_XML,
      `<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="2s">${nested('<span>', '</span>', 'x')}</p></div></body></tt>`,
    ]),
    run: parseTtml,
    check: checkCaptions,
  },
  {
    name: 'YouTube json3',
    input: inputs([fixture('formats/youtube-json3/ferry.sv.json3'), fixture('formats/youtube-json3/ferry.en-asr.json3')], JSON_TOKENS, [
      DEEP_JSON,
      DEEP_OBJECT,
      `{"events":[${'{"segs":[{"utf8":"x"}],"tStartMs":1},'.repeat(DEEP)}{}]}`,
    ]),
    run: parseYouTubeJson3,
    check: checkCaptions,
  },
  {
    name: 'YouTube srv3',
    input: inputs(
      [
        '<?xml version="1.0" encoding="utf-8" ?><timedtext format="3"><body><p t="1000" d="2500">Isen kom <s>i</s> november.</p><p t="3500" d="2000" a="1">&gt;&gt; Per: Och stannade.</p></body></timedtext>',
      ],
      XML_TOKENS,
      [DEEP_XML, `<timedtext format="3"><body><p t="1" d="1">${nested('<s>', '</s>', 'x')}</p></body></timedtext>`],
    ),
    run: parseYouTubeXml,
    check: checkCaptions,
  },
  {
    name: 'podcast JSON',
    input: inputs([fixture('formats/podcast-json/transcript.json')], JSON_TOKENS, [
      DEEP_JSON,
      DEEP_OBJECT,
      `{"segments":${nested('[', ']')}}`,
    ]),
    run: parsePodcastJson,
    check: checkCaptions,
  },
  {
    name: 'HLS playlist',
    input: inputs(
      [
        fixture('formats/hls-webvtt/master.m3u8'),
        fixture('formats/hls-webvtt/sv-closed.m3u8'),
        fixture('formats/hls-webvtt/sv-closed-00001.vtt'),
      ],
      HLS_TOKENS,
      [`#EXTM3U\n${'#EXT-X-MEDIA:TYPE=SUBTITLES,URI="a.m3u8"\n'.repeat(DEEP)}`, `#EXTM3U\n${'seg.vtt\n'.repeat(DEEP)}`],
    ),
    run: (text) => ({ playlist: readPlaylist(text, 'https://media.example.net/stream/master.m3u8'), offset: segmentOffset(text) }),
    check: (output) => {
      const { playlist, offset } = output as { playlist: ReturnType<typeof readPlaylist>; offset: number };
      if (!Number.isFinite(offset)) throw new Error(`an offset that is no number: ${offset}`);
      for (const address of [...(playlist?.segments ?? []), ...(playlist?.renditions.map((r) => r.uri) ?? [])]) new URL(address);
    },
  },
  {
    name: 'DASH manifest',
    input: inputs(
      [fixture('formats/dash-text/manifest.mpd')],
      [...XML_TOKENS, '<BaseURL>', '</BaseURL>', 'http://[', 'mimeType="text/vtt"', '<Period>', '<AdaptationSet>', '<Representation>'],
      [DEEP_XML, `<MPD>${nested('<Period>', '</Period>')}</MPD>`],
    ),
    run: (text) => textTracksOfManifest(text, 'https://media.example.net/stream/manifest.mpd', ['sv', 'en']),
    check: (output) => {
      const result = output as ReturnType<typeof textTracksOfManifest>;
      if (result.ok) for (const source of result.sources) new URL(source.url);
    },
  },
  {
    name: 'turbo-stream',
    input: inputs(
      [
        '[{"_1":2},"loaderData",{"_3":4},"routes/article",{"_5":6},"page",{"_7":8},"topMedia",{"_9":10},"svtId","jTst9Zq"]\nP12:[{"_9":13},"eXmpl42"]',
      ],
      [...JSON_TOKENS, '["P",', '["D",', '-5', '-7', '\nP', '\nE', '_'],
      [
        DEEP_JSON,
        `[${Array.from({ length: DEEP }, (_, i) => `[${i + 1}]`).join(',')},0]`,
        `[${Array.from({ length: DEEP }, (_, i) => `{"_0":${i + 1}}`).join(',')},0]`,
      ],
    ),
    run: (text) => ({
      decoded: decodeTurboStream(text),
      ids: svtIdsOfScripts([`window.__reactRouterContext.streamController.enqueue(${JSON.stringify(text)});`]),
    }),
    check: (output) => {
      if (!(output as { ids: unknown[] }).ids.every((id) => typeof id === 'string')) throw new Error('an svtId that is not a string');
    },
  },
  {
    name: 'urqlState',
    input: inputs(
      ['window.urqlState = {"k1":{"data":"{\\"page\\":{\\"topMedia\\":{\\"svtId\\":\\"jTst9Zq\\"}}}"}};'],
      [...JSON_TOKENS, 'urqlState', ' = ', '\\"'],
      [`urqlState = ${DEEP_JSON}`, `urqlState = {"a":{"data":${JSON.stringify(DEEP_OBJECT)}}}`],
    ),
    run: (text) => svtIdsOfScripts([text]),
    check: (output) => {
      if (!(output as unknown[]).every((id) => typeof id === 'string')) throw new Error('an svtId that is not a string');
    },
  },
  {
    name: 'embedded JSON',
    input: inputs(
      ['var playerConfig = {"a":[1,"}",{"b":"\\\\\\""}]}; more();', 'window.cfg = ["x", {"y": null}]'],
      [...JSON_TOKENS, 'playerConfig =', 'cfg ='],
      [`playerConfig = ${DEEP_JSON}`, `playerConfig = ${'{'.repeat(DEEP)}`],
    ),
    run: (text) => [readEmbeddedJson(text, /playerConfig\s*=/), readEmbeddedJson(text, /cfg\s*=/g)],
    check: anything,
  },
  {
    name: 'JSON-LD graph',
    input: inputs(
      [
        '{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","video":{"@id":"#v"}},{"@id":"#v","@type":"VideoObject","name":"Isen","caption":{"@id":"#c"}},{"@id":"#c","contentUrl":"https://media.example.net/c.vtt"}]}',
      ],
      [...JSON_TOKENS, '"@id"', '"@graph"', '"@type"', '"#v"'],
      [DEEP_JSON, DEEP_OBJECT, `{"@graph":${nested('[', ']', '{"@id":"#a"}')}}`],
    ),
    run: (text) => {
      const document = new Window().document;
      const script = document.createElement('script');
      script.setAttribute('type', 'application/ld+json');
      script.textContent = text;
      document.body.append(script);
      // happy-dom's document is the DOM's, typed by happy-dom's own declarations.
      return readJsonLdNodes(document as unknown as ParentNode);
    },
    check: (output) => {
      if (!Array.isArray(output)) throw new Error('no list of nodes');
    },
  },
  {
    name: 'settings file',
    input: inputs(
      [writeSettingsFile(DEFAULT_SETTINGS, { 'news.example.org': { ...DEFAULT_SITE_SETTINGS, autoOpen: true } })],
      [
        ...JSON_TOKENS,
        '"legible-settings"',
        '"version"',
        '99',
        '"__proto__"',
        '"constructor"',
        '"prototype"',
        '"fontSize"',
        '"theme"',
        '"sites"',
      ],
      [DEEP_JSON, DEEP_OBJECT, `{"format":"legible-settings","version":1,"settings":${DEEP_OBJECT}}`],
    ),
    run: readSettingsFile,
    check: (output) => {
      const result = output as ReturnType<typeof readSettingsFile>;
      if (!result.ok) return;
      // Whatever the file said, what is imported has every setting, of the right kind.
      for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[]) {
        if (typeof result.settings[key] !== typeof DEFAULT_SETTINGS[key])
          throw new Error(`setting ${key} is a ${typeof result.settings[key]}`);
      }
      if (Object.getPrototypeOf(result.sites) !== Object.prototype && Object.getPrototypeOf(result.sites) !== null)
        throw new Error('a polluted sites table');
    },
  },
];
