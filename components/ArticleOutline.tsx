import { useLayoutEffect, useState } from 'preact/hooks';
import { useTranslate } from './i18n';
import { moveFocusTo } from './in-article-links';
import { collapseWhitespace } from '../core/collapse-whitespace';

type Heading = { id: string; text: string; level: number };

type Props = { content: HTMLElement | null; html: string };

/** Fewer headings than this make no outline worth a tab stop. */
const MIN_HEADINGS = 2;

/**
 * The article's headings as a list of links, folded under "Contents" before the text. Headings
 * without an id get one, so each link can move focus to its heading (fragment links inside the
 * reader would scroll the page behind).
 */
export function ArticleOutline({ content, html }: Props) {
  const t = useTranslate();
  const [headings, setHeadings] = useState<Heading[]>([]);

  useLayoutEffect(() => {
    const found = Array.from(content?.querySelectorAll<HTMLElement>('h2, h3, h4') ?? []).filter((h) => h.textContent?.trim());
    setHeadings(
      found.map((heading, index) => {
        heading.id ||= `legible-heading-${index + 1}`;
        return { id: heading.id, text: collapseWhitespace(heading.textContent ?? ''), level: Number(heading.localName[1]) };
      }),
    );
  }, [content, html]);

  if (headings.length < MIN_HEADINGS) return null;
  const go = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    moveFocusTo(content?.querySelector<HTMLElement>(`#${CSS.escape(id)}`));
  };
  return (
    <details class="outline">
      <summary>{t('outlineTitle')}</summary>
      <nav aria-label={t('outlineTitle')}>
        <ol>
          {headings.map((heading) => (
            <li key={heading.id} class={`outline-level-${heading.level}`}>
              <a href={`#${heading.id}`} onClick={go(heading.id)}>
                {heading.text}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
