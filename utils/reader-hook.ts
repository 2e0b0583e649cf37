/**
 * The sentinel and the reader are content scripts of the same extension, so they share one
 * isolated world: the reader leaves its toggle here for the sentinel to call. Page scripts live in
 * another world and cannot see it.
 */
export type ReaderHook = { toggle(): void };

const HOOK_KEY = Symbol.for('legible.reader-hook');

type HookHolder = { [HOOK_KEY]?: ReaderHook };

export function getReaderHook(): ReaderHook | undefined {
  return (globalThis as HookHolder)[HOOK_KEY];
}

export function setReaderHook(hook: ReaderHook | undefined): void {
  (globalThis as HookHolder)[HOOK_KEY] = hook;
}
