import type { MediaRef } from '../core/media/types';
import { useTranslate } from './i18n';
import type { TranscriptState } from './transcript-state';
import { ClipTranscript } from './ClipTranscript';

type Props = {
  media: MediaRef[];
  states: Record<string, TranscriptState>;
  onRetry(id: string): void;
  headingId: string;
};

/** Every clip's transcript in one landmark after the article. */
export function TranscriptPanel({ media, states, onRetry, headingId }: Props) {
  const t = useTranslate();
  return (
    <aside class="transcript-panel" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('transcriptPanelLabel')}
      </h2>
      {media.length === 0 ? (
        <p>{t('transcriptPanelEmpty')}</p>
      ) : (
        <ul class="panel-clips">
          {media.map((clip) => (
            <li key={clip.id} class="panel-clip" data-clip={clip.id}>
              <h3>
                {clip.mediaType === 'audio' ? t('mediaAudio') : t('mediaVideo')}: {clip.title ?? t('mediaUntitled')}
              </h3>
              <ClipTranscript media={clip} state={states[clip.id] ?? { status: 'loading' }} open={false} onRetry={() => onRetry(clip.id)} />
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
