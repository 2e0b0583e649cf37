import { useEffect, useRef } from 'preact/hooks';
import type { ThemeChoice } from '../core/settings/appearance';
import { useTranslate } from './i18n';

/** The reader's frame with a message instead of an article, e.g. when none was found. */
export function ReaderNotice({ message, theme, onClose }: { message: string; theme: ThemeChoice; onClose(): void }) {
  const t = useTranslate();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div
      class="reader"
      data-theme={theme}
      role="alertdialog"
      aria-modal="true"
      aria-label={t('readerDialogLabel')}
      aria-describedby="legible-notice"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <p class="notice" id="legible-notice">
        {message}
      </p>
      <p class="notice">
        <button type="button" ref={closeRef} onClick={onClose}>
          {t('readerClose')}
        </button>
      </p>
    </div>
  );
}
