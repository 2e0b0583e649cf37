import { describe, expect, it } from 'vitest';
import { fileUnreleasedChanges, isNewerVersion } from '../../../tools/changelog';

const CHANGELOG = `# Changelog

## Unreleased

- The reader speaks twelve languages.

## 0.1.0 — 2026-11-20

- First release.
`;

describe('fileUnreleasedChanges', () => {
  it('files the unreleased changes under the version and date, above the older releases, with a fresh Unreleased on top', () => {
    expect(fileUnreleasedChanges(CHANGELOG, '0.2.0', '2026-12-05')).toBe(`# Changelog

## Unreleased

## 0.2.0 — 2026-12-05

- The reader speaks twelve languages.

## 0.1.0 — 2026-11-20

- First release.
`);
  });

  it('works on a first release, with nothing below', () => {
    expect(fileUnreleasedChanges('# Changelog\n\n## Unreleased\n\n- All of it.\n', '0.1.0', '2026-11-20')).toBe(
      '# Changelog\n\n## Unreleased\n\n## 0.1.0 — 2026-11-20\n\n- All of it.\n',
    );
  });

  it.each([
    ['v0.2', CHANGELOG, 'not a version of three numbers'],
    ['0.1.0', CHANGELOG, 'already has a section for 0.1.0'],
    ['0.2.0', '# Changelog\n\n## 0.1.0 — 2026-11-20\n', 'no "## Unreleased" section'],
    ['0.2.0', '# Changelog\n\n## Unreleased\n\n## 0.1.0 — 2026-11-20\n', 'says nothing under "## Unreleased"'],
  ])('refuses %s with a clear reason', (version, changelog, reason) => {
    expect(() => fileUnreleasedChanges(changelog, version, '2026-12-05')).toThrow(reason);
  });
});

describe('isNewerVersion', () => {
  it.each([
    ['0.2.0', '0.1.0', true],
    ['0.10.0', '0.9.9', true],
    ['1.0.0', '0.99.99', true],
    ['0.1.0', '0.1.0', false],
    ['0.1.9', '0.2.0', false],
  ])('%s after %s: %s', (next, now, newer) => {
    expect(isNewerVersion(next, now)).toBe(newer);
  });
});
