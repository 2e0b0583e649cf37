import { useTranslate } from './i18n';

/** A button that shows and hides a panel. */
export type Disclosure = { id: string; expanded: boolean; onToggle(): void };

type Props = {
  onClose(): void;
  onJumpToTranscripts?: () => void;
  /** The page panel's disclosure button, where the reader has one. */
  pagePanel?: Disclosure;
  appearancePanel: Disclosure;
  onTextSize(steps: number): void;
  lineFocus: { pressed: boolean; onToggle(): void };
  shortcutsPanel: Disclosure;
  readAloud: { pressed: boolean; onToggle(): void };
  exportPanel: Disclosure;
};

/**
 * The reader's toolbar: one tab stop, arrow keys move between its buttons (the ARIA toolbar
 * pattern), so keyboard users reach the article quickly.
 */
export function Toolbar({ onClose, onJumpToTranscripts, pagePanel, appearancePanel, onTextSize, lineFocus, shortcutsPanel, readAloud, exportPanel }: Props) {
  const t = useTranslate();
  const onKeyDown = (event: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const bar = event.currentTarget as HTMLElement;
    const buttons = Array.from(bar.querySelectorAll<HTMLButtonElement>('button'));
    const current = buttons.indexOf(bar.ownerDocument.activeElement as HTMLButtonElement);
    const rootActive = (bar.getRootNode() as ShadowRoot).activeElement;
    const index = current >= 0 ? current : buttons.indexOf(rootActive as HTMLButtonElement);
    const next =
      event.key === 'Home' ? 0
      : event.key === 'End' ? buttons.length - 1
      : (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    buttons.forEach((button, i) => (button.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
    event.preventDefault();
  };
  return (
    <div class="toolbar" role="toolbar" aria-label={t('readerToolbar')} onKeyDown={onKeyDown}>
      <button type="button" class="close" onClick={onClose} title={t('readerCloseHint')} tabIndex={0}>
        {t('readerClose')}
      </button>
      {pagePanel && (
        <button type="button" onClick={pagePanel.onToggle} aria-expanded={pagePanel.expanded} aria-controls={pagePanel.id} tabIndex={-1}>
          {t('readerPageButton')}
        </button>
      )}
      <button type="button" onClick={() => onTextSize(-1)} tabIndex={-1}>
        {t('readerSmaller')}
      </button>
      <button type="button" onClick={() => onTextSize(1)} tabIndex={-1}>
        {t('readerLarger')}
      </button>
      <button type="button" onClick={readAloud.onToggle} aria-pressed={readAloud.pressed} tabIndex={-1}>
        {t('readAloud')}
      </button>
      <button type="button" onClick={lineFocus.onToggle} aria-pressed={lineFocus.pressed} tabIndex={-1}>
        {t('readerLineFocus')}
      </button>
      <button type="button" onClick={appearancePanel.onToggle} aria-expanded={appearancePanel.expanded} aria-controls={appearancePanel.id} tabIndex={-1}>
        {t('readerAppearanceButton')}
      </button>
      {onJumpToTranscripts && (
        <button type="button" onClick={onJumpToTranscripts} tabIndex={-1}>
          {t('readerJumpTranscripts')}
        </button>
      )}
      <button type="button" onClick={exportPanel.onToggle} aria-expanded={exportPanel.expanded} aria-controls={exportPanel.id} tabIndex={-1}>
        {t('exportButton')}
      </button>
      <button type="button" onClick={shortcutsPanel.onToggle} aria-expanded={shortcutsPanel.expanded} aria-controls={shortcutsPanel.id} aria-keyshortcuts="?" tabIndex={-1}>
        {t('shortcutsButton')}
      </button>
    </div>
  );
}
