import { describe, expect, it } from 'vitest';
import { rendererMainThreadBusyMs, scriptTaskFigures } from '../../../bench/trace-tasks';

// A trace as Chromium writes one: the renderer's main thread (pid 7, tid 1), a raster thread
// (tid 2), the tasks on them ('toplevel'), and inside the tasks the script runs and the marks.
const MAIN = { pid: 7, tid: 1 };
const task = (ts: number, dur: number, tdur: number, thread = MAIN) => ({
  ph: 'X',
  cat: 'toplevel',
  name: 'ThreadControllerImpl::RunTask',
  ...thread,
  ts,
  dur,
  tdur,
});
const inTask = (name: string, ts: number, url?: string, cat = 'devtools.timeline') => ({
  ph: 'X',
  cat,
  name,
  ...MAIN,
  ts,
  dur: 10,
  args: url ? { data: { url } } : {},
});
const SENTINEL = 'chrome-extension://abc/sentinel.js';

function encode(events: object[]): Uint8Array {
  const names = [
    { ph: 'M', name: 'thread_name', ...MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { ph: 'M', name: 'thread_name', pid: 7, tid: 2, ts: 0, args: { name: 'CompositorTileWorker1' } },
  ];
  return new TextEncoder().encode(JSON.stringify({ traceEvents: [...names, ...events] }));
}

const trace = encode([
  // A blank page before it: the script's earlier run in the same tab is not the page's.
  task(100, 3000, 1000),
  inTask('EvaluateScript', 200, SENTINEL),
  // The page: the script's first run, an idle callback, the first pass ending in its measure.
  task(10_000, 4000, 1000),
  inTask('EvaluateScript', 10_100, SENTINEL),
  task(20_000, 500, 500),
  inTask('FunctionCall', 20_100, SENTINEL),
  task(30_000, 12_000, 3000),
  inTask('legible:sentinel', 30_500, undefined, 'blink.user_timing'),
  // The page's own work, and a task on another thread: neither is the script's.
  task(50_000, 7000, 7000),
  inTask('FunctionCall', 50_100, 'http://example.org/app.js'),
  task(60_000, 9000, 9000, { pid: 7, tid: 2 }),
]);

describe('scriptTaskFigures', () => {
  it("sums the thread time of the tasks that ran the page's script, and takes the longest", () => {
    expect(scriptTaskFigures(trace, 'sentinel.js', 'legible:sentinel')).toEqual({ cpuMs: 4.5, longestCpuMs: 3 });
  });

  it('counts nothing for a script that never ran', () => {
    expect(scriptTaskFigures(trace, 'floor.js', 'legible:floor')).toEqual({ cpuMs: 0, longestCpuMs: 0 });
  });
});

describe('rendererMainThreadBusyMs', () => {
  it('adds up the main thread tasks on the wall clock, a nested task counted once, other threads not at all', () => {
    expect(
      rendererMainThreadBusyMs(
        encode([task(0, 1000, 900), task(200, 300, 300), task(2000, 500, 100), task(0, 9000, 9000, { pid: 7, tid: 2 })]),
      ),
    ).toBe(1.5);
  });
});
