import { useEffect, useState } from 'preact/hooks';
import type { SiteSettings } from '../core/settings/site-settings';
import { useTranslate } from './i18n';

type Props = {
  load(): Promise<Record<string, SiteSettings>>;
  save(sites: Record<string, SiteSettings>): Promise<void>;
  forget(host: string): Promise<void>;
  /** Says whether a change was stored, or why not. */
  onSaved(error?: string): void;
  /** Bumped when an import changed the stored sites. */
  generation: number;
};

/** Each site's own choices, as the toolbar button's menu set them: changed here, or forgotten. */
export function SiteSettingsList({ load, save, forget, onSaved, generation }: Props) {
  const t = useTranslate();
  const [sites, setSites] = useState<Record<string, SiteSettings> | undefined>();
  useEffect(() => void load().then(setSites), [generation]);
  if (!sites) return null;
  const hosts = Object.keys(sites).sort();
  if (hosts.length === 0) return <p>{t('optionsSitesEmpty')}</p>;

  const change = async (host: string, next: SiteSettings | undefined) => {
    const previous = sites;
    const updated = { ...sites };
    if (next) updated[host] = next;
    else delete updated[host];
    setSites(updated);
    try {
      await (next ? save({ [host]: next }) : forget(host));
      onSaved();
    } catch (error) {
      setSites(previous); // What is shown stays what is stored.
      onSaved(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    // Focusable, so that keys can scroll it where it is wider than the screen.
    <div class="sites-scroll" tabIndex={0} role="region" aria-label={t('optionsSitesTable')}>
      <table class="sites">
        <thead>
          <tr>
            <th scope="col">{t('optionsSiteHost')}</th>
            <th scope="col">{t('optionsSiteCleanUp')}</th>
            <th scope="col">{t('optionsSiteAutoOpen')}</th>
            <th scope="col">{t('optionsSiteShowLeftOut')}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {hosts.map((host) => {
            const site = sites[host]!;
            return (
              <tr key={host}>
                <th scope="row">{host}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('optionsSiteCleanUpFor', host)}
                    checked={site.cleanUp}
                    onChange={(event) => void change(host, { ...site, cleanUp: event.currentTarget.checked })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('optionsSiteAutoOpenFor', host)}
                    checked={site.autoOpen}
                    onChange={(event) => void change(host, { ...site, autoOpen: event.currentTarget.checked })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('optionsSiteShowLeftOutFor', host)}
                    checked={site.showLeftOut}
                    onChange={(event) => void change(host, { ...site, showLeftOut: event.currentTarget.checked })}
                  />
                </td>
                <td>
                  <button type="button" onClick={() => void change(host, undefined)}>
                    {t('optionsSiteForget', host)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
