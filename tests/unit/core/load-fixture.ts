import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not a URL: under happy-dom the global URL is not one node:fs accepts.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** The text of `tests/fixtures/<area>/<slug>/<file>`. */
export function readFixture(area: string, slug: string, file = 'source.html'): string {
  return readFileSync(join(FIXTURES, area, slug, file), 'utf8');
}

/** Parses an HTML fixture as a browser's DOMParser does (scripting off). */
export function parseFixture(area: string, slug: string): Document {
  return new DOMParser().parseFromString(readFixture(area, slug), 'text/html');
}

/** Parses an HTML string. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A short, readable name for an element in failure messages. */
export function describeElement(element: Element): string {
  const classes = element.getAttribute('class');
  return `<${element.localName}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}> "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
}
