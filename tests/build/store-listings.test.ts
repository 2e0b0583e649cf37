import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const STORE = resolve(ROOT, 'store');

/** A listing's sections by their "## " heading, without the notes in brackets that say where each goes. */
async function listing(language: string): Promise<Record<string, string>> {
  const text = await readFile(resolve(STORE, language, 'listing.md'), 'utf8');
  const sections: Record<string, string> = {};
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading, ...lines] = part.split('\n');
    sections[heading!.trim()] = lines
      .filter((line) => !/^\(.*\)$/.test(line.trim()))
      .join('\n')
      .trim();
  }
  return sections;
}

/** A PNG's width and height, from its header. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the store listings', () => {
  it.each(['en', 'sv'])('%s: has each text within the stores’ limits, the short one the manifest’s own description', async (language) => {
    const sections = await listing(language);
    const messages = JSON.parse(await readFile(resolve(ROOT, 'public/_locales', language, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    expect(sections.Name).toBe('Legible');
    expect(sections['Short description']).toBe(messages.extensionDescription!.message);
    expect(sections['Short description']!.length).toBeLessThanOrEqual(132);
    expect(sections.Summary!.length).toBeGreaterThan(50);
    expect(sections.Summary!.length).toBeLessThanOrEqual(250);
    expect(sections.Description!.length).toBeGreaterThan(1000);
    expect(sections.Description!.length).toBeLessThanOrEqual(16_000);
  });

  it('answers for every permission the manifest asks for', async () => {
    const manifest = JSON.parse(await readFile(resolve(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8')) as {
      permissions: string[];
      host_permissions: string[];
    };
    const answers = await readFile(resolve(STORE, 'permissions.md'), 'utf8');
    const headings = Array.from(answers.matchAll(/^### (.+)$/gm), (match) => match[1]!);
    for (const permission of manifest.permissions) expect(headings, permission).toContain(permission);
    const hostHeading = headings.find((heading) => heading.startsWith('Host permissions'));
    for (const pattern of manifest.host_permissions) expect(hostHeading, pattern).toContain(pattern);
  });

  it('has the pictures each store asks for, at the sizes their names say', async () => {
    const images = (await readdir(resolve(STORE, 'images'))).filter((name) => name.endsWith('.png'));
    const screenshots = images.filter((name) => name.startsWith('screenshot-'));
    // Chrome takes one to five screenshots of 1280 × 800 (or 640 × 400); Firefox takes the same.
    expect(screenshots.length).toBeGreaterThanOrEqual(1);
    expect(screenshots.length).toBeLessThanOrEqual(5);
    expect(images).toContain('promo-small-440x280.png');
    for (const name of images) {
      const [, width, height] = /-(\d+)x(\d+)\.png$/.exec(name) ?? [];
      expect(await pngSize(resolve(STORE, 'images', name)), name).toEqual([Number(width), Number(height)]);
    }
    for (const name of screenshots) expect(name).toMatch(/-1280x800\.png$/);
  });
});
