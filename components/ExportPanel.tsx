import { useState } from 'preact/hooks';
import { articleMarkdown, exportableArticle, standaloneHtml, type ExportMeta } from './article-export';
import { downloadFile, fileNameFor } from './download-file';
import { useTranslate } from './i18n';

type Props = { reader: () => HTMLElement | null; meta: ExportMeta };

/** Copy the article as Markdown, or save it with its transcripts as one HTML file. */
export function ExportPanel({ reader, meta }: Props) {
  const t = useTranslate();
  const [said, setSaid] = useState('');
  const article = () => exportableArticle(reader()!);

  const copyMarkdown = async () => {
    try {
      await navigator.clipboard.writeText(articleMarkdown(article(), meta));
      setSaid(t('exportCopied'));
    } catch (error) {
      setSaid(t('exportFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  const saveHtml = () => {
    const file = fileNameFor(meta.title, 'html');
    downloadFile(file, standaloneHtml(article(), meta), 'text/html');
    setSaid(t('exportSaved', file));
  };

  return (
    <>
      <p class="export-actions">
        <button type="button" onClick={() => void copyMarkdown()}>
          {t('exportMarkdown')}
        </button>{' '}
        <button type="button" onClick={saveHtml}>
          {t('exportHtml')}
        </button>
      </p>
      <p role="status">{said}</p>
    </>
  );
}
