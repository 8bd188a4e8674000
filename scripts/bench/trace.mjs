// What a Chromium trace of one page load says about where the time went: forced layouts (a
// Layout event that carries a JavaScript stack was forced by a script reading layout, such as
// offsetWidth or getBoundingClientRect, before the browser would have laid out the page on its
// own), what fills each long task, and the functions that took the most CPU time (from the
// sampling profiler). Needs the categories in TRACE_CATEGORIES.

/** What a trace must record for the functions below. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/** The file name of a script URL, without its folder or query. */
const fileOf = (url) => (url ? url.replace(/[?#].*$/, '').replace(/^.*\//, '') : '');

const eventsOf = (trace) => (Array.isArray(trace) ? trace : (trace.traceEvents ?? []));

/**
 * The page in the trace whose URL contains `urlPart` (a trace also holds the browser's own
 * pages): its frame ids, its renderer process and that process's main thread.
 */
export function pageOf(trace, urlPart = '') {
  const events = eventsOf(trace);
  const commits = events.filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url?.includes(urlPart));
  const frames = new Set(commits.map((e) => e.args.data.frame));
  const pid = commits.at(-1)?.args.data.processId;
  const tid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  return { events, frames, pid, tid };
}

/**
 * The forced layouts of the page whose URL contains `urlPart`: their count, their total time in
 * ms, the number of all its layouts, and the functions that forced most of them
 * (`file:function` at the top of the stack, with counts), most first.
 */
export function forcedLayouts(trace, urlPart = '') {
  const { events, frames } = pageOf(trace, urlPart);
  const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X' && frames.has(e.args?.beginData?.frame));
  const forced = layouts.filter((e) => e.args.beginData.stackTrace?.length);
  const by = new Map();
  for (const e of forced) {
    const top = e.args.beginData.stackTrace[0];
    const key = `${fileOf(top.url) || '(page)'}:${top.functionName || '(anonymous)'}`;
    by.set(key, (by.get(key) ?? 0) + 1);
  }
  return {
    count: forced.length,
    ms: round(forced.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000),
    layouts: layouts.length,
    top: [...by].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([where, count]) => ({ where, count })),
  };
}

const round = (v) => Math.round(v * 10) / 10;

/** The kind of work a trace event is, for the breakdown of a long task. */
function kind(name) {
  if (name === 'Layout') return 'layout';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles') return 'style';
  if (/GC|Scavenge|Sweep|Mark/i.test(name)) return 'gc';
  if (/^v8\.(compile|parse|deserialize)|CompileScript|CompileModule|CacheScript/i.test(name)) return 'compile';
  if (name === 'ParseHTML') return 'html';
  if (/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|CompositeLayers|HitTest)/.test(name)) return 'paint';
  if (/^(v8\.|V8\.|FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|FireIdleCallback|XHR)/.test(name)) return 'script';
  return 'other';
}

/**
 * The long tasks (over 50 ms) on the page's main thread, each with its time split by kind of
 * work (script, style, layout, gc, compile, html, paint, other; the time of an event that
 * contains others counts only where none of them runs), longest first.
 */
export function longTaskBreakdown(trace, urlPart = '') {
  const { events, pid, tid } = pageOf(trace, urlPart);
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const task of main.filter((e) => e.name === 'RunTask' && e.dur > 50_000)) {
    const end = task.ts + task.dur;
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
    const split = {};
    // Self time: each event's duration less that of the events directly inside it.
    const stack = [];
    const self = new Map();
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
      self.set(e, self.get(e) ?? e.dur);
      stack.push(e);
    }
    const covered = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur)).reduce((s, e) => s + e.dur, 0);
    for (const [e, time] of self) split[kind(e.name)] = (split[kind(e.name)] ?? 0) + Math.max(0, time) / 1000;
    split.other = (split.other ?? 0) + Math.max(0, task.dur - covered) / 1000;
    tasks.push({
      start: task.ts,
      ms: round(task.dur / 1000),
      split: Object.fromEntries(Object.entries(split).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v)])),
    });
  }
  const first = main[0]?.ts ?? 0;
  return tasks.map((t) => ({ ...t, start: round((t.start - first) / 1000) })).sort((a, b) => b.ms - a.ms);
}

/**
 * The functions of the page's renderer that took the most CPU time, by the samples of V8's
 * profiler in the trace: `[{ where: 'file:function', ms }]`, most first, and the same by file.
 * `original(callFrame)` may name a function of a minified file by its source:
 * `{ file, line, name }` (see sourceMapLookup in bytes.mjs).
 */
export function hotFunctions(trace, urlPart = '', limit = 8, original = () => undefined) {
  const { events, pid } = pageOf(trace, urlPart);
  const nodes = new Map();
  const self = new Map();
  for (const e of events.filter((x) => x.pid === pid && x.name === 'ProfileChunk')) {
    const profile = e.args?.data?.cpuProfile ?? {};
    for (const node of profile.nodes ?? []) nodes.set(`${e.id}:${node.id}`, node.callFrame);
    const deltas = e.args.data.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const key = `${e.id}:${id}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
    });
  }
  const byFunction = new Map();
  const byFile = new Map();
  for (const [key, micros] of self) {
    const frame = nodes.get(key);
    if (!frame) continue;
    const name = frame.functionName || 'native';
    const source = frame.url ? original(frame) : undefined;
    const file = source?.file ?? (fileOf(frame.url) || (name.startsWith('(') ? name : `(${name})`));
    if (['(idle)', '(program)', '(root)'].includes(file)) continue;
    const where = source
      ? `${source.file}:${source.line} ${source.name ?? (frame.functionName || '(anonymous)')}`
      : frame.url
        ? `${file}:${frame.functionName || '(anonymous)'}`
        : file;
    byFunction.set(where, (byFunction.get(where) ?? 0) + micros / 1000);
    byFile.set(file, (byFile.get(file) ?? 0) + micros / 1000);
  }
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([where, ms]) => ({ where, ms: round(ms) }));
  return { functions: top(byFunction), files: top(byFile) };
}
