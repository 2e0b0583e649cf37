/** The heading under which changes gather until the next release. */
export const UNRELEASED = '## Unreleased';

/** A release version as the stores take it: three numbers. */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+$/;

/** Whether `next` comes after `now` (both of three numbers). */
export function isNewerVersion(next: string, now: string): boolean {
  const [a, b] = [next, now].map((version) => version.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (a![i] !== b![i]) return a![i]! > b![i]!;
  return false;
}

/**
 * CHANGELOG.md with its "Unreleased" changes filed under `version` and `date`, and a fresh, empty
 * "Unreleased" above them. Throws where there is nothing to release or the version is there already,
 * so that a release always says what changed.
 */
export function fileUnreleasedChanges(changelog: string, version: string, date: string): string {
  if (!VERSION_PATTERN.test(version)) throw new Error(`"${version}" is not a version of three numbers, like 0.2.0`);
  if (new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm').test(changelog))
    throw new Error(`CHANGELOG.md already has a section for ${version}`);
  const start = changelog.indexOf(`${UNRELEASED}\n`);
  if (start < 0) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" section`);
  const bodyStart = start + UNRELEASED.length + 1;
  const next = changelog.indexOf('\n## ', bodyStart);
  const body = changelog.slice(bodyStart, next < 0 ? undefined : next + 1);
  if (!/\S/.test(body)) throw new Error(`CHANGELOG.md says nothing under "${UNRELEASED}": write what changed first`);
  return `${changelog.slice(0, start)}${UNRELEASED}\n\n## ${version} — ${date}\n${body}${next < 0 ? '' : changelog.slice(next + 1)}`;
}
