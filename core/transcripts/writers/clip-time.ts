/** "1:05" or "1:02:03": a moment of a clip as people read it. */
export function clipTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "00:01:05.250", or with a comma for SRT: the timestamps caption files use. */
export function captionTimestamp(seconds: number, fractionSeparator: '.' | ','): string {
  const millis = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const h = Math.floor(millis / 3_600_000);
  const m = Math.floor((millis % 3_600_000) / 60_000);
  const s = Math.floor((millis % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}${fractionSeparator}${pad(millis % 1000, 3)}`;
}

/** Where a cue ends: its own end, or the next cue's start, or a few seconds on. */
export function cueEnd(cues: readonly { start?: number; end?: number }[], index: number): number {
  const cue = cues[index]!;
  return cue.end ?? cues[index + 1]?.start ?? (cue.start ?? 0) + 4;
}
