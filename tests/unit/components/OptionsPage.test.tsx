import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsClient } from '../../../components/OptionsPage';
import { SAVE_DELAY_MS } from '../../../components/use-appearance';
import { captureDownloads } from '../../support/captured-downloads';
import { DEFAULT_APPEARANCE } from '../../../core/settings/appearance';
import { SETTINGS_VERSION, type Settings } from '../../../core/settings/settings';
import type { SiteSettings } from '../../../core/settings/site-settings';

const reader = DEFAULT_APPEARANCE;
import { renderWithI18n, settle, type Rendered } from './render-with-i18n';

type FakeOptions = {
  access?: boolean;
  grantOnRequest?: boolean;
  shortcut?: string;
  browserFamily?: OptionsClient['browserFamily'];
  settings?: Settings;
  errors?: string[];
  saveError?: Error;
  sites?: Record<string, SiteSettings>;
};

/** An OptionsClient with fixed answers that records what the page asks of it. */
function fakeClient(options: FakeOptions = {}) {
  return {
    hasHostAccess: vi.fn(async () => options.access ?? true),
    requestHostAccess: vi.fn(async () => options.grantOnRequest ?? true),
    getShortcut: vi.fn(async () => options.shortcut ?? 'Alt+Shift+L'),
    browserFamily: options.browserFamily ?? 'chrome',
    loadSettings: vi.fn(async () => ({
      settings: structuredClone(
        options.settings ?? { cleanup: { enabled: true, everywhere: false, salvageImages: true }, transcripts: { enabled: true }, reader },
      ),
      errors: options.errors ?? [],
    })),
    saveSettings: vi.fn(async (_settings: Settings) => {
      if (options.saveError) throw options.saveError;
    }),
    loadSiteSettings: vi.fn(async () => structuredClone(options.sites ?? {})),
    saveSiteSettings: vi.fn(async (_sites: Record<string, SiteSettings>) => undefined),
    removeSiteSettings: vi.fn(async (_host: string) => undefined),
  } satisfies OptionsClient;
}

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

async function renderOptions(client: OptionsClient): Promise<HTMLElement> {
  rendered = renderWithI18n(<OptionsPage client={client} />);
  await settle();
  return rendered.container;
}

function section(container: HTMLElement, heading: string): HTMLElement {
  const h2 = Array.from(container.querySelectorAll('h2')).find((h) => h.textContent === heading);
  const found = h2?.closest('section');
  if (!found) throw new Error(`no section "${heading}"`);
  return found;
}

function checkbox(container: HTMLElement, labelText: string): HTMLInputElement {
  const label = Array.from(container.querySelectorAll('label')).find((l) => l.textContent?.includes(labelText));
  const input = label?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!input) throw new Error(`no checkbox "${labelText}"`);
  return input;
}

const CLEANUP = 'Hide notices and players';
const TRANSCRIPTS = 'Fetch transcripts';

function status(container: HTMLElement): string {
  return container.querySelector('[role="status"]')?.textContent ?? '';
}

describe('OptionsPage', () => {
  it('links to the privacy statement it ships with, in a new tab', async () => {
    const container = await renderOptions(fakeClient({ access: true }));
    const link = Array.from(container.querySelectorAll('a')).find(
      (a) => a.textContent === 'Privacy statement: what Legible reads, fetches and keeps',
    );
    expect(link?.getAttribute('href')).toBe('privacy.txt');
    expect(link?.target).toBe('_blank');
  });

  it('says when Legible may read pages, with no button to ask', async () => {
    const container = await renderOptions(fakeClient({ access: true }));
    const access = section(container, 'Site access');
    expect(access.textContent).toContain('Legible can read every web page you open.');
    expect(access.querySelector('button')).toBeNull();
  });

  it('says when access is missing and asks for it from a button', async () => {
    const client = fakeClient({ access: false, grantOnRequest: true });
    const container = await renderOptions(client);
    const access = section(container, 'Site access');
    expect(access.textContent).toContain('Legible cannot read web pages yet');
    const grant = access.querySelector('button');
    expect(grant?.textContent).toBe('Allow access to web pages');

    grant!.click();
    await settle();
    expect(client.requestHostAccess).toHaveBeenCalledTimes(1);
    expect(section(container, 'Site access').textContent).toContain('Legible can read every web page you open.');
    expect(section(container, 'Site access').querySelector('button')).toBeNull();
  });

  it('keeps the button when the user declines access', async () => {
    const container = await renderOptions(fakeClient({ access: false, grantOnRequest: false }));
    section(container, 'Site access').querySelector('button')!.click();
    await settle();
    expect(section(container, 'Site access').textContent).toContain('Legible cannot read web pages yet');
    expect(section(container, 'Site access').querySelector('button')).not.toBeNull();
  });

  it('shows the bound shortcut and where Chrome changes it', async () => {
    const container = await renderOptions(fakeClient({ shortcut: 'Alt+Shift+L', browserFamily: 'chrome' }));
    const text = section(container, 'Keyboard shortcut').textContent;
    expect(text).toContain('Open or close the reader with Alt+Shift+L.');
    expect(text).toContain('chrome://extensions/shortcuts');
  });

  it('says when no shortcut is bound, and where Firefox sets one', async () => {
    const container = await renderOptions(fakeClient({ shortcut: '', browserFamily: 'firefox' }));
    const text = section(container, 'Keyboard shortcut').textContent;
    expect(text).toContain('No shortcut is set for the reader.');
    expect(text).not.toContain('Open or close the reader with');
    expect(text).toContain('Manage Extension Shortcuts');
  });

  it('shows the stored settings in its checkboxes', async () => {
    const container = await renderOptions(
      fakeClient({
        settings: { cleanup: { enabled: false, everywhere: false, salvageImages: true }, transcripts: { enabled: true }, reader },
      }),
    );
    expect(checkbox(container, CLEANUP).checked).toBe(false);
    expect(checkbox(container, TRANSCRIPTS).checked).toBe(true);
  });

  it('saves a setting as soon as its checkbox changes', async () => {
    const client = fakeClient({
      settings: { cleanup: { enabled: true, everywhere: false, salvageImages: true }, transcripts: { enabled: true }, reader },
    });
    const container = await renderOptions(client);

    checkbox(container, TRANSCRIPTS).click();
    await settle();
    expect(client.saveSettings).toHaveBeenCalledWith({
      cleanup: { enabled: true, everywhere: false, salvageImages: true },
      transcripts: { enabled: false },
      reader,
    });
    expect(checkbox(container, TRANSCRIPTS).checked).toBe(false);
    expect(status(container)).toBe('Saved.');

    checkbox(container, CLEANUP).click();
    await settle();
    // The second change keeps the first.
    expect(client.saveSettings).toHaveBeenLastCalledWith({
      cleanup: { enabled: false, everywhere: false, salvageImages: true },
      transcripts: { enabled: false },
      reader,
    });
  });

  it('shows why a save failed and puts the checkbox back', async () => {
    const client = fakeClient({
      settings: { cleanup: { enabled: true, everywhere: false, salvageImages: true }, transcripts: { enabled: false }, reader },
      saveError: new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    });
    const container = await renderOptions(client);

    checkbox(container, TRANSCRIPTS).click();
    await settle();
    expect(client.saveSettings).toHaveBeenCalledTimes(1);
    expect(status(container)).toBe('Could not save: QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(checkbox(container, TRANSCRIPTS).checked).toBe(false);
  });

  it('warns when stored settings had to be repaired', async () => {
    const container = await renderOptions(fakeClient({ errors: ['cleanup.enabled: expected true or false'] }));
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      'Some stored settings were unreadable and were reset to their defaults: cleanup.enabled: expected true or false',
    );
  });

  it('shows no warning when the stored settings were sound', async () => {
    const container = await renderOptions(fakeClient({ errors: [] }));
    expect(Array.from(container.querySelectorAll('[role="alert"]'), (alert) => alert.textContent)).toEqual(['']);
  });

  it("offers the reader's theme and type, stored once a change settles, with every other setting kept", async () => {
    const stored = {
      cleanup: { enabled: false, everywhere: false, salvageImages: true },
      transcripts: { enabled: true },
      reader: { ...reader, theme: 'sepia' as const },
    };
    const client = fakeClient({ settings: stored });
    const container = await renderOptions(client);
    const appearance = section(container, 'Text and colours');
    const radio = (name: string) =>
      Array.from(appearance.querySelectorAll('label'))
        .find((l) => l.textContent === name)!
        .querySelector('input')!;
    expect(radio('Sepia').checked).toBe(true);

    radio('High contrast').click();
    await settle();
    const size = appearance.querySelector<HTMLInputElement>('input[id="options-fontSize"]')!;
    size.value = '28';
    size.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(client.saveSettings).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 20));
    await settle();
    expect(client.saveSettings).toHaveBeenCalledTimes(1);
    expect(client.saveSettings).toHaveBeenCalledWith({ ...stored, reader: { ...reader, theme: 'contrast', fontSize: 28 } });
    expect(status(container)).toBe('Saved.');
  });

  it('offers the read-aloud speed and whether transcripts are read, and stores them', async () => {
    const client = fakeClient();
    const container = await renderOptions(client);
    const rate = container.querySelector<HTMLSelectElement>('#options-speech-rate')!;
    expect(container.querySelector(`label[for="${rate.id}"]`)?.textContent).toBe('Speed');
    rate.value = '1.5';
    rate.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    const transcripts = Array.from(container.querySelectorAll('label'))
      .find((l) => l.textContent?.includes('Read the transcripts too'))!
      .querySelector('input')!;
    transcripts.click();
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 20));
    await settle();
    expect(client.saveSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ reader: { ...reader, speechRate: 1.5, readTranscripts: true } }),
    );
  });

  describe("each site's own choices", () => {
    it('lists them, changes one, and forgets one', async () => {
      const client = fakeClient({
        sites: {
          'quiet.example': { cleanUp: false, autoOpen: false, showLeftOut: false },
          'news.example': { cleanUp: true, autoOpen: true, showLeftOut: false },
        },
      });
      const container = await renderOptions(client);
      const sites = section(container, 'Sites');
      expect(Array.from(sites.querySelectorAll('tbody th'), (th) => th.textContent)).toEqual(['news.example', 'quiet.example']);
      const autoOpenQuiet = sites.querySelector<HTMLInputElement>('input[aria-label="Open the reader by itself on quiet.example"]')!;
      expect(autoOpenQuiet.checked).toBe(false);
      autoOpenQuiet.click();
      await settle();
      expect(client.saveSiteSettings).toHaveBeenCalledWith({ 'quiet.example': { cleanUp: false, autoOpen: true, showLeftOut: false } });
      expect(status(container)).toBe('Saved.');
      Array.from(sites.querySelectorAll('button'))
        .find((b) => b.textContent === 'Forget news.example')!
        .click();
      await settle();
      expect(client.removeSiteSettings).toHaveBeenCalledWith('news.example');
      expect(Array.from(section(container, 'Sites').querySelectorAll('tbody th'), (th) => th.textContent)).toEqual(['quiet.example']);
    });

    it('shows what the reader leaves out on a site, from its own checkbox', async () => {
      const client = fakeClient({ sites: { 'news.example': { cleanUp: true, autoOpen: false, showLeftOut: false } } });
      const container = await renderOptions(client);
      const showLeftOut = section(container, 'Sites').querySelector<HTMLInputElement>(
        'input[aria-label="Show what the reader leaves out on news.example"]',
      )!;
      expect(showLeftOut.checked).toBe(false);
      showLeftOut.click();
      await settle();
      expect(client.saveSiteSettings).toHaveBeenCalledWith({ 'news.example': { cleanUp: true, autoOpen: false, showLeftOut: true } });
    });

    it('says how to set one when there are none', async () => {
      const container = await renderOptions(fakeClient());
      expect(section(container, 'Sites').textContent).toContain('No site has a choice of its own yet.');
    });
  });

  describe('back up and restore', () => {
    const chooseFile = async (container: HTMLElement, text: string) => {
      const input = section(container, 'Back up and restore').querySelector<HTMLInputElement>('input[type="file"]')!;
      Object.defineProperty(input, 'files', {
        value: [new File([text], 'legible-settings.json', { type: 'application/json' })],
        configurable: true,
      });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
      await settle();
    };
    const said = (container: HTMLElement) => {
      const backup = section(container, 'Back up and restore');
      return { status: backup.querySelector('[role="status"]')?.textContent, alert: backup.querySelector('[role="alert"]')?.textContent };
    };

    it('imports a settings file, of an earlier version too: every setting and site stored, and shown', async () => {
      const client = fakeClient();
      const container = await renderOptions(client);
      const cleanup = { enabled: false, everywhere: false, salvageImages: true };
      const version2 = { declutter: cleanup, transcripts: { enabled: false }, reader: { ...reader, theme: 'dark' } };
      await chooseFile(
        container,
        JSON.stringify({ format: 'legible-settings', version: 2, settings: version2, sites: { 'news.example': { cleanUp: false } } }),
      );
      expect(client.saveSettings).toHaveBeenCalledWith({ cleanup, transcripts: version2.transcripts, reader: version2.reader });
      expect(client.saveSiteSettings).toHaveBeenCalledWith({ 'news.example': { cleanUp: false, autoOpen: false, showLeftOut: false } });
      expect(said(container)).toEqual({ status: 'Settings imported.', alert: '' });
      expect(checkbox(container, TRANSCRIPTS).checked).toBe(false);
      const dark = Array.from(section(container, 'Text and colours').querySelectorAll('label'))
        .find((l) => l.textContent === 'Dark')!
        .querySelector('input')!;
      expect(dark.checked).toBe(true);
    });

    it('changes nothing for a file that is not Legible settings, and says so', async () => {
      const client = fakeClient();
      const container = await renderOptions(client);
      await chooseFile(container, '{"colour":"red"}');
      expect(client.saveSettings).not.toHaveBeenCalled();
      expect(client.saveSiteSettings).not.toHaveBeenCalled();
      expect(said(container)).toEqual({ status: '', alert: 'That file is not a Legible settings file, so nothing was changed.' });
    });

    it('exports the settings and every site as a settings file', async () => {
      const downloads = captureDownloads();
      const container = await renderOptions(
        fakeClient({ sites: { 'news.example': { cleanUp: false, autoOpen: true, showLeftOut: false } } }),
      );
      Array.from(section(container, 'Back up and restore').querySelectorAll('button'))
        .find((b) => b.textContent === 'Export settings')!
        .click();
      await settle();
      expect(downloads.map((d) => d.name)).toEqual(['legible-settings.json']);
      const file = JSON.parse(await downloads[0]!.text);
      expect(file).toMatchObject({ format: 'legible-settings', version: SETTINGS_VERSION, sites: { 'news.example': { cleanUp: false } } });
      expect(file.settings.reader).toEqual(reader);
      expect(said(container).status).toBe('Settings saved to legible-settings.json');
      vi.restoreAllMocks();
    });
  });
});
