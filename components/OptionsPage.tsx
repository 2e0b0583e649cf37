import { useEffect, useRef, useState } from 'preact/hooks';
import type { Appearance } from '../core/settings/appearance';
import type { Settings } from '../core/settings/settings';
import type { SiteSettings } from '../core/settings/site-settings';
import { AppearancePanel } from './AppearancePanel';
import { ReadAloudSettings } from './ReadAloudSettings';
import { useTranslate } from './i18n';
import { SettingCheckbox } from './SettingCheckbox';
import { SettingsBackup } from './SettingsBackup';
import { SiteSettingsList } from './SiteSettingsList';
import { useAppearance } from './use-appearance';

/** What the options page needs from the browser; tests pass a fake. */
export type OptionsClient = {
  hasHostAccess(): Promise<boolean>;
  requestHostAccess(): Promise<boolean>;
  /** The toggle command's shortcut as the browser shows it, or '' when unbound. */
  getShortcut(): Promise<string>;
  browserFamily: 'chrome' | 'firefox';
  loadSettings(): Promise<{ settings: Settings; errors: string[] }>;
  saveSettings(settings: Settings): Promise<void>;
  /** Every site's stored choice, by host name. */
  loadSiteSettings(): Promise<Record<string, SiteSettings>>;
  /** Stores these sites' choices, leaving other sites' as they are. */
  saveSiteSettings(sites: Record<string, SiteSettings>): Promise<void>;
  /** Forgets one site's choices: it follows the general settings again. */
  removeSiteSettings(host: string): Promise<void>;
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
  // Bumped by an import, so the text and colours controls start again from the imported values.
  const [generation, setGeneration] = useState(0);
  // The newest settings, for a save that lands after other changes.
  const latest = useRef<Settings | undefined>(undefined);
  latest.current = settings;

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
              label={t('optionsCleanup')}
              checked={settings.cleanup.enabled}
              onChange={(enabled) => void update({ ...settings, cleanup: { ...settings.cleanup, enabled } })}
            />
            <SettingCheckbox
              label={t('optionsCleanupEverywhere')}
              checked={settings.cleanup.everywhere}
              onChange={(everywhere) => void update({ ...settings, cleanup: { ...settings.cleanup, everywhere } })}
            />
            <SettingCheckbox
              label={t('optionsSalvageImages')}
              checked={settings.cleanup.salvageImages}
              onChange={(salvageImages) => void update({ ...settings, cleanup: { ...settings.cleanup, salvageImages } })}
            />
            <SettingCheckbox
              label={t('optionsTranscripts')}
              checked={settings.transcripts.enabled}
              onChange={(enabled) => void update({ ...settings, transcripts: { enabled } })}
            />
          </>
        )}
      </section>
      {settings && (
        <section aria-labelledby="appearance-heading">
          <h2 id="appearance-heading">{t('readerAppearanceButton')}</h2>
          <AppearanceSection
            key={generation}
            initial={settings.reader}
            save={async (reader) => {
              const next = { ...(latest.current ?? settings), reader };
              setSettings(next);
              await client.saveSettings(next);
              setStatus({ kind: 'saved' });
            }}
            onSaveFailed={(error) => setStatus({ kind: 'error', text: t('optionsSaveFailed', error) })}
          />
        </section>
      )}
      <p role="status">{status.kind === 'saved' ? t('optionsSaved') : status.kind === 'error' ? status.text : ''}</p>
      {settings && (
        <section aria-labelledby="sites-heading">
          <h2 id="sites-heading">{t('optionsSites')}</h2>
          <SiteSettingsList
            load={() => client.loadSiteSettings()}
            save={(sites) => client.saveSiteSettings(sites)}
            forget={(host) => client.removeSiteSettings(host)}
            onSaved={(error) => setStatus(error === undefined ? { kind: 'saved' } : { kind: 'error', text: t('optionsSaveFailed', error) })}
            generation={generation}
          />
        </section>
      )}
      {settings && (
        <section aria-labelledby="backup-heading">
          <h2 id="backup-heading">{t('optionsBackup')}</h2>
          <SettingsBackup
            settings={settings}
            loadSites={() => client.loadSiteSettings()}
            applyImport={async (imported) => {
              await client.saveSettings(imported.settings);
              await client.saveSiteSettings(imported.sites);
              setSettings(imported.settings);
              setRepaired([]);
              setGeneration((g) => g + 1);
            }}
          />
        </section>
      )}
      <footer class="privacy">
        <a href={PRIVACY_STATEMENT} target="_blank" rel="noopener">
          {t('optionsPrivacy')}
        </a>
      </footer>
    </main>
  );
}

/** PRIVACY.md as the extension ships it (a build hook copies it), beside this page. */
export const PRIVACY_STATEMENT = 'privacy.txt';

/** The reader's theme and type, stored once a slider settles, as in the reader itself. */
function AppearanceSection(props: { initial: Appearance; save(reader: Appearance): Promise<void>; onSaveFailed(error: string): void }) {
  const t = useTranslate();
  const { appearance, change } = useAppearance(props.initial, { save: props.save, loadFont: () => undefined }, props.onSaveFailed);
  return (
    <>
      <AppearancePanel appearance={appearance} onChange={change} idPrefix="options" />
      <fieldset class="read-aloud-settings">
        <legend>{t('readAloud')}</legend>
        <ReadAloudSettings appearance={appearance} onChange={change} idPrefix="options" />
      </fieldset>
    </>
  );
}
