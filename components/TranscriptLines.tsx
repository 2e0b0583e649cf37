import type { Cue } from '../core/transcripts/types';

/** "1:05" or "1:02:03": the start of a cue as people read clip times. */
export function formatClipTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A transcript as a list of lines, timed where the source has times; text is rendered as text, never as HTML. */
export function TranscriptLines({ cues, lang }: { cues: Cue[]; lang?: string }) {
  return (
    <ol class="cues" lang={lang}>
      {cues.map((cue, index) => (
        <li class="cue" key={index}>
          {cue.start !== undefined && (
            <>
              <time class="cue-time" dateTime={`PT${Math.floor(cue.start)}S`}>{formatClipTime(cue.start)}</time>{' '}
            </>
          )}
          {cue.speaker && index > 0 && cues[index - 1]!.speaker === cue.speaker ? null : cue.speaker ? (
            <span class="cue-speaker">{cue.speaker}: </span>
          ) : null}
          <span class="cue-text">{cue.text}</span>
        </li>
      ))}
    </ol>
  );
}
