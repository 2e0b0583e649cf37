/** Percent-encoded text decoded where it is valid percent-encoding, else as it is. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
