import { useState } from 'preact/hooks';
import { clipMomentLink } from '../core/media/clip-link';
import type { MediaRef } from '../core/media/types';
import type { Transcript } from '../core/transcripts/types';
import { writePlainText } from '../core/transcripts/writers/plain-text';
import { writeSrt } from '../core/transcripts/writers/srt';
import { writeWebVtt } from '../core/transcripts/writers/webvtt';
import { downloadFile, fileNameFor } from './download-file';
import { useTranslate } from './i18n';
import { MenuButton } from './MenuButton';
import { cueMatches, searchNeedle, TranscriptLines } from './TranscriptLines';

type Props = { transcript: Transcript; media: MediaRef };

const DOWNLOADS = [
  { extension: 'txt', type: 'text/plain', write: (t: Transcript) => writePlainText(t.cues) },
  { extension: 'vtt', type: 'text/vtt', write: (t: Transcript) => writeWebVtt(t.cues) },
  { extension: 'srt', type: 'application/x-subrip', write: (t: Transcript) => writeSrt(t.cues) },
] as const;

/**
 * A transcript's lines with what people do with them, in one line above them: search (the lines
 * that match, the match marked, the count said politely), and a menu to copy them as text or
 * download them as .txt, .vtt or .srt. A line's
 * time opens that moment of the clip on its own site, where the source has such links.
 */
export function TranscriptTools({ transcript, media }: Props) {
  const t = useTranslate();
  const [query, setQuery] = useState('');
  const [said, setSaid] = useState('');
  const needle = searchNeedle(query, transcript.lang);
  const matching = needle ? transcript.cues.filter((cue) => cueMatches(cue, needle, transcript.lang)).length : undefined;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(writePlainText(transcript.cues));
      setSaid(t('transcriptCopied'));
    } catch (error) {
      setSaid(t('transcriptCopyFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  const downloads = DOWNLOADS.flatMap((d) => {
    const text = d.write(transcript);
    return text === undefined ? [] : [{ ...d, text }];
  });

  return (
    <>
      <div class="transcript-tools" role="group" aria-label={t('transcriptTools')}>
        <label class="transcript-search">
          {/* A short word shows in the field, so the tools keep to one line at any width; screen readers hear the whole name. */}
          <span class="visually-hidden">{t('transcriptSearch')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('transcriptSearchShort')}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </label>
        <MenuButton
          label={t('transcriptActions')}
          items={[
            { key: 'copy', label: t('transcriptCopy'), onSelect: () => void copy() },
            ...downloads.map((d) => ({
              key: d.extension,
              label: t('transcriptDownload', `.${d.extension}`),
              onSelect: () => {
                const file = fileNameFor(media.title, d.extension);
                downloadFile(file, d.text, d.type);
                setSaid(t('transcriptDownloaded', file));
              },
            })),
          ]}
        />
      </div>
      <p class="transcript-said" role="status">
        {matching !== undefined ? t('transcriptMatches', matching, transcript.cues.length) : said}
      </p>
      <TranscriptLines
        cues={transcript.cues}
        lang={transcript.lang}
        query={query}
        momentLink={(seconds) => clipMomentLink(media, seconds)}
      />
    </>
  );
}
