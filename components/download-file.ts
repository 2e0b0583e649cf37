import { afterDelay } from './after-delay';

/** Offers text to the user as a file, the way a link with `download` does. */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the file once the click is handled; the address is let go a minute on.
  afterDelay(60_000, () => URL.revokeObjectURL(url));
}

/** A file name from a clip's title: letters, digits and dashes, never empty. */
export function fileNameFor(title: string | undefined, extension: string): string {
  const stem = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${stem || 'transcript'}.${extension}`;
}
