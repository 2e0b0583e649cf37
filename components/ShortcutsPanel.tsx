import type { MessageKey } from './i18n';
import { useTranslate } from './i18n';

/** Every key the reader answers to, in the order people need them. */
const SHORTCUTS: { keys: string | MessageKey; does: MessageKey }[] = [
  { keys: 'Esc', does: 'shortcutClose' },
  { keys: '+  −', does: 'shortcutTextSize' },
  { keys: 'keyArrowsUpDown', does: 'shortcutLineFocus' },
  { keys: 'keyArrowsLeftRight', does: 'shortcutToolbar' },
  { keys: '?', does: 'shortcutHelp' },
  { keys: 'Alt+Shift+L', does: 'shortcutOpen' },
];

/** The list `?` shows: each key and what it does. */
export function ShortcutsPanel() {
  const t = useTranslate();
  return (
    <dl class="shortcuts">
      {SHORTCUTS.map(({ keys, does }) => (
        <div key={does}>
          <dt>{keys.startsWith('key') ? t(keys as MessageKey) : <kbd>{keys}</kbd>}</dt>
          <dd>{t(does)}</dd>
        </div>
      ))}
    </dl>
  );
}
