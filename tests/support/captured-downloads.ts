import { vi } from 'vitest';

export type CapturedDownload = { name: string; text: Promise<string> };

/**
 * Catches the files the page offers for download (a blob link clicked with `download`), which a
 * test browser would otherwise try to save; restore with vi.restoreAllMocks().
 */
export function captureDownloads(): CapturedDownload[] {
  const files: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:legible/${blobs.size + 1}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) files.push({ name: this.download, text: blob.text() });
  });
  return files;
}
