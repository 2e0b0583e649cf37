import './effects-without-timers';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import readerCss from '../../assets/reader.css?inline';
import { I18nContext } from '../../components/i18n';
import { ReaderNotice } from '../../components/ReaderNotice';
import { ReaderView } from '../../components/ReaderView';
import { browserSpeech } from '../../components/speech';
import { themeStylesheet } from '../../components/themes';
import type { AppearanceStore } from '../../components/use-appearance';
import { extractArticle, type ExtractResult } from '../../core/extract/extract-article';
import { fail } from '../../core/result';
import { translate } from '../../utils/i18n';
import { backgroundClient } from '../../utils/legible-client';
import type { OpenOptions, ReaderHook } from '../../utils/reader-hook';
import { loadSettings, saveAppearance } from '../../utils/settings';
import { loadSiteSettings } from '../../utils/site-settings';
import { loadBundledFont } from './bundled-font';
import { createExtractionCache } from './extraction-cache';
import { guardReaderHost } from './host-guard';
import { pageControls } from './page-controls';
import { printReaderNotPage } from './print-reader';
import { lockPage } from './page-lock';

/** How one opening spent its time (ms), left on the page's timeline as `legible:open`'s detail. */
export type OpeningParts = { fresh: boolean; extractMs: number; settingsWaitMs: number; renderMs: number };

export type ReaderSession = ReaderHook & { open(options?: OpenOptions): Promise<void>; close(): void };

/**
 * The page's article, or why there is none: a document no extractor expects (an XML or SVG file,
 * a frameset, markup that trips a parser) gets the same plain notice as a page with no article.
 */
function extractOrNot(doc: Document): ExtractResult {
  try {
    return extractArticle(doc);
  } catch (error) {
    console.warn('Legible: could not read this page', error);
    return fail('not-article', 'Legible could not read this page.');
  }
}

const appearanceStore: AppearanceStore = { save: saveAppearance, loadFont: loadBundledFont };
const readerStylesheet = `${readerCss}\n${themeStylesheet()}`;

/**
 * One reader per tab: `open` extracts the article and mounts the UI in `<legible-reader>`;
 * `close` removes it and gives the page back as it was.
 */
export function createReaderSession(ctx: ContentScriptContext): ReaderSession {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let unlock: (() => void) | undefined;
  let opening = false;
  const extractions = createExtractionCache<ExtractResult>();

  const close = () => {
    ui?.remove();
    ui = undefined;
    unlock?.();
    unlock = undefined;
  };

  const open = async (options: OpenOptions = {}) => {
    if (ui || opening) return;
    opening = true;
    const started = performance.now();
    try {
      // Storage answers while the article is extracted.
      const loading = Promise.all([loadSettings(), loadSiteSettings(location.hostname)]);
      const { value: extracted, fresh } = extractions.read(document, () => extractOrNot(document));
      const extractedAt = performance.now();
      if (extracted.ok && fresh) performance.measure('legible:extract', { start: started, end: extractedAt, detail: extracted.timings });
      const [{ settings }, site] = await loading;
      const settingsAt = performance.now();
      const unlockPage = lockPage(document);
      const unprint = printReaderNotPage(document, () => ui?.shadow);
      let unguard: (() => void) | undefined;
      unlock = () => {
        unguard?.();
        unprint();
        unlockPage();
      };
      ui = await createShadowRootUi(ctx, {
        name: 'legible-reader',
        position: 'inline',
        anchor: 'html',
        append: 'last',
        css: readerStylesheet,
        onMount(container) {
          const view = extracted.ok ? (
            <ReaderView
              article={extracted.article}
              client={backgroundClient}
              transcriptsEnabled={settings.transcripts.enabled}
              page={pageControls(site)}
              appearance={{ initial: settings.reader, store: appearanceStore }}
              speech={browserSpeech()}
              openedFromKeyboard={options.fromKeyboard === true}
              onClose={close}
            />
          ) : (
            <ReaderNotice message={translate('readerNoArticle')} theme={settings.reader.theme} onClose={close} />
          );
          render(<I18nContext.Provider value={translate}>{view}</I18nContext.Provider>, container);
          return container;
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      });
      ui.mount();
      unguard = guardReaderHost(ui.shadowHost, ui.shadow, close);
      // The opening's parts, for `npm run bench`: read afresh or kept, the wait for storage, the first render.
      const detail: OpeningParts = {
        fresh,
        extractMs: extractedAt - started,
        settingsWaitMs: settingsAt - extractedAt,
        renderMs: performance.now() - settingsAt,
      };
      performance.measure('legible:open', { start: started, end: performance.now(), detail });
    } finally {
      opening = false;
    }
  };

  ctx.onInvalidated(() => {
    close();
    extractions.forget();
  });
  return { open, close, toggle: (options) => (ui ? close() : void open(options)) };
}
