import { describe, expect, it } from 'vitest';
import { parseYouTubeXml } from '../../../../../core/transcripts/formats/youtube-xml';

const SRV3 = `<?xml version="1.0" encoding="utf-8" ?><timedtext format="3">
<body>
<w t="0" />
<p t="120" d="3960" w="1"><s ac="0">the</s><s t="240"> ferry</s><s t="480"> leaves</s><s t="720"> at</s><s t="900"> dawn</s></p>
<p t="2070" d="2010" w="1" a="1"> </p>
<p t="2080" d="3600" w="1"><s ac="0">the</s><s t="160"> ice</s><s t="320"> came</s><s t="720"> early</s></p>
<p t="5680" d="1000">the ice came early</p>
<p t="8600" d="2000">Tom &amp;amp; Jerry&amp;#39;s boat</p>
</body>
</timedtext>`;
const SRV1 = `<?xml version="1.0" encoding="utf-8" ?><transcript><text start="0.12" dur="3.96">the ferry leaves at dawn</text><text start="2.08" dur="3.6">the ice came
early</text><text start="8.6" dur="2">Tom &amp;amp; Jerry&amp;#39;s boat</text><text start="11">  </text></transcript>`;

describe('parseYouTubeXml', () => {
  it('reads srv3: words joined, append rows skipped, a repeated line merged, text decoded twice', async () => {
    expect(await parseYouTubeXml(SRV3)).toEqual({
      ok: true,
      cues: [
        { start: 0.12, end: 4.08, text: 'the ferry leaves at dawn' },
        { start: 2.08, end: 6.68, text: 'the ice came early' },
        { start: 8.6, end: 10.6, text: "Tom & Jerry's boat" },
      ],
    });
  });

  it('reads srv1: start and duration in seconds, line breaks folded, empty lines skipped', async () => {
    expect(await parseYouTubeXml(SRV1)).toEqual({
      ok: true,
      cues: [
        { start: 0.12, end: 4.08, text: 'the ferry leaves at dawn' },
        { start: 2.08, end: 5.68, text: 'the ice came early' },
        { start: 8.6, end: 10.6, text: "Tom & Jerry's boat" },
      ],
    });
  });

  it.each([
    ['JSON', '{"events":[]}'],
    ['other XML', '<tt xmlns="http://www.w3.org/ns/ttml"><body/></tt>'],
  ])('refuses %s', async (_name, text) => {
    expect(await parseYouTubeXml(text)).toMatchObject({ ok: false });
  });
});
