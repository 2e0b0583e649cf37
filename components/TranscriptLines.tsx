import type { Cue } from '../core/transcripts/types';
import { clipTime } from '../core/transcripts/writers/clip-time';
import { useTranslate } from './i18n';

type Props = {
  cues: Cue[];
  lang?: string;
  /** Only the lines holding this text (any case), with it marked; every line when empty. */
  query?: string;
  /** Where a line's time links to: that moment of the clip on its own site, where there is one. */
  momentLink?: (seconds: number) => string | undefined;
};

/** The search as lines are matched against it: trimmed, in the transcript language's lower case. */
export function searchNeedle(query: string, lang: string | undefined): string {
  return query.trim().toLocaleLowerCase(lang);
}

/** Whether a line holds the search, in its words or its speaker's name. */
export function cueMatches(cue: Cue, needle: string, lang: string | undefined): boolean {
  return `${cue.speaker ?? ''} ${cue.text}`.toLocaleLowerCase(lang).includes(needle);
}

/** A transcript as a list of lines, timed where the source has times; text is rendered as text, never as HTML. */
export function TranscriptLines({ cues, lang, query = '', momentLink }: Props) {
  const t = useTranslate();
  const needle = searchNeedle(query, lang);
  return (
    <ol class="cues" lang={lang}>
      {cues.map((cue, index) => {
        if (needle && !cueMatches(cue, needle, lang)) return null;
        const link = cue.start !== undefined ? momentLink?.(cue.start) : undefined;
        const time = cue.start !== undefined && (
          <time class="cue-time" dateTime={`PT${Math.floor(cue.start)}S`}>
            {clipTime(cue.start)}
          </time>
        );
        return (
          <li class="cue" key={index}>
            {time && (
              <>
                {link ? (
                  <a class="cue-moment" href={link} rel="noreferrer noopener" target="_blank" title={t('cueMomentTitle')}>
                    {time}
                  </a>
                ) : (
                  time
                )}{' '}
              </>
            )}
            {cue.speaker && index > 0 && cues[index - 1]!.speaker === cue.speaker && !needle ? null : cue.speaker ? (
              <span class="cue-speaker">{cue.speaker}: </span>
            ) : null}
            <span class="cue-text">{marked(cue.text, needle, lang)}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** The text with each match of the query in a <mark>, as text nodes, never HTML. */
function marked(text: string, needle: string, lang: string | undefined) {
  if (!needle) return text;
  const lower = text.toLocaleLowerCase(lang);
  const parts = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    parts.push(text.slice(from, at), <mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return parts;
}
