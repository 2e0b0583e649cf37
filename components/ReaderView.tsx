import { createPortal, Fragment } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MEDIA_SLOT_ATTRIBUTE, type ReaderDocument } from '../core/extract/reader-document';
import type { MediaRef } from '../core/media/types';
import { APPEARANCE_RANGES, stepAppearance, type Appearance } from '../core/settings/appearance';
import { describeChange } from './appearance-labels';
import { AppearancePanel } from './AppearancePanel';
import { ArticleOutline } from './ArticleOutline';
import { ExportPanel } from './ExportPanel';
import { FloatingPanel } from './FloatingPanel';
import { followLinkInArticle, moveFocusTo } from './in-article-links';
import { keepScrollersInReach } from './keyboard-scrollers';
import { LineFocus } from './LineFocus';
import { focusOnOpening } from './focus-on-opening';
import { useTranslate } from './i18n';
import type { LegibleClient } from './legible-client';
import { MediaCard } from './MediaCard';
import { PagePanel, type PageControls } from './PagePanel';
import { ReadAloudBar } from './ReadAloudBar';
import { readerKeyAction } from './reader-keys';
import type { SpeechEngine } from './speech';
import { ShortcutsPanel } from './ShortcutsPanel';
import { SkipLinks } from './SkipLinks';
import { Toolbar } from './Toolbar';
import { transcriptsAnnouncement, type TranscriptState } from './transcript-state';
import { TranscriptPanel } from './TranscriptPanel';
import { typographyProperties } from './typography';
import { useAppearance, type AppearanceStore } from './use-appearance';
import { useReadAloud } from './use-read-aloud';
import { useAutoHideBar } from './use-auto-hide-bar';
import { isReadableDate, usePublishedDate } from './use-published-date';

type Props = {
  article: ReaderDocument;
  client: LegibleClient;
  transcriptsEnabled: boolean;
  /** The page behind: what Legible did there, and undo. Absent where no sentinel ran. */
  page?: PageControls;
  /** How the reader looks as it opens, and where changes are kept. */
  appearance: { initial: Appearance; store: AppearanceStore };
  /** The browser's speech synthesis, where it has one. */
  speech?: SpeechEngine;
  /** The reader was opened from the keyboard (its shortcut): the title's focus ring shows. */
  openedFromKeyboard?: boolean;
  onClose(): void;
};

const PANEL_IDS = { page: 'legible-page-panel', appearance: 'legible-appearance-panel', shortcuts: 'legible-shortcuts', export: 'legible-export' } as const;
type PanelName = keyof typeof PANEL_IDS;
/** The panel open over the article, the button it hangs from, and where focus goes back to. */
type OpenPanel = { name: PanelName; anchor: HTMLElement; returnFocusTo?: HTMLElement | null };
const TRANSCRIPTS_HEADING_ID = 'legible-transcripts';
const READ_ALOUD_SAID = {
  started: 'readAloudStarted',
  paused: 'readAloudPaused',
  stopped: 'readAloudStopped',
  finished: 'readAloudFinished',
  'no-voices': 'readAloudNoVoices',
} as const;

/**
 * The reader: a labelled modal dialog holding the toolbar, the article (each clip as a media
 * card where it stood) and the transcript panel. Focus starts on the heading; Escape closes.
 */
export function ReaderView({ article, client, transcriptsEnabled, page, appearance: appearanceSetup, speech, openedFromKeyboard, onClose }: Props) {
  const t = useTranslate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [slots, setSlots] = useState<Map<string, Element>>(new Map());
  const states = useTranscripts(article.media, client, transcriptsEnabled);
  const [announcement, setAnnouncement] = useState('');
  const [panel, setPanel] = useState<OpenPanel | null>(null);
  const [pageFacts, setPageFacts] = useState(page?.facts);
  const [showLeftOut, setShowLeftOut] = useState(page?.facts.siteShowLeftOut ?? false);
  // With the switch on, the article as Readability found it, before the second pass.
  const contentHtml = showLeftOut && article.leftOut ? article.leftOut.withLeftoversHtml() : article.contentHtml;
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const { appearance, change } = useAppearance(appearanceSetup.initial, appearanceSetup.store, (error) => setAnnouncement(t('announceSaveFailed', error)));
  const changeAppearance = (next: Appearance) => {
    const said = describeChange(appearance, next, t);
    change(next);
    if (said) setAnnouncement(said);
  };
  const readerRef = useRef<HTMLDivElement>(null);
  const readAloud = useReadAloud({
    engine: speech,
    article: () => readerRef.current?.querySelector('article'),
    lang: article.lang,
    rate: appearance.speechRate,
    withTranscripts: appearance.readTranscripts,
    announce: (state) => setAnnouncement(t(READ_ALOUD_SAID[state])),
  });
  const reading = readAloud.state === 'reading' || readAloud.state === 'paused';
  const [lineStep, setLineStep] = useState({ lines: 0, at: 0 });
  const stepTextSize = (steps: number) => changeAppearance({ ...appearance, fontSize: stepAppearance(appearance.fontSize, APPEARANCE_RANGES.fontSize, steps) });

  useLayoutEffect(() => {
    const found = contentRef.current?.querySelectorAll(`[${MEDIA_SLOT_ATTRIBUTE}]`) ?? [];
    setSlots(new Map(Array.from(found, (el) => [el.getAttribute(MEDIA_SLOT_ATTRIBUTE)!, el])));
  }, [contentHtml]);
  useEffect(() => (contentRef.current ? keepScrollersInReach(contentRef.current) : undefined), [contentHtml]);

  useEffect(() => {
    focusOnOpening(headingRef.current, openedFromKeyboard ?? false);
    const loading = transcriptsEnabled && article.media.length > 0 ? ` ${t('announceTranscriptsLoading', article.media.length)}` : '';
    setAnnouncement(t('announceOpened', article.title) + loading);
  }, [article]);

  const transcriptsSaid = article.media.length > 0 && transcriptsEnabled ? transcriptsAnnouncement(article.media, states.byId, t) : undefined;
  useEffect(() => {
    if (transcriptsSaid) setAnnouncement(transcriptsSaid);
  }, [transcriptsSaid]);
  const changeShowLeftOut = (shown: boolean) => {
    const count = article.leftOut?.count ?? 0;
    setShowLeftOut(shown);
    setAnnouncement(t(shown ? 'announceLeftOutShown' : 'announceLeftOutHidden', count));
    page?.setSiteShowLeftOut(shown).catch((error: unknown) => setAnnouncement(t('announceSaveFailed', String(error))));
  };
  const retry = (clip: MediaRef) => {
    setAnnouncement(t('announceClipLoading', clip.title ?? t('mediaUntitled')));
    states.retry(clip.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const action = readerKeyAction(event, { lineFocus: appearance.lineFocus });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'close') {
      event.stopPropagation();
      // Escape closes what is open over the article first, then the reader.
      if (panel) setPanel(null);
      else onClose();
    } else if (action.kind === 'shortcuts') toggleShortcuts();
    else if (action.kind === 'text-size') stepTextSize(action.steps);
    else setLineStep({ lines: action.lines, at: event.timeStamp });
  };
  const togglePanel = (name: PanelName, anchor: HTMLElement, returnFocusTo?: HTMLElement | null) =>
    setPanel((open) => (open?.name === name ? null : { name, anchor, returnFocusTo }));
  const closePanel = useCallback(() => setPanel(null), []);
  const panelProps = (name: PanelName) => ({ id: PANEL_IDS[name], anchor: panel?.name === name ? panel.anchor : null, returnFocusTo: panel?.returnFocusTo, onClose: closePanel });
  const barRef = useRef<HTMLDivElement>(null);
  const barHidden = useAutoHideBar(readerRef, barRef, panel !== null);
  // `?` shows the list below the More button, and closing it puts focus back where the key was pressed.
  const toggleShortcuts = () => {
    const more = barRef.current?.querySelector<HTMLElement>('.menu-button > button');
    const pressedIn = (readerRef.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement as HTMLElement | null;
    if (more) togglePanel('shortcuts', more, pressedIn);
  };
  const jumpToTranscripts = () => {
    moveFocusTo(readerRef.current?.querySelector<HTMLElement>(`#${TRANSCRIPTS_HEADING_ID}`));
  };
  const publishedDate = usePublishedDate(article.publishedTime, article.lang);
  const meta = [article.byline, article.siteName, t('readingTime', article.readingMinutes)].filter(Boolean);

  return (
    <div
      class="reader"
      ref={readerRef}
      role="dialog"
      // The controls in the language of the browser's interface, whatever the page's direction; the article in its own.
      lang={t('messagesLocale')}
      dir={t('readerUiDirection') === 'rtl' ? 'rtl' : 'ltr'}
      aria-modal="true"
      aria-labelledby="legible-title"
      onKeyDown={onKeyDown}
      data-theme={appearance.theme}
      style={typographyProperties(appearance)}
    >
      <SkipLinks articleHeadingId="legible-title" transcriptsHeadingId={article.media.length > 0 ? TRANSCRIPTS_HEADING_ID : undefined} />
      <Toolbar
        barRef={barRef}
        hidden={barHidden}
        dir={article.dir === 'rtl' ? 'rtl' : 'ltr'}
        onClose={onClose}
        onJumpToTranscripts={article.media.length > 0 ? jumpToTranscripts : undefined}
        appearancePanel={{ id: PANEL_IDS.appearance, expanded: panel?.name === 'appearance', onToggle: (button) => togglePanel('appearance', button) }}
        lineFocus={{ pressed: appearance.lineFocus, onToggle: () => changeAppearance({ ...appearance, lineFocus: !appearance.lineFocus }) }}
        readAloud={{ pressed: reading, onToggle: () => (reading ? readAloud.stop() : readAloud.start()) }}
        more={[
          ...(page ? [{ key: 'page', label: t('readerPageButton'), onSelect: (more: HTMLElement) => togglePanel('page', more) }] : []),
          { key: 'export', label: t('exportButton'), onSelect: (more: HTMLElement) => togglePanel('export', more) },
          { key: 'shortcuts', label: t('shortcutsButton'), onSelect: (more: HTMLElement) => togglePanel('shortcuts', more) },
        ]}
      />
      <FloatingPanel {...panelProps('appearance')} title={t('readerAppearanceButton')}>
        {/* One press a step, said aloud, before the slider's finer control. */}
        <p class="size-steps">
          <button type="button" onClick={() => stepTextSize(-1)}>
            {t('readerSmaller')}
          </button>
          <button type="button" onClick={() => stepTextSize(1)}>
            {t('readerLarger')}
          </button>
        </p>
        <AppearancePanel appearance={appearance} onChange={changeAppearance} idPrefix="legible" />
      </FloatingPanel>
      {page && pageFacts && (
        <FloatingPanel {...panelProps('page')} title={t('pagePanelTitle')}>
          <PagePanel
            controls={{ ...page, facts: pageFacts }}
            onChange={setPageFacts}
            leftOut={article.leftOut && { count: article.leftOut.count, shown: showLeftOut, onChange: changeShowLeftOut }}
          />
        </FloatingPanel>
      )}
      <FloatingPanel {...panelProps('export')} title={t('exportButton')}>
        <ExportPanel reader={() => readerRef.current} meta={{ title: article.title, lang: article.lang, dir: article.dir, url: article.url }} />
      </FloatingPanel>
      <FloatingPanel {...panelProps('shortcuts')} title={t('shortcutsButton')}>
        <ShortcutsPanel />
      </FloatingPanel>
      <ReadAloudBar
        state={readAloud.state}
        appearance={appearance}
        onChange={changeAppearance}
        onPause={readAloud.pause}
        onResume={readAloud.resume}
        onPrevious={readAloud.previous}
        onNext={readAloud.next}
      />
      <div class="page">
        <article lang={article.lang} dir={article.dir}>
          <header>
            <h1 id="legible-title" tabIndex={-1} ref={headingRef}>
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
          <ArticleOutline content={content} html={contentHtml} />
          <div
            class="content"
            ref={(element) => {
              contentRef.current = element;
              if (element !== content) setContent(element);
            }}
            onClick={(event) => content && followLinkInArticle(event, content)}
            dangerouslySetInnerHTML={{ __html: contentHtml }}
          />
          <p class="original">
            <a href={article.url}>{t('readerOriginal')}</a>
          </p>
        </article>
        <TranscriptPanel media={article.media} states={states.byId} onRetry={(id) => article.media.filter((m) => m.id === id).forEach(retry)} headingId={TRANSCRIPTS_HEADING_ID} />
      </div>
      {appearance.lineFocus && (
        <LineFocus scroller={readerRef.current} lines={appearance.lineFocusLines} lineHeightPx={appearance.fontSize * appearance.lineHeight} step={lineStep} />
      )}
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {article.media.map((media) => {
        const slot = slots.get(media.id);
        return slot
          ? createPortal(<MediaCard media={media} state={states.byId[media.id] ?? { status: 'loading' }} onRetry={() => retry(media)} />, slot)
          : null;
      })}
    </div>
  );
}

/** Asks the background for each clip's transcript once, and again on retry. */
function useTranscripts(media: MediaRef[], client: LegibleClient, enabled: boolean) {
  const initial = (): Record<string, TranscriptState> =>
    Object.fromEntries(media.map((m) => [m.id, enabled ? { status: 'loading' } : { status: 'off' }]));
  const [byId, setById] = useState(initial);

  const load = useCallback(
    (clip: MediaRef) => {
      setById((prev) => ({ ...prev, [clip.id]: { status: 'loading' } }));
      client
        .getTranscript(clip)
        .catch((error: unknown) => ({ ok: false as const, reason: 'network' as const, detail: String(error) }))
        .then((result) => setById((prev) => ({ ...prev, [clip.id]: { status: 'done', result } })));
    },
    [client],
  );

  useEffect(() => {
    setById(initial());
    if (enabled) media.forEach(load);
  }, [media, enabled, load]);

  const retry = (id: string) => {
    const clip = media.find((m) => m.id === id);
    if (clip) load(clip);
  };
  return { byId, retry };
}
