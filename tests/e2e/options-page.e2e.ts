import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn, pollPage } from '../../tools/browser-driver';
import { readAppearance } from '../../tools/reader-appearance';
import { axeViolations } from './support/axe';
import { BROWSERS, openHarness, waitForReader, type Harness } from './support/harness';

describe.each(BROWSERS)('the options page in %s', (browserName) => {
  let harness: Harness;
  let options: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: true });
    // A site with choices of its own, so the page shows its list of sites too.
    await harness.browser.writeSyncStorage({ 'site:listed.example': { cleanUp: false, autoOpen: true, showLeftOut: false } });
    options = await harness.browser.openExtensionPage('options.html');
    await pollPage(options, () => document.querySelectorAll('input[type="range"]').length, { what: 'the settings' });
  });
  afterAll(() => harness?.close());

  it('has no accessibility violations (axe-core), its list of sites included', async () => {
    await pollPage(options, () => document.querySelector('.sites tbody th')?.textContent === 'listed.example', {
      what: 'the list of sites',
    });
    expect(await axeViolations(options, 'page')).toEqual([]);
  });

  it('stores a theme and size chosen there, and the reader opens in them', async () => {
    await evaluateIn(options, () => {
      Array.from(document.querySelectorAll('label'))
        .find((label) => label.textContent === 'High contrast')!
        .querySelector('input')!
        .click();
    });
    await new Promise((settle) => setTimeout(settle, 50));
    await evaluateIn(options, () => {
      const size = document.querySelector<HTMLInputElement>('#options-fontSize')!;
      size.value = '30';
      size.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await pollPage(options, () => document.querySelector('[role="status"]')?.textContent === 'Saved.', { what: 'the save' });

    const article = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await harness.browser.toggleReader(article);
    await waitForReader(article);
    expect(await readAppearance(article)).toMatchObject({ theme: 'contrast', fontSize: '30px', background: 'rgb(0, 0, 0)' });
  });

  it('imports a settings file chosen in its file field, and keeps every other site', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'legible-import-'));
    try {
      await harness.browser.writeSyncStorage({ 'site:kept.example': { cleanUp: false } });
      const file = join(dir, 'legible-settings.json');
      const reader = {
        theme: 'sepia',
        font: 'sans',
        fontSize: 24,
        lineHeight: 1.8,
        contentWidth: 30,
        letterSpacing: 0,
        wordSpacing: 0,
        paragraphSpacing: 1,
        lineFocus: false,
        lineFocusLines: 3,
      };
      await writeFile(
        file,
        JSON.stringify({
          format: 'legible-settings',
          version: 2,
          settings: { cleanup: { enabled: true, everywhere: true, salvageImages: true }, transcripts: { enabled: true }, reader },
          sites: { 'news.example': { cleanUp: false } },
        }),
      );
      const input = await options.$('input[type="file"]');
      await input!.uploadFile(file);
      await pollPage(
        options,
        () => document.querySelector('section[aria-labelledby="backup-heading"] [role="status"]')?.textContent === 'Settings imported.',
        { what: 'the import' },
      );
      expect(await harness.browser.readSyncStorage('settings')).toMatchObject({ cleanup: { everywhere: true }, reader });
      expect(await harness.browser.readSyncStorage('site:news.example')).toEqual({ cleanUp: false, autoOpen: false, showLeftOut: false });
      expect(await harness.browser.readSyncStorage('site:kept.example')).toEqual({ cleanUp: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
