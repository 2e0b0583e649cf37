/**
 * React Router's turbo-stream (v2) data, as pages hydrated by React Router carry it:
 * `streamController.enqueue("<chunk>")` calls in inline scripts, whose chunks joined are lines.
 * The first line is a flat table of values: objects map `_<key index>` to a value index, arrays
 * hold indices, and arrays that begin with a string tag are typed values (`["D", ms]` a date,
 * `["P", id]` a promise a later `P<id>:[…]` line resolves by appending to the table). Written
 * here: React Router decodes it with its own copy of turbo-stream, and the standalone package
 * numbers its special values differently, so neither reads these pages as they are.
 */

/** Negative indices, as React Router's copy of turbo-stream numbers them. */
const SPECIALS: Record<number, unknown> = {
  [-1]: undefined,
  [-2]: Number.NaN,
  [-3]: -Infinity,
  [-4]: -0,
  [-5]: null,
  [-6]: Infinity,
  [-7]: undefined,
};
/** `enqueue("…")` with its argument, a JSON string literal. */
const ENQUEUE = /\.enqueue\(\s*("(?:[^"\\]|\\.)*")\s*\)/g;
/** A later line resolving (P) or rejecting (E) a promise of the table: `P12:[…]`. */
const DEFERRED_LINE = /^([PE])(\d+):(.*)$/s;
/** Deeper than any page's data nests: a crafted table cannot exhaust the stack. */
const MAX_DEPTH = 200;

/** The chunks a page's inline scripts enqueue, joined; undefined where there are none. */
export function turboStreamText(scripts: Iterable<string>): string | undefined {
  let text = '';
  for (const script of scripts) {
    if (!script.includes('enqueue(')) continue;
    for (const call of script.matchAll(ENQUEUE)) {
      try {
        const chunk: unknown = JSON.parse(call[1]!);
        if (typeof chunk === 'string') text += chunk;
      } catch {
        // A chunk that is not a JSON string is not turbo-stream data; the rest may still be.
      }
    }
  }
  return text || undefined;
}

/** The value the stream's first line describes, deferred values filled in; undefined if it does not decode. */
export function decodeTurboStream(text: string): unknown {
  const [head, ...rest] = text.split('\n');
  let values: unknown[];
  try {
    values = JSON.parse(head ?? '') as unknown[];
  } catch {
    return undefined;
  }
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const promises = new Map<number, number>();
  for (const line of rest) {
    const deferred = DEFERRED_LINE.exec(line);
    if (!deferred || deferred[1] !== 'P') continue;
    try {
      const appended = JSON.parse(deferred[3]!) as unknown;
      if (!Array.isArray(appended) || appended.length === 0) continue;
      promises.set(Number(deferred[2]), values.length);
      values = values.concat(appended);
    } catch {
      // A broken deferred line leaves its promise unresolved, as the page would.
    }
  }
  return hydrate(values, promises);
}

function hydrate(values: readonly unknown[], promises: ReadonlyMap<number, number>): unknown {
  const done = new Map<number, unknown>();
  const at = (index: unknown, depth: number): unknown => {
    if (typeof index !== 'number' || !Number.isInteger(index)) return undefined;
    if (index < 0) return SPECIALS[index];
    if (done.has(index)) return done.get(index);
    if (depth > MAX_DEPTH || index >= values.length) return undefined;
    const raw = values[index];
    if (Array.isArray(raw)) {
      if (typeof raw[0] === 'string') return typed(raw, depth);
      const list: unknown[] = [];
      done.set(index, list);
      for (const item of raw) list.push(at(item, depth + 1));
      return list;
    }
    if (typeof raw === 'object' && raw !== null) {
      const object: Record<string, unknown> = {};
      done.set(index, object);
      return fill(object, raw, depth);
    }
    return raw;
  };
  const fill = (object: Record<string, unknown>, raw: object, depth: number) => {
    for (const [key, value] of Object.entries(raw)) {
      const name = key.startsWith('_') ? values[Number(key.slice(1))] : undefined;
      if (typeof name === 'string') object[name] = at(value, depth + 1);
    }
    return object;
  };
  const typed = (raw: unknown[], depth: number): unknown => {
    const [tag, value] = raw;
    if (tag === 'D' && typeof value === 'number') return new Date(value);
    if (tag === 'P' && typeof value === 'number') return promises.has(value) ? at(promises.get(value), depth + 1) : undefined;
    // An object without a prototype, and a promise that had already resolved.
    if (tag === 'N' && typeof value === 'object' && value !== null) return fill({}, value, depth);
    if (tag === 'Z') return at(value, depth + 1);
    // Maps, sets, URLs, regular expressions, symbols, errors: no page data Legible reads is one.
    return undefined;
  };
  return at(0, 0);
}
