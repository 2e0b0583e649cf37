import { execFileSync } from 'node:child_process';

/**
 * Presses keys in a browser's window on its X display with xdotool, as a keyboard would: the
 * window showing `title` gets the focus first.
 */
export function pressKeysInWindow(display: string, title: string, keys: string): void {
  const env = { ...process.env, DISPLAY: display };
  const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--name', escapeRegExp(title)], { env, encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean);
  const window = windows.at(-1);
  if (!window) throw new Error(`No window shows "${title}" on ${display}`);
  execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
  execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
