import { useState } from 'preact/hooks';
import type { ReaderDocument } from '../core/extract/reader-document';
import type { Appearance } from '../core/settings/appearance';
import { AppearancePanel } from './AppearancePanel';
import { ExportPanel } from './ExportPanel';
import { FloatingPanel } from './FloatingPanel';
import { useTranslate } from './i18n';
import { PagePanel, type LeftOutSwitch, type PageControls } from './PagePanel';
import { ShortcutsPanel } from './ShortcutsPanel';
import type { PanelDisclosure } from './use-panel-disclosure';

type Props = {
  panels: PanelDisclosure;
  article: ReaderDocument;
  appearance: Appearance;
  onAppearanceChange(next: Appearance): void;
  onStepTextSize(steps: number): void;
  /** Absent where no sentinel ran on the page: then there is no page panel. */
  page?: PageControls;
  leftOut?: LeftOutSwitch;
  /** The reader's element, which the export reads the article and transcripts from. */
  reader(): HTMLElement | null;
};

/** The panels that float over the article, each shown while the disclosure has it open. */
export function ReaderPanels({ panels, article, appearance, onAppearanceChange, onStepTextSize, page, leftOut, reader }: Props) {
  const t = useTranslate();
  const [pageFacts, setPageFacts] = useState(page?.facts);
  return (
    <>
      <FloatingPanel {...panels.panelProps('appearance')} title={t('readerAppearanceButton')}>
        {/* One press a step, said aloud, before the slider's finer control. */}
        <p class="size-steps">
          <button type="button" onClick={() => onStepTextSize(-1)}>
            {t('readerSmaller')}
          </button>
          <button type="button" onClick={() => onStepTextSize(1)}>
            {t('readerLarger')}
          </button>
        </p>
        <AppearancePanel appearance={appearance} onChange={onAppearanceChange} idPrefix="legible" />
      </FloatingPanel>
      {page && pageFacts && (
        <FloatingPanel {...panels.panelProps('page')} title={t('pagePanelTitle')}>
          <PagePanel controls={{ ...page, facts: pageFacts }} onChange={setPageFacts} leftOut={leftOut} />
        </FloatingPanel>
      )}
      <FloatingPanel {...panels.panelProps('export')} title={t('exportButton')}>
        <ExportPanel reader={reader} meta={{ title: article.title, lang: article.lang, dir: article.dir, url: article.url }} />
      </FloatingPanel>
      <FloatingPanel {...panels.panelProps('shortcuts')} title={t('shortcutsButton')}>
        <ShortcutsPanel />
      </FloatingPanel>
    </>
  );
}
