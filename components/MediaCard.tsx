import type { MediaRef } from '../core/media/types';
import { useTranslate } from './i18n';
import type { TranscriptState } from './transcript-state';
import { TranscriptStatus } from './TranscriptStatus';

type Props = { media: MediaRef; state: TranscriptState; onRetry(): void };

/** A clip where it stood in the article: what it was, and its words. Rendered inside its `<figure>`. */
export function MediaCard({ media, state, onRetry }: Props) {
  const t = useTranslate();
  const kind = media.mediaType === 'audio' ? t('mediaAudio') : t('mediaVideo');
  return (
    <div class="media-card">
      <figcaption class="media-title">
        <span class="media-kind">{kind}</span> {media.title ?? t('mediaUntitled')}
      </figcaption>
      <TranscriptStatus state={state} open onRetry={onRetry} />
    </div>
  );
}
