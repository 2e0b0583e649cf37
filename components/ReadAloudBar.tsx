import type { Appearance } from '../core/settings/appearance';
import { useTranslate } from './i18n';
import { ReadAloudSettings } from './ReadAloudSettings';
import type { ReadAloudState } from './use-read-aloud';

type Props = {
  state: ReadAloudState;
  appearance: Appearance;
  onChange(next: Appearance): void;
  onPause(): void;
  onResume(): void;
  onPrevious(): void;
  onNext(): void;
};

/** While reading aloud: pause and resume, step between paragraphs, the speed, and whether transcripts are read. */
export function ReadAloudBar({ state, appearance, onChange, onPause, onResume, onPrevious, onNext }: Props) {
  const t = useTranslate();
  if (state === 'no-voices') return <p class="read-aloud read-aloud-note">{t('readAloudNoVoices')}</p>;
  if (state !== 'reading' && state !== 'paused') return null;
  return (
    <div class="read-aloud" role="group" aria-label={t('readAloudControls')}>
      <button type="button" onClick={onPrevious}>
        {t('readAloudPrevious')}
      </button>
      {state === 'reading' ? (
        <button type="button" onClick={onPause}>
          {t('readAloudPause')}
        </button>
      ) : (
        <button type="button" onClick={onResume}>
          {t('readAloudResume')}
        </button>
      )}
      <button type="button" onClick={onNext}>
        {t('readAloudNext')}
      </button>
      <ReadAloudSettings appearance={appearance} onChange={onChange} idPrefix="legible" />
    </div>
  );
}
