import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BrowserName } from './browser-driver';
import { CHROMIUM_PATH } from './browser-driver/chromium';

/** Debian's package and binary for each browser the tests drive. */
const DEBIAN: Record<BrowserName, { pkg: string; binary: string }> = {
  chromium: { pkg: 'chromium', binary: CHROMIUM_PATH },
  firefox: { pkg: 'firefox-esr', binary: '/usr/bin/firefox-esr' },
};

/** The browsers to test: LEGIBLE_BROWSERS="chromium,firefox", or both that Legible supports. */
export function requestedBrowsers(): BrowserName[] {
  const listed = (process.env.LEGIBLE_BROWSERS ?? 'chromium,firefox')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  for (const name of listed) if (!(name in DEBIAN)) throw new Error(`Unknown browser "${name}" in LEGIBLE_BROWSERS`);
  return listed as BrowserName[];
}

/** What the tests that press real keys need: an X server of their own, and a way to type into it. */
const DISPLAY_TOOLS = [
  { pkg: 'xvfb', binary: '/usr/bin/Xvfb' },
  { pkg: 'xdotool', binary: '/usr/bin/xdotool' },
];

/** The UI languages the end-to-end tests show the reader in, besides English (tests/e2e/reader-locales.e2e.ts). */
export const E2E_LOCALES = ['de', 'fr'] as const;

/** Firefox shows Legible in another language only with the browser's own language pack for it. */
const FIREFOX_LANGUAGE_PACKS = E2E_LOCALES.map((locale) => ({
  pkg: `firefox-esr-l10n-${locale}`,
  binary: `/usr/lib/firefox-esr/browser/extensions/langpack-${locale}@firefox-esr.mozilla.org.xpi`,
}));

/**
 * Installs missing browsers from Debian's packages when running as root, and where asked Xvfb and
 * xdotool (a display of its own) and Firefox's language packs for E2E_LOCALES; otherwise says how.
 */
export async function ensureBrowsers(browsers: BrowserName[], { withDisplay = false, withLanguagePacks = false } = {}): Promise<void> {
  const languagePacks = withLanguagePacks && browsers.includes('firefox') ? FIREFOX_LANGUAGE_PACKS : [];
  const wanted = [...browsers.map((name) => DEBIAN[name]), ...(withDisplay ? DISPLAY_TOOLS : []), ...languagePacks];
  const packages = wanted.filter(({ binary }) => !existsSync(binary)).map(({ pkg }) => pkg);
  if (packages.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Legible's browser tests need ${packages.join(', ')}. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}
