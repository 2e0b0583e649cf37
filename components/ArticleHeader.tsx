import { Fragment, type Ref } from 'preact';
import type { ReaderDocument } from '../core/extract/reader-document';
import { useTranslate } from './i18n';
import { isReadableDate, usePublishedDate } from './use-published-date';

type Props = {
  article: ReaderDocument;
  titleId: string;
  /** The title, where focus starts as the reader opens. */
  titleRef: Ref<HTMLHeadingElement>;
};

/** The article's title, then who wrote it, where, how long it takes to read and when it was published. */
export function ArticleHeader({ article, titleId, titleRef }: Props) {
  const t = useTranslate();
  const publishedDate = usePublishedDate(article.publishedTime, article.lang);
  const meta = [article.byline, article.siteName, t('readingTime', article.readingMinutes)].filter(Boolean);
  return (
    <header>
      <h1 id={titleId} tabIndex={-1} ref={titleRef}>
        {article.title}
      </h1>
      <div class="meta">
        {/* Each part kept whole, in its own direction: an Arabic byline, then "2 min read". */}
        <p>
          {meta.map((part, index) => (
            <Fragment key={index}>
              {index > 0 && ' · '}
              <bdi>{part}</bdi>
            </Fragment>
          ))}
        </p>
        {/* The date comes at an idle moment (use-published-date.ts), on a line of its own kept for it, so no text moves when it does. */}
        {isReadableDate(article.publishedTime) && (
          <p class="meta-date">
            <time dateTime={article.publishedTime}>{publishedDate}</time>
          </p>
        )}
      </div>
    </header>
  );
}
