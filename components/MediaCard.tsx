import { clipLink } from '../core/media/clip-link';
import type { MediaRef } from '../core/media/types';
import { isWebAddress } from '../core/web-address';
import { useTranslate } from './i18n';
import { clipTime } from '../core/transcripts/writers/clip-time';
import type { TranscriptState } from './transcript-state';
import { ClipTranscript } from './ClipTranscript';

type Props = { media: MediaRef; state: TranscriptState; onRetry(): void };

/**
 * A clip where it stood in the article: what it was (its poster, its title, how long it runs), a
 * link to it on its own site, and its words. Rendered inside its `<figure>`.
 */
export function MediaCard({ media, state, onRetry }: Props) {
  const t = useTranslate();
  const kind = media.mediaType === 'audio' ? t('mediaAudio') : t('mediaVideo');
  const title = media.title ?? t('mediaUntitled');
  const link = clipLink(media);
  return (
    <div class="media-card">
      {isWebAddress(media.poster) && (
        // A page whose policy refuses the image shows no broken picture: the card stands without it.
        <img
          class="media-poster"
          src={media.poster}
          alt=""
          loading="lazy"
          referrerpolicy="no-referrer"
          onError={(event) => (event.currentTarget.hidden = true)}
        />
      )}
      <figcaption class="media-title">
        <span class="media-kind">{kind}</span> {title}
        {media.durationSeconds !== undefined && <span class="media-duration"> ({clipTime(media.durationSeconds)})</span>}
      </figcaption>
      {link && (
        <p class="media-link">
          <a href={link} rel="noreferrer noopener" target="_blank">
            {t('mediaOpenOriginal', title)}
          </a>
        </p>
      )}
      <ClipTranscript media={media} state={state} open onRetry={onRetry} />
    </div>
  );
}
