/** What a key pressed in the reader asks for; nothing for keys the reader leaves alone. */
export type ReaderKeyAction =
  { kind: 'close' } | { kind: 'shortcuts' } | { kind: 'text-size'; steps: number } | { kind: 'line-focus'; lines: number };

/**
 * The reader's keys (the list `?` shows). A control that takes keys itself (a field, a select, a
 * slider) keeps them, but for Escape; the toolbar keeps its arrows; modified keys are the browser's.
 */
export function readerKeyAction(event: KeyboardEvent, { lineFocus }: { lineFocus: boolean }): ReaderKeyAction | undefined {
  if (event.key === 'Escape') return { kind: 'close' };
  const target = event.target as Element | null;
  if (target?.closest?.('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (event.key === '?') return { kind: 'shortcuts' };
  if (event.key === '+' || event.key === '=') return { kind: 'text-size', steps: 1 };
  if (event.key === '-') return { kind: 'text-size', steps: -1 };
  const lines = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (lines !== 0 && lineFocus && !target?.closest?.('[role="toolbar"]')) return { kind: 'line-focus', lines };
  return undefined;
}
