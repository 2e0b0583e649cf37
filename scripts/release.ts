import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { differences, readFolder, readZip } from '../tools/build-diff';
import { fileUnreleasedChanges, isNewerVersion, VERSION_PATTERN } from '../tools/changelog';

// npm run release -- 0.2.0: the version set in package.json (the one place; WXT writes it into
// both manifests), CHANGELOG.md's unreleased changes filed under it, both builds linted and
// zipped with the sources, and the sources zip rebuilt from scratch in an empty folder to check
// it gives back the shipped extensions byte for byte, as the add-on store's reviewers will.
const root = resolve(import.meta.dirname, '..');
const run = (command: string, args: string[], cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });

const version = process.argv[2] ?? '';
if (!VERSION_PATTERN.test(version)) {
  console.error('Usage: npm run release -- <version>, three numbers such as 0.2.0');
  process.exit(2);
}
const packageFile = join(root, 'package.json');
const manifest = JSON.parse(await readFile(packageFile, 'utf8')) as { name: string; version: string };
if (!isNewerVersion(version, manifest.version)) {
  console.error(`Version ${version} is not newer than ${manifest.version}, the version now`);
  process.exit(2);
}
let changelog: string;
try {
  changelog = fileUnreleasedChanges(await readFile(join(root, 'CHANGELOG.md'), 'utf8'), version, new Date().toISOString().slice(0, 10));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

await setVersion(packageFile, version);
await setVersion(join(root, 'package-lock.json'), version);
await writeFile(join(root, 'CHANGELOG.md'), changelog);

run('npm', ['run', 'build']);
run('npm', ['run', 'lint:firefox']);
run('npx', ['wxt', 'zip']);
run('npx', ['wxt', 'zip', '-b', 'firefox']);

const zips = ['chrome', 'firefox', 'sources'].map((kind) => join(root, '.output', `${manifest.name}-${version}-${kind}.zip`));
const rebuilt = await rebuildFromSources(zips[2]!);
const problems = [
  ...differences(await readZip(zips[0]!), await readFolder(join(rebuilt, '.output/chrome-mv3'))).map((d) => `chrome: ${d}`),
  ...differences(await readZip(zips[1]!), await readFolder(join(rebuilt, '.output/firefox-mv3'))).map((d) => `firefox: ${d}`),
];
await rm(rebuilt, { recursive: true, force: true });

console.log(`\nLegible ${version}:`);
for (const zip of zips) console.log(`  ${zip.slice(root.length + 1)}  ${((await stat(zip)).size / 1024).toFixed(0)} KiB`);
if (problems.length > 0) {
  console.error(`The sources zip does not rebuild the shipped extensions:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('  the sources zip rebuilds both extensions byte for byte (npm ci && npm run build in an empty folder)');
console.log(`Now commit and tag it: git commit -am "Legible ${version}" && git tag v${version}`);

/** Unpacks the sources zip into an empty folder and builds it as a reviewer would. Returns the folder. */
async function rebuildFromSources(sourcesZip: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'legible-rebuild-'));
  for (const [path, bytes] of await readZip(sourcesZip)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), bytes);
  }
  run('npm', ['ci', '--no-audit', '--no-fund'], folder);
  run('npm', ['run', 'build'], folder);
  return folder;
}

/** package.json or its lock file with `version` as the project's own version, in npm's layout. */
async function setVersion(file: string, next: string): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8')) as { version: string; packages?: Record<string, { version?: string }> };
  data.version = next;
  if (data.packages?.['']) data.packages[''].version = next;
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
}
