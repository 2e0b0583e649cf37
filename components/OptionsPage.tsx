import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/settings';
import { useTranslate } from './i18n';
import { SettingCheckbox } from './SettingCheckbox';

/** What the options page needs from the browser; tests pass a fake. */
export type OptionsClient = {
  hasHostAccess(): Promise<boolean>;
  requestHostAccess(): Promise<boolean>;
  /** The toggle command's shortcut as the browser shows it, or '' when unbound. */
  getShortcut(): Promise<string>;
  browserFamily: 'chrome' | 'firefox';
  loadSettings(): Promise<{ settings: Settings; errors: string[] }>;
  saveSettings(settings: Settings): Promise<void>;
};

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; text: string };

/** Every setting, the shortcut, and whether Legible may read pages. */
export function OptionsPage({ client }: { client: OptionsClient }) {
  const t = useTranslate();
  const [access, setAccess] = useState<boolean | undefined>();
  const [shortcut, setShortcut] = useState<string | undefined>();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [repaired, setRepaired] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    void client.hasHostAccess().then(setAccess);
    void client.getShortcut().then(setShortcut);
    void client.loadSettings().then(({ settings, errors }) => {
      setSettings(settings);
      setRepaired(errors);
    });
  }, [client]);

  const update = async (next: Settings) => {
    const previous = settings;
    setSettings(next);
    try {
      await client.saveSettings(next);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setSettings(previous); // What is shown stays what is stored.
      setStatus({ kind: 'error', text: t('optionsSaveFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="access-heading">
        <h2 id="access-heading">{t('optionsAccess')}</h2>
        {access === undefined ? null : access ? (
          <p>{t('optionsAccessGranted')}</p>
        ) : (
          <>
            <p>{t('optionsAccessMissing')}</p>
            <button type="button" onClick={() => void client.requestHostAccess().then(setAccess)}>
              {t('optionsAccessGrant')}
            </button>
          </>
        )}
      </section>
      <section aria-labelledby="shortcut-heading">
        <h2 id="shortcut-heading">{t('optionsShortcut')}</h2>
        {shortcut === undefined ? null : (
          <p>
            {shortcut ? t('optionsShortcutBound', shortcut) : t('optionsShortcutUnbound')}{' '}
            {client.browserFamily === 'firefox' ? t('optionsShortcutChangeFirefox') : t('optionsShortcutChangeChrome')}
          </p>
        )}
      </section>
      <section aria-labelledby="behaviour-heading">
        <h2 id="behaviour-heading">{t('optionsBehaviour')}</h2>
        {repaired.length > 0 && <p role="alert">{t('optionsSettingsRepaired', repaired.join('; '))}</p>}
        {settings && (
          <>
            <SettingCheckbox
              label={t('optionsDeclutter')}
              checked={settings.declutter.enabled}
              onChange={(enabled) => void update({ ...settings, declutter: { ...settings.declutter, enabled } })}
            />
            <SettingCheckbox
              label={t('optionsDeclutterEverywhere')}
              checked={settings.declutter.everywhere}
              onChange={(everywhere) => void update({ ...settings, declutter: { ...settings.declutter, everywhere } })}
            />
            <SettingCheckbox
              label={t('optionsSalvageImages')}
              checked={settings.declutter.salvageImages}
              onChange={(salvageImages) => void update({ ...settings, declutter: { ...settings.declutter, salvageImages } })}
            />
            <SettingCheckbox
              label={t('optionsTranscripts')}
              checked={settings.transcripts.enabled}
              onChange={(enabled) => void update({ ...settings, transcripts: { enabled } })}
            />
          </>
        )}
        <p role="status">{status.kind === 'saved' ? t('optionsSaved') : status.kind === 'error' ? status.text : ''}</p>
      </section>
    </main>
  );
}
