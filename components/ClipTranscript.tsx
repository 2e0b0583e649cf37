import type { MediaRef } from '../core/media/types';
import { isRetryableReason } from '../core/transcripts/types';
import { isWebAddress } from '../core/web-address';
import { useTranslate } from './i18n';
import { failureMessageKey, type TranscriptState } from './transcript-state';
import { TranscriptTools } from './TranscriptTools';

type Props = { media: MediaRef; state: TranscriptState; open: boolean; onRetry(): void };

/** One clip's transcript, or words saying why there is none. */
export function ClipTranscript({ media, state, open, onRetry }: Props) {
  const t = useTranslate();
  if (state.status === 'loading')
    return (
      <p class="transcript-status" aria-busy="true">
        {t('transcriptLoading')}
      </p>
    );
  if (state.status === 'off') return <p class="transcript-status">{t('transcriptsOff')}</p>;
  const { result } = state;
  if (!result.ok) {
    return (
      <p class="transcript-status transcript-failed" data-reason={result.reason} title={result.detail}>
        {t(failureMessageKey(result.reason))}{' '}
        {isRetryableReason(result.reason) && (
          <button type="button" class="retry" onClick={onRetry}>
            {t('transcriptRetry')}
          </button>
        )}
      </p>
    );
  }
  const { transcript } = result;
  return (
    <details class="transcript" open={open}>
      <summary>
        {t('transcriptToggle', transcript.cues.length)}
        {transcript.caveat && (
          <span class="transcript-caveat"> · {t(transcript.caveat === 'generated' ? 'transcriptGenerated' : 'transcriptForced')}</span>
        )}
      </summary>
      <TranscriptTools transcript={transcript} media={media} />
      {isWebAddress(transcript.sourceUrl) && (
        <p class="transcript-source">
          <a href={transcript.sourceUrl} rel="noreferrer noopener" target="_blank">
            {transcript.label ? `${t('transcriptSource')} (${transcript.label})` : t('transcriptSource')}
          </a>
        </p>
      )}
    </details>
  );
}
