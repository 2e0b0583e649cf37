import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipLink } from '../../../../core/media/clip-link';
import { findMedia } from '../../../../core/media/find-media';
import { CAPTIONS_SERVICES, PLAYER_FAMILIES, PLAYER_SELECTOR } from '../../../../core/players';
import { parseHtml, readFixture } from '../load-fixture';

const ROOT = join(import.meta.dirname, '../../../..');
/** The folder's files that are not a family: the registry and the family's type. */
const NOT_FAMILIES = new Set(['index.ts', 'player-family.ts']);
const familyFiles = readdirSync(join(ROOT, 'core/players')).filter((file) => file.endsWith('.ts') && !NOT_FAMILIES.has(file));
const fixtureFiles = (name: string) => readdirSync(join(ROOT, 'tests/fixtures/players', name));

/** The clips Legible finds on a family's page fixture. */
function clipsOnPage(name: string) {
  const page = parseHtml(readFixture('players', name, 'page.html'));
  return findMedia(page, {
    pageUrl: 'https://news.example.org/story',
    baseUrl: 'https://news.example.org/story',
    pageLang: page.documentElement.lang,
  });
}

describe('the player registry', () => {
  it('registers every family file of core/players/, under the file’s name, once', () => {
    expect(PLAYER_FAMILIES.map((family) => `${family.name}.ts`).sort()).toEqual(familyFiles.sort());
  });

  it('carries every family’s container selector in the sentinel’s selector, in the order families are tried', () => {
    const inMarkup = PLAYER_FAMILIES.flatMap((family) => (family.markup ? [family.markup.selector] : []));
    expect(PLAYER_SELECTOR).toBe(inMarkup.join(', '));
  });

  it('tries video.js and the generic id attributes after every family whose markup theirs also matches', () => {
    const names = PLAYER_FAMILIES.filter((family) => family.markup).map((family) => family.name);
    expect(names.slice(-2)).toEqual(['videojs', 'generic']);
  });

  describe.each(PLAYER_FAMILIES.map((family) => [family.name, family] as const))('%s', (name, family) => {
    it('has its fixture folder, with a page that shows its player', () => {
      expect(fixtureFiles(name)).toContain('page.html');
    });

    if (CAPTIONS_SERVICES[name]) {
      it('has its service’s answers as fixtures, and an integration test of its own', () => {
        expect(fixtureFiles(name).filter((file) => file !== 'page.html').length).toBeGreaterThan(0);
        expect(existsSync(join(ROOT, `tests/integration/transcript-service-${name}.test.ts`))).toBe(true);
      });
    }

    it('finds its page’s clips each way the family shows them: container, frame, linked clip page', () => {
      const clips = clipsOnPage(name);
      const ways = clips.map(({ element }) => (!element ? 'clip page' : element.localName === 'iframe' ? 'frame' : 'container'));
      const expected = [
        ...(family.markup ? ['container'] : []),
        ...(family.embed ? ['frame'] : []),
        ...(family.clipPages ?? []).map(() => 'clip page'),
      ];
      expect(ways.sort()).toEqual(expected.sort());
      for (const { ref } of clips)
        expect(ref).toMatchObject({ source: 'player', family: name, videoId: expect.stringMatching(/^[\w.-]{4,}$/) });
    });

    const { watchPage } = family;
    if (watchPage) {
      it('links each clip to its watch page on the family’s own site', () => {
        for (const { ref } of clipsOnPage(name)) {
          expect(ref.source === 'player' && ref.videoId ? clipLink(ref) : 'no clip id').toBe(
            watchPage(ref.source === 'player' ? (ref.videoId ?? '') : ''),
          );
        }
      });
    }
  });
});
