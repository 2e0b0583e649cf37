import type { ArticleReason } from '../core/detect/article-reasons';
import { useTranslate } from './i18n';

/** What Legible knows and did on the page behind the reader. */
export type PageFacts = {
  isArticle: boolean;
  reason: ArticleReason;
  hiddenCount: number;
  salvagedCount: number;
  /** Whether clean-up is on for the page's site. */
  siteCleanUp: boolean;
};

/** The page's controls the reader offers; the reader session wires them to the page and storage. */
export type PageControls = {
  facts: PageFacts;
  showHidden(): void;
  setSiteCleanUp(on: boolean): Promise<void>;
};

type Props = { id: string; hidden: boolean; controls: PageControls; onChange(facts: PageFacts): void };

/** Whether the page is an article and why, what the clean-up hid and loaded, and undo. */
export function PagePanel({ id, hidden, controls, onChange }: Props) {
  const t = useTranslate();
  const { facts } = controls;
  const showHidden = () => {
    controls.showHidden();
    onChange({ ...facts, hiddenCount: 0, salvagedCount: 0 });
  };
  const setSite = (on: boolean) => {
    void controls.setSiteCleanUp(on).then(() => onChange({ ...facts, siteCleanUp: on, ...(on ? {} : { hiddenCount: 0, salvagedCount: 0 }) }));
  };
  return (
    <section id={id} class="page-panel" aria-labelledby={`${id}-heading`} hidden={hidden}>
      <h2 id={`${id}-heading`}>{t('pagePanelTitle')}</h2>
      <p>
        {facts.isArticle ? t('pagePanelArticle') : t('pagePanelNotArticle')} {t(facts.reason)}
      </p>
      <ul>
        <li>{t('actionTitleHidden', facts.hiddenCount)}</li>
        <li>{t('actionTitleSalvaged', facts.salvagedCount)}</li>
      </ul>
      <button type="button" onClick={showHidden} disabled={facts.hiddenCount + facts.salvagedCount === 0}>
        {t('pagePanelShowHidden')}
      </button>
      <label>
        <input type="checkbox" checked={facts.siteCleanUp} onChange={(event) => setSite((event.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('menuCleanUpSite')}
      </label>
    </section>
  );
}
