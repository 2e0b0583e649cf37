// Reading a Chromium trace for the main-thread tasks of a page's renderer: how long they took on
// the wall clock and on the thread itself. On a machine of two cores a task's wall time is often
// several times its thread time, the rest spent waiting for a core the page's raster, the GPU
// process or the browser holds; thread time is what the task itself costs.

/** What the bench asks Chromium to trace: tasks, the scripts they run, and the marks Legible leaves. */
export const TASK_TRACE_CATEGORIES = ['toplevel', '__metadata', 'devtools.timeline', 'blink.user_timing'];

type TraceEvent = {
  ph: string;
  cat?: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
};
type Task = { pid: number; tid: number; ts: number; dur: number; tdur: number };

/** One content script's tasks during a trace: their thread time in all, and the longest one's (ms). */
export type ScriptTaskFigures = { cpuMs: number; longestCpuMs: number };

function readTrace(trace: Uint8Array): TraceEvent[] {
  return (JSON.parse(new TextDecoder().decode(trace)) as { traceEvents: TraceEvent[] }).traceEvents;
}

function rendererMainThreadTasks(events: TraceEvent[]): Task[] {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.ph === 'X' && e.cat?.split(',').includes('toplevel') && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ pid: e.pid, tid: e.tid, ts: e.ts, dur: e.dur!, tdur: e.tdur ?? e.dur! }))
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts);
}

/** The time renderer main threads spent in tasks during a trace (ms), nested tasks counted once. */
export function rendererMainThreadBusyMs(trace: Uint8Array | undefined): number {
  if (!trace) return Number.NaN;
  let busyMicros = 0;
  let thread = '';
  let coveredUntil = 0;
  for (const task of rendererMainThreadTasks(readTrace(trace))) {
    const key = `${task.pid}:${task.tid}`;
    if (key !== thread) [thread, coveredUntil] = [key, 0];
    const end = task.ts + task.dur;
    if (end > coveredUntil) busyMicros += end - Math.max(task.ts, coveredUntil);
    coveredUntil = Math.max(coveredUntil, end);
  }
  return busyMicros / 1000;
}

/**
 * The tasks that ran a content script: those that evaluated it or called one of its functions
 * (its idle callbacks, its timers), and those where it left a mark starting with `markPrefix`
 * (a promise it awaited may resume it in a task that calls none of its functions by name).
 */
export function scriptTaskFigures(trace: Uint8Array, scriptFile: string, markPrefix: string): ScriptTaskFigures {
  const events = readTrace(trace);
  const ofScript = (e: TraceEvent) => e.args?.data?.url?.endsWith(`/${scriptFile}`) === true;
  // The trace may hold an earlier page's run in the same tab: the page's own starts with its script's last first run.
  const evaluated = Math.max(...events.filter((e) => e.name === 'EvaluateScript' && ofScript(e)).map((e) => e.ts));
  const inside = events.filter(
    (e) => e.ts >= evaluated && (ofScript(e) || (e.cat === 'blink.user_timing' && e.name.startsWith(markPrefix))),
  );
  const tasks = rendererMainThreadTasks(events).filter((task) =>
    inside.some((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + task.dur),
  );
  return {
    cpuMs: tasks.reduce((sum, task) => sum + task.tdur, 0) / 1000,
    longestCpuMs: Math.max(0, ...tasks.map((task) => task.tdur)) / 1000,
  };
}
