import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome-mv3', 'firefox-mv3'];

/**
 * Web addresses written in the background's bundle that it never fetches, and why. Anything
 * else there is a service Legible may contact, and PRIVACY.md must name it.
 */
const NOT_FETCHED: Record<string, string> = {
  'podcastindex.org': "the podcast namespace's name in feeds (an XML namespace, not a request)",
  'www.w3.org': 'the names of XML namespaces in caption files (TTML, XHTML)',
  'github.com': "a link in WXT's storage module's error message",
  'wxt.dev': "a link in WXT's storage module's error message",
  // The player families (core/players/) travel whole: their watch pages, which the reader links
  // a clip to, come along with the captions services the background does ask.
  'vimeo.com': "Vimeo's watch pages, where a clip's link in the reader goes",
  'www.svt.se': "SVT's player pages, where a clip's link in the reader goes",
};

/** The hosts in the second column of PRIVACY.md's table of player services. */
async function statedHosts(): Promise<string[]> {
  const statement = await readFile(resolve(ROOT, 'PRIVACY.md'), 'utf8');
  const rows = statement
    .split('\n')
    .filter((line) => /^\| [^-|]/.test(line))
    .slice(1);
  return rows.map((row) => row.split('|')[2]!.trim().replace(/`/g, ''));
}

async function hostsInBackground(build: string): Promise<string[]> {
  const bundle = await readFile(resolve(ROOT, '.output', build, 'background.js'), 'utf8');
  return [...new Set(Array.from(bundle.matchAll(/https?:\/\/([a-z0-9.-]+\.[a-z]{2,})/gi), (match) => match[1]!.toLowerCase()))].sort();
}

describe('PRIVACY.md', () => {
  it.each(BUILDS)('names every service the background of the %s build may contact, and no other', async (build) => {
    const stated = await statedHosts();
    expect(stated.length).toBeGreaterThanOrEqual(7);
    const fetched = (await hostsInBackground(build)).filter((host) => !(host in NOT_FETCHED));
    expect(fetched).toEqual([...new Set(stated)].sort());
  });

  it('says what the Firefox manifest declares: no data collected', async () => {
    const manifest = JSON.parse(await readFile(resolve(ROOT, '.output/firefox-mv3/manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { data_collection_permissions: { required: string[]; optional?: string[] } } };
    };
    const declared = manifest.browser_specific_settings.gecko.data_collection_permissions;
    expect(declared.required).toEqual(['none']);
    expect(declared.optional ?? []).toEqual([]);
    const statement = await readFile(resolve(ROOT, 'PRIVACY.md'), 'utf8');
    expect(statement).toContain('`data_collection_permissions: { required: ["none"] }`');
    expect(statement).toMatch(/collects no data about you and sends none/);
  });

  it('ships with the extension, where the options page links to it', async () => {
    for (const build of BUILDS) {
      const shipped = await readFile(resolve(ROOT, '.output', build, 'privacy.txt'), 'utf8');
      expect(shipped).toBe(await readFile(resolve(ROOT, 'PRIVACY.md'), 'utf8'));
    }
  });
});
