/**
 * The sentinel and the reader are content scripts of the same extension, so they share one
 * isolated world: the reader leaves its toggle here for the sentinel to call. Page scripts live in
 * another world and cannot see it.
 */
export type ReaderHook = { toggle(options?: OpenOptions): void };

/** How the reader was asked to open: from the keyboard (its shortcut), its focus ring shows. */
export type OpenOptions = { fromKeyboard?: boolean };

const HOOK_KEY = Symbol.for('legible.reader-hook');

type HookHolder = { [HOOK_KEY]?: ReaderHook };

export function getReaderHook(): ReaderHook | undefined {
  return (globalThis as HookHolder)[HOOK_KEY];
}

export function setReaderHook(hook: ReaderHook | undefined): void {
  (globalThis as HookHolder)[HOOK_KEY] = hook;
}

/** Where the background leaves how the reader was asked to open, just before it injects it. */
export const OPEN_OPTIONS_KEY_NAME = 'legible.open-options';

type OptionsHolder = { [key: symbol]: OpenOptions | undefined };

/** The options the background left, taken once; none where it left none. */
export function takeOpenOptions(): OpenOptions {
  const holder = globalThis as unknown as OptionsHolder;
  const key = Symbol.for(OPEN_OPTIONS_KEY_NAME);
  const options = holder[key] ?? {};
  delete holder[key];
  return options;
}
