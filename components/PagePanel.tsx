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
  /** Whether the site's articles show what the reader's second pass leaves out. */
  siteShowLeftOut: boolean;
};

/** The page's controls the reader offers; the reader session wires them to the page and storage. */
export type PageControls = {
  facts: PageFacts;
  showHidden(): void;
  setSiteCleanUp(on: boolean): Promise<void>;
  setSiteShowLeftOut(on: boolean): Promise<void>;
};

/** What the reader left out of the article, and the switch that shows it. */
export type LeftOutSwitch = { count: number; shown: boolean; onChange(shown: boolean): void };

type Props = { controls: PageControls; onChange(facts: PageFacts): void; leftOut?: LeftOutSwitch };

/**
 * Whether the page is an article and why, what the clean-up hid and loaded, and undo; what the
 * reader left out of the article, and a switch that puts it back.
 */
export function PagePanel({ controls, onChange, leftOut }: Props) {
  const t = useTranslate();
  const { facts } = controls;
  const showHidden = () => {
    controls.showHidden();
    onChange({ ...facts, hiddenCount: 0, salvagedCount: 0 });
  };
  const setSite = (on: boolean) => {
    void controls
      .setSiteCleanUp(on)
      .then(() => onChange({ ...facts, siteCleanUp: on, ...(on ? {} : { hiddenCount: 0, salvagedCount: 0 }) }));
  };
  return (
    <>
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
        <input
          type="checkbox"
          checked={facts.siteCleanUp}
          onChange={(event) => setSite((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('menuCleanUpSite')}
      </label>
      {leftOut && (
        <>
          <p>{t('pagePanelLeftOut', leftOut.count)}</p>
          <label>
            <input
              type="checkbox"
              checked={leftOut.shown}
              onChange={(event) => leftOut.onChange((event.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {t('pagePanelShowLeftOut')}
          </label>
        </>
      )}
    </>
  );
}
