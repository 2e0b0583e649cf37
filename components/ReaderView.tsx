import { createPortal } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderDocument } from '../core/extract/reader-document';
import type { MediaRef } from '../core/media/types';
import type { Appearance } from '../core/settings/appearance';
import { ArticleHeader } from './ArticleHeader';
import { ArticleOutline } from './ArticleOutline';
import { followLinkInArticle, moveFocusTo } from './in-article-links';
import { keepScrollersInReach } from './keyboard-scrollers';
import { LineFocus } from './LineFocus';
import { focusOnOpening } from './focus-on-opening';
import { useTranslate } from './i18n';
import type { LegibleClient } from './legible-client';
import { MediaCard } from './MediaCard';
import type { PageControls } from './PagePanel';
import { ReadAloudBar } from './ReadAloudBar';
import { readerKeyAction } from './reader-keys';
import { ReaderPanels } from './ReaderPanels';
import type { SpeechEngine } from './speech';
import { SkipLinks } from './SkipLinks';
import { Toolbar } from './Toolbar';
import { TranscriptPanel } from './TranscriptPanel';
import { typographyProperties } from './typography';
import { useAnnouncements } from './use-announcements';
import { useAnnouncedAppearance } from './use-announced-appearance';
import type { AppearanceStore } from './use-appearance';
import { useAutoHideBar } from './use-auto-hide-bar';
import { useLeftOut } from './use-left-out';
import { useMediaSlots } from './use-media-slots';
import { PANEL_IDS, usePanelDisclosure } from './use-panel-disclosure';
import { useReadAloud } from './use-read-aloud';
import { useTranscripts } from './use-transcripts';

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

const TITLE_ID = 'legible-title';
const TRANSCRIPTS_HEADING_ID = 'legible-transcripts';

/**
 * The reader: a labelled modal dialog holding the toolbar, the article (each clip as a media
 * card where it stood) and the transcript panel. Focus starts on the heading; Escape closes.
 */
export function ReaderView({
  article,
  client,
  transcriptsEnabled,
  page,
  appearance: appearanceSetup,
  speech,
  openedFromKeyboard,
  onClose,
}: Props) {
  const t = useTranslate();
  const readerRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const [lineStep, setLineStep] = useState({ lines: 0, at: 0 });

  const transcripts = useTranscripts(article.media, client, transcriptsEnabled);
  const { announcement, announce, announceReadAloud, announceClipLoading, announceSaveFailed } = useAnnouncements({
    article,
    transcriptsEnabled,
    transcripts: transcripts.byId,
  });
  const panels = usePanelDisclosure();
  const { contentHtml, leftOut } = useLeftOut({ article, page, announce, announceSaveFailed });
  const { appearance, changeAppearance, stepTextSize } = useAnnouncedAppearance({ ...appearanceSetup, announce, announceSaveFailed });
  const readAloud = useReadAloud({
    engine: speech,
    article: () => readerRef.current?.querySelector('article'),
    lang: article.lang,
    rate: appearance.speechRate,
    withTranscripts: appearance.readTranscripts,
    announce: announceReadAloud,
  });
  const reading = readAloud.state === 'reading' || readAloud.state === 'paused';
  const barHidden = useAutoHideBar(readerRef, barRef, panels.anyOpen);
  const slots = useMediaSlots(contentRef, contentHtml);
  useEffect(() => (contentRef.current ? keepScrollersInReach(contentRef.current) : undefined), [contentHtml]);
  useEffect(() => focusOnOpening(headingRef.current, openedFromKeyboard ?? false), [article]);

  const retry = (clip: MediaRef) => {
    announceClipLoading(clip);
    transcripts.retry(clip.id);
  };
  // `?` shows the list below the More button, and closing it puts focus back where the key was pressed.
  const toggleShortcuts = () => {
    const more = barRef.current?.querySelector<HTMLElement>('.menu-button > button');
    const pressedIn = (readerRef.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement as HTMLElement | null;
    if (more) panels.toggle('shortcuts', more, pressedIn);
  };
  const jumpToTranscripts = () => moveFocusTo(readerRef.current?.querySelector<HTMLElement>(`#${TRANSCRIPTS_HEADING_ID}`));
  const onKeyDown = (event: KeyboardEvent) => {
    const action = readerKeyAction(event, { lineFocus: appearance.lineFocus });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'close') {
      event.stopPropagation();
      // Escape closes what is open over the article first, then the reader.
      if (panels.anyOpen) panels.close();
      else onClose();
    } else if (action.kind === 'shortcuts') toggleShortcuts();
    else if (action.kind === 'text-size') stepTextSize(action.steps);
    else setLineStep({ lines: action.lines, at: event.timeStamp });
  };

  return (
    <div
      class="reader"
      ref={readerRef}
      role="dialog"
      // The controls in the language of the browser's interface, whatever the page's direction; the article in its own.
      lang={t('messagesLocale')}
      dir={t('readerUiDirection') === 'rtl' ? 'rtl' : 'ltr'}
      aria-modal="true"
      aria-labelledby={TITLE_ID}
      onKeyDown={onKeyDown}
      data-theme={appearance.theme}
      style={typographyProperties(appearance)}
    >
      <SkipLinks articleHeadingId={TITLE_ID} transcriptsHeadingId={article.media.length > 0 ? TRANSCRIPTS_HEADING_ID : undefined} />
      <Toolbar
        barRef={barRef}
        hidden={barHidden}
        dir={article.dir === 'rtl' ? 'rtl' : 'ltr'}
        onClose={onClose}
        onJumpToTranscripts={article.media.length > 0 ? jumpToTranscripts : undefined}
        appearancePanel={{
          id: PANEL_IDS.appearance,
          expanded: panels.isOpen('appearance'),
          onToggle: (button) => panels.toggle('appearance', button),
        }}
        lineFocus={{ pressed: appearance.lineFocus, onToggle: () => changeAppearance({ ...appearance, lineFocus: !appearance.lineFocus }) }}
        readAloud={{ pressed: reading, onToggle: () => (reading ? readAloud.stop() : readAloud.start()) }}
        more={[
          ...(page ? [{ key: 'page', label: t('readerPageButton'), onSelect: (more: HTMLElement) => panels.toggle('page', more) }] : []),
          { key: 'export', label: t('exportButton'), onSelect: (more: HTMLElement) => panels.toggle('export', more) },
          { key: 'shortcuts', label: t('shortcutsButton'), onSelect: (more: HTMLElement) => panels.toggle('shortcuts', more) },
        ]}
      />
      <ReaderPanels
        panels={panels}
        article={article}
        page={page}
        leftOut={leftOut}
        reader={() => readerRef.current}
        appearance={appearance}
        onAppearanceChange={changeAppearance}
        onStepTextSize={stepTextSize}
      />
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
          <ArticleHeader article={article} titleId={TITLE_ID} titleRef={headingRef} />
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
        <TranscriptPanel
          media={article.media}
          states={transcripts.byId}
          onRetry={(id) => article.media.filter((m) => m.id === id).forEach(retry)}
          headingId={TRANSCRIPTS_HEADING_ID}
        />
      </div>
      {appearance.lineFocus && (
        <LineFocus
          scroller={readerRef.current}
          lines={appearance.lineFocusLines}
          lineHeightPx={appearance.fontSize * appearance.lineHeight}
          step={lineStep}
        />
      )}
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {article.media.map((media) => {
        const slot = slots.get(media.id);
        return slot
          ? createPortal(<MediaCard media={media} state={transcripts.stateOf(media.id)} onRetry={() => retry(media)} />, slot)
          : null;
      })}
    </div>
  );
}
