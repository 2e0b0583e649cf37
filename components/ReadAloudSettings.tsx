import { SPEECH_RATES, type Appearance, type SpeechRate } from '../core/settings/appearance';
import { useTranslate } from './i18n';

type Props = { appearance: Appearance; onChange(next: Appearance): void; idPrefix: string };

/** Read-aloud's speed and whether it reads the transcripts: in the reader's bar and on the options page. */
export function ReadAloudSettings({ appearance, onChange, idPrefix }: Props) {
  const t = useTranslate();
  return (
    <>
      <label for={`${idPrefix}-speech-rate`}>{t('readAloudRate')}</label>{' '}
      <select
        id={`${idPrefix}-speech-rate`}
        value={String(appearance.speechRate)}
        onChange={(event) =>
          onChange({
            ...appearance,
            speechRate: (SPEECH_RATES.find((rate) => String(rate) === event.currentTarget.value) ?? 1) as SpeechRate,
          })
        }
      >
        {SPEECH_RATES.map((rate) => (
          <option key={rate} value={String(rate)}>
            {`${rate}×`}
          </option>
        ))}
      </select>{' '}
      <label>
        <input
          type="checkbox"
          checked={appearance.readTranscripts}
          onChange={(event) => onChange({ ...appearance, readTranscripts: event.currentTarget.checked })}
        />{' '}
        {t('readAloudTranscripts')}
      </label>
    </>
  );
}
