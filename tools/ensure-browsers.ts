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
  const listed = (process.env.LEGIBLE_BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim()).filter(Boolean);
  for (const name of listed) if (!(name in DEBIAN)) throw new Error(`Unknown browser "${name}" in LEGIBLE_BROWSERS`);
  return listed as BrowserName[];
}

/** Installs missing browsers from Debian's packages when running as root; otherwise says how. */
export async function ensureBrowsers(browsers: BrowserName[]): Promise<void> {
  const missing = browsers.filter((name) => !existsSync(DEBIAN[name].binary));
  if (missing.length === 0) return;
  const packages = missing.map((name) => DEBIAN[name].pkg);
  if (process.getuid?.() !== 0) {
    console.error(`Legible's browser tests need ${packages.join(' and ')}. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}
