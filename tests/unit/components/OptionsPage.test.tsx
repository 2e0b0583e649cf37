import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsClient } from '../../../components/OptionsPage';
import { SAVE_DELAY_MS } from '../../../components/use-appearance';
import { DEFAULT_APPEARANCE } from '../../../core/settings/appearance';
import type { Settings } from '../../../core/settings/settings';

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
};

/** An OptionsClient with fixed answers that records what the page asks of it. */
function fakeClient(options: FakeOptions = {}) {
  return {
    hasHostAccess: vi.fn(async () => options.access ?? true),
    requestHostAccess: vi.fn(async () => options.grantOnRequest ?? true),
    getShortcut: vi.fn(async () => options.shortcut ?? 'Alt+Shift+L'),
    browserFamily: options.browserFamily ?? 'chrome',
    loadSettings: vi.fn(async () => ({
      settings: structuredClone(options.settings ?? { declutter: { enabled: true, everywhere: false, salvageImages: true }, transcripts: { enabled: true }, reader }),
      errors: options.errors ?? [],
    })),
    saveSettings: vi.fn(async (_settings: Settings) => {
      if (options.saveError) throw options.saveError;
    }),
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

const DECLUTTER = 'Hide notices and players';
const TRANSCRIPTS = 'Fetch transcripts';

function status(container: HTMLElement): string {
  return container.querySelector('[role="status"]')?.textContent ?? '';
}

describe('OptionsPage', () => {
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
      fakeClient({ settings: { declutter: { enabled: false, everywhere: false, salvageImages: true }, transcripts: { enabled: true }, reader } }),
    );
    expect(checkbox(container, DECLUTTER).checked).toBe(false);
    expect(checkbox(container, TRANSCRIPTS).checked).toBe(true);
  });

  it('saves a setting as soon as its checkbox changes', async () => {
    const client = fakeClient({ settings: { declutter: { enabled: true, everywhere: false, salvageImages: true }, transcripts: { enabled: true }, reader } });
    const container = await renderOptions(client);

    checkbox(container, TRANSCRIPTS).click();
    await settle();
    expect(client.saveSettings).toHaveBeenCalledWith({ declutter: { enabled: true, everywhere: false, salvageImages: true }, transcripts: { enabled: false }, reader });
    expect(checkbox(container, TRANSCRIPTS).checked).toBe(false);
    expect(status(container)).toBe('Saved.');

    checkbox(container, DECLUTTER).click();
    await settle();
    // The second change keeps the first.
    expect(client.saveSettings).toHaveBeenLastCalledWith({ declutter: { enabled: false, everywhere: false, salvageImages: true }, transcripts: { enabled: false }, reader });
  });

  it('shows why a save failed and puts the checkbox back', async () => {
    const client = fakeClient({
      settings: { declutter: { enabled: true, everywhere: false, salvageImages: true }, transcripts: { enabled: false }, reader },
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
    const container = await renderOptions(fakeClient({ errors: ['declutter.enabled: expected true or false'] }));
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      'Some stored settings were unreadable and were reset to their defaults: declutter.enabled: expected true or false',
    );
  });

  it('shows no warning when the stored settings were sound', async () => {
    const container = await renderOptions(fakeClient({ errors: [] }));
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it("offers the reader's theme and type, stored once a change settles, with every other setting kept", async () => {
    const stored = { declutter: { enabled: false, everywhere: false, salvageImages: true }, transcripts: { enabled: true }, reader: { ...reader, theme: 'sepia' as const } };
    const client = fakeClient({ settings: stored });
    const container = await renderOptions(client);
    const appearance = section(container, 'Text and colours');
    const radio = (name: string) => Array.from(appearance.querySelectorAll('label')).find((l) => l.textContent === name)!.querySelector('input')!;
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
});
