import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

/** Every file of a folder, by its path inside it ("content-scripts/reader.js"), with its bytes. */
export async function readFolder(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path).split('\\').join('/'), await readFile(path));
  }
  return files;
}

/** Every file of a zip, by its path inside it, with its bytes. */
export async function readZip(zipFile: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(zipFile));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

/**
 * How two sets of files differ: paths only in one, and paths whose bytes differ. Empty where a
 * rebuild gave back exactly what was shipped, as the add-on store's reviewers check.
 */
export function differences(shipped: Map<string, Buffer>, rebuilt: Map<string, Buffer>): string[] {
  const found: string[] = [];
  for (const [path, bytes] of shipped) {
    const again = rebuilt.get(path);
    if (!again) found.push(`${path}: not in the rebuild`);
    else if (!bytes.equals(again)) found.push(`${path}: differs`);
  }
  for (const path of rebuilt.keys()) if (!shipped.has(path)) found.push(`${path}: only in the rebuild`);
  return found.sort();
}
