/** Text as a reader sees it: each run of whitespace (line breaks, tabs, indentation) one space, none at the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
