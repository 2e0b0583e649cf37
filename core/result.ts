/** An expected failure, carried as a value rather than thrown. */
export type Failure<R extends string> = { ok: false; reason: R; detail: string };

/** Builds a Failure; `detail` is a short English sentence for logs and tooltips. */
export function fail<R extends string>(reason: R, detail: string): Failure<R> {
  return { ok: false, reason, detail };
}
