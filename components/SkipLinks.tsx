import { useTranslate } from './i18n';
import { moveFocusTo } from './in-article-links';

type Props = { articleHeadingId: string; transcriptsHeadingId?: string };

/**
 * The reader's first tab stops, shown when focused: past the toolbar to the article, and to the
 * transcripts. They move focus themselves: a fragment link would scroll the page behind instead.
 */
export function SkipLinks({ articleHeadingId, transcriptsHeadingId }: Props) {
  const t = useTranslate();
  const skipTo = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    moveFocusTo((event.currentTarget as HTMLElement).closest('.reader')?.querySelector<HTMLElement>(`#${id}`));
  };
  return (
    <nav class="skip-links" aria-label={t('skipLinksLabel')}>
      <a href={`#${articleHeadingId}`} onClick={skipTo(articleHeadingId)}>
        {t('skipToArticle')}
      </a>
      {transcriptsHeadingId && (
        <a href={`#${transcriptsHeadingId}`} onClick={skipTo(transcriptsHeadingId)}>
          {t('skipToTranscripts')}
        </a>
      )}
    </nav>
  );
}
