import { ALargeSmall, Captions, Ellipsis, ScanText, Volume2, X, type IconNode } from 'lucide';
import type { Ref } from 'preact';
import { Icon } from './Icon';
import { useTranslate } from './i18n';
import { MenuButton, type MenuItem } from './MenuButton';

/** A button that shows and hides a floating panel. */
export type PanelButton = { id: string; expanded: boolean; onToggle(button: HTMLElement): void };

type Props = {
  onClose(): void;
  onJumpToTranscripts?: () => void;
  appearancePanel: PanelButton;
  lineFocus: { pressed: boolean; onToggle(): void };
  readAloud: { pressed: boolean; onToggle(): void };
  /** The less frequent tools, in the More menu. */
  more: readonly MenuItem[];
  /** Right-to-left articles mirror the bar, and its arrow keys with it. */
  dir: 'ltr' | 'rtl';
  /** Out of the way while reading (use-auto-hide-bar.ts). */
  hidden: boolean;
  barRef: Ref<HTMLDivElement>;
};

/**
 * The reader's toolbar: one row of icon buttons, named on screen where there is room and by
 * tooltip where there is not (the name is always there for screen readers). One tab stop; arrow
 * keys move between its buttons (the ARIA toolbar pattern), so keyboard users reach the article
 * quickly.
 */
export function Toolbar({ onClose, onJumpToTranscripts, appearancePanel, lineFocus, readAloud, more, dir, hidden, barRef }: Props) {
  const t = useTranslate();
  const onKeyDown = (event: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const bar = event.currentTarget as HTMLElement;
    const buttons = Array.from(bar.querySelectorAll<HTMLButtonElement>(':scope > button, :scope > .menu-button > button'));
    const active = (bar.getRootNode() as ShadowRoot | Document).activeElement as HTMLButtonElement;
    const forward = (event.key === 'ArrowRight') === (dir === 'ltr');
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : (buttons.indexOf(active) + (forward ? 1 : -1) + buttons.length) % buttons.length;
    buttons.forEach((button, i) => (button.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
    event.preventDefault();
  };
  const tool = (icon: IconNode, name: string) => (
    <>
      <Icon node={icon} />
      <span class="label">{name}</span>
    </>
  );
  const moreName = t('readerMore');
  return (
    <div
      class="toolbar"
      role="toolbar"
      aria-label={t('readerToolbar')}
      dir={dir}
      onKeyDown={onKeyDown}
      data-hidden={hidden || undefined}
      ref={barRef}
    >
      <button type="button" class="close" onClick={onClose} title={t('readerCloseHint')} tabIndex={0}>
        {tool(X, t('readerClose'))}
      </button>
      <span class="toolbar-gap" />
      <button
        type="button"
        onClick={(event) => appearancePanel.onToggle(event.currentTarget)}
        aria-expanded={appearancePanel.expanded}
        aria-controls={appearancePanel.id}
        title={t('readerAppearanceButton')}
        tabIndex={-1}
      >
        {tool(ALargeSmall, t('readerAppearanceButton'))}
      </button>
      <button type="button" onClick={readAloud.onToggle} aria-pressed={readAloud.pressed} title={t('readAloud')} tabIndex={-1}>
        {tool(Volume2, t('readAloud'))}
      </button>
      <button type="button" onClick={lineFocus.onToggle} aria-pressed={lineFocus.pressed} title={t('readerLineFocus')} tabIndex={-1}>
        {tool(ScanText, t('readerLineFocus'))}
      </button>
      {onJumpToTranscripts && (
        <button type="button" onClick={onJumpToTranscripts} title={t('readerJumpTranscripts')} tabIndex={-1}>
          {tool(Captions, t('readerJumpTranscripts'))}
        </button>
      )}
      <MenuButton label={moreName} title={moreName} content={tool(Ellipsis, moreName)} tabIndex={-1} items={more} />
    </div>
  );
}
