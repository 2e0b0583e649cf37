/**
 * The JSON value a page's inline script assigns after `marker` (`window.playerConfig = {…}`):
 * read by matching braces, strings and escapes respected, then parsed as JSON. Undefined where
 * there is none or it does not parse. Players put their configuration in pages this way, and a
 * regular expression cannot find where such an object ends.
 */
export function readEmbeddedJson(text: string, marker: RegExp): unknown {
  const found = new RegExp(marker.source, marker.flags.replace('g', '')).exec(text);
  if (!found) return undefined;
  const start = text.slice(found.index + found[0].length).search(/\S/) + found.index + found[0].length;
  const open = text[start];
  if (open !== '{' && open !== '[') return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if ((char === '}' || char === ']') && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1)) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * A service's or a page's JSON, or undefined where it does not parse (a byte-order mark is
 * allowed): what every reader of outside JSON needs, without a try block each.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}
