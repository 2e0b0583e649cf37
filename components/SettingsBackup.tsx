import { useState } from 'preact/hooks';
import type { Settings } from '../core/settings/settings';
import { readSettingsFile, writeSettingsFile, type ImportedSettings, type SettingsFileProblem } from '../core/settings/settings-file';
import type { SiteSettings } from '../core/settings/site-settings';
import { downloadFile } from './download-file';
import type { MessageKey } from './i18n';
import { useTranslate } from './i18n';

type Props = {
  settings: Settings;
  loadSites(): Promise<Record<string, SiteSettings>>;
  /** Stores what a file held; the options page shows it once this resolves. */
  applyImport(imported: ImportedSettings): Promise<void>;
};

const REFUSALS: Record<SettingsFileProblem, MessageKey> = {
  'not-json': 'optionsImportNotJson',
  'not-legible': 'optionsImportNotLegible',
  newer: 'optionsImportNewer',
  'too-large': 'optionsImportTooLarge',
};

const FILE_NAME = 'legible-settings.json';

/** Export every setting to a JSON file, and import one: all of it, or, if it is not sound, none of it. */
export function SettingsBackup({ settings, loadSites, applyImport }: Props) {
  const t = useTranslate();
  const [said, setSaid] = useState<{ text: string; problem: boolean }>({ text: '', problem: false });

  const exportFile = async () => {
    downloadFile(FILE_NAME, writeSettingsFile(settings, await loadSites()), 'application/json');
    setSaid({ text: t('optionsExported', FILE_NAME), problem: false });
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // The same file can be chosen again.
    if (!file) return;
    try {
      const read = readSettingsFile(await file.text());
      if (!read.ok) return setSaid({ text: t(REFUSALS[read.reason]), problem: true });
      await applyImport(read);
      setSaid(
        read.repaired.length
          ? { text: t('optionsImportedRepaired', read.repaired.join('; ')), problem: true }
          : { text: t('optionsImported'), problem: false },
      );
    } catch (error) {
      setSaid({ text: t('optionsImportFailed', error instanceof Error ? error.message : String(error)), problem: true });
    }
  };

  return (
    <>
      <p>
        <button type="button" onClick={() => void exportFile()}>
          {t('optionsExport')}
        </button>
      </p>
      <p>
        <label>
          {t('optionsImport')}{' '}
          <input type="file" accept=".json,application/json" onChange={(event) => void importFile(event.currentTarget)} />
        </label>
      </p>
      <p role="status">{said.problem ? '' : said.text}</p>
      <p role="alert">{said.problem ? said.text : ''}</p>
    </>
  );
}
