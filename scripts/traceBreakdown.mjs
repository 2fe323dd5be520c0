// Breaks a Chromium trace of typing down into where each keystroke's time goes,
// from its keydown to the paint that showed its result: the filter, React's
// render and commit, the router, other JavaScript, style, layout, paint, and
// garbage collection. JavaScript is split by the sampling profiler's stacks, so
// the app must be built with its names (node scripts/build.mjs --no-minify);
// the rest by the trace's events on the renderer's main thread.

/** What the benchmark asks Chromium to trace: the timeline and the JavaScript sampler. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

// Trace events by what they do; an event's time not spent in a child is its own.
const EVENT_PARTS = new Map([
  ...['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'].map((name) => [name, 'Style']),
  ...['Layout'].map((name) => [name, 'Layout']),
  ...['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'RasterTask'].map((name) => [name, 'Paint']),
  ...['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase'].map((name) => [name, 'GC']),
  ...[
    'FunctionCall',
    'EventDispatch',
    'TimerFire',
    'RunMicrotasks',
    'EvaluateScript',
    'FireAnimationFrame',
    'FireIdleCallback',
    'v8.run',
  ].map((name) => [name, 'JavaScript']),
]);

// JavaScript by the functions on its stack, the innermost known one deciding: the app's filter, the router, React.
const FUNCTION_PARTS = new Map([
  ...['filterContacts', 'listContacts', 'groupByAgency', 'firstContacts'].map((name) => [
    name,
    'Filter (filterContacts)',
  ]),
  ...['navigate', 'commitLocation', 'buildLocation', 'buildAndCommitLocation', 'matchRoutes', 'loadMatches'].map(
    (name) => [name, 'Router'],
  ),
  ...['commitRoot', 'flushPassiveEffects', 'flushMutationEffects', 'flushLayoutEffects'].map((name) => [
    name,
    'React commit',
  ]),
  ...['performWorkOnRoot', 'renderRootSync', 'renderRootConcurrent', 'performUnitOfWork'].map((name) => [
    name,
    'React render',
  ]),
]);

/**
 * Sums the main thread's time within each keystroke's window by part:
 * `latencies` are the keystrokes' times from keydown to paint, in ms, in the
 * order typed; `only` picks the keystrokes to count by their latency (the slow
 * ones, say). Returns the parts, largest first, with ms per keystroke and share.
 */
export function breakDownTrace(trace, latencies, only = () => true) {
  const events = trace.traceEvents ?? trace;
  const thread = busiestRendererThread(events);
  const keydowns = events.filter(
    (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown' && sameThread(event, thread),
  );
  if (keydowns.length !== latencies.length)
    throw new Error(`The trace has ${keydowns.length} keydowns for ${latencies.length} keystrokes`);
  const windows = keydowns
    .map((event, index) => ({
      start: event.ts,
      end: event.ts + latencies[index] * 1000,
      counted: only(latencies[index]),
    }))
    .filter((window) => window.counted);
  const within = (start, end) =>
    windows.reduce((sum, window) => sum + Math.max(0, Math.min(end, window.end) - Math.max(start, window.start)), 0);

  const totals = new Map();
  const add = (part, ms) => totals.set(part, (totals.get(part) ?? 0) + ms);
  let javaScript = 0;
  for (const { part, ms } of selfTimes(
    events.filter((event) => event.ph === 'X' && sameThread(event, thread)),
    within,
  )) {
    if (part === 'JavaScript') javaScript += ms;
    else add(part ?? 'Other', ms);
  }
  // The profiler's samples share JavaScript's time out by the functions on their stacks.
  const samples = sampledParts(events, thread, (time) => within(time, time + 1) > 0);
  const sampled = [...samples.values()].reduce((sum, ms) => sum + ms, 0);
  for (const [part, ms] of samples) add(part, (javaScript * ms) / sampled);
  if (sampled === 0) add('JavaScript', javaScript);

  const total = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
  const parts = [...totals]
    .map(([name, ms]) => ({ name, perKeystroke: ms / windows.length, share: total > 0 ? ms / total : 0 }))
    .sort((a, b) => b.perKeystroke - a.perKeystroke);
  return { parts };
}

function sameThread(event, thread) {
  return event.pid === thread.pid && event.tid === thread.tid;
}

/** The renderer main thread that ran longest: the page's, not an idle one's. */
function busiestRendererThread(events) {
  const mains = events.filter((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain');
  let busiest;
  let longest = -1;
  for (const main of mains) {
    const busy = events
      .filter((event) => event.ph === 'X' && event.name === 'RunTask' && sameThread(event, main))
      .reduce((sum, event) => sum + event.dur, 0);
    if (busy > longest) [busiest, longest] = [main, busy];
  }
  if (!busiest) throw new Error('The trace has no renderer main thread');
  return { pid: busiest.pid, tid: busiest.tid };
}

/**
 * Each event's own time (its duration less its children's) within the windows,
 * in ms, with the part of its nearest classified ancestor. Own time is taken to
 * spread evenly over the event: `within(start, end)` is how much of it counts.
 */
function selfTimes(events, within) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const result = [];
  const open = [];
  for (const event of sorted) {
    while (open.length > 0 && open.at(-1).end <= event.ts) result.push(close(open.pop()));
    const parent = open.at(-1);
    if (parent) parent.children += event.dur;
    const part = EVENT_PARTS.get(event.name) ?? parent?.part;
    open.push({ start: event.ts, end: event.ts + event.dur, children: 0, part });
  }
  while (open.length > 0) result.push(close(open.pop()));
  return result;

  function close({ start, end, children, part }) {
    const duration = end - start;
    const counted = duration > 0 ? within(start, end) / duration : 0;
    return { part, ms: (Math.max(0, duration - children) * counted) / 1000 };
  }
}

/** The profiler's sampled time on the thread that `counts` (by its time), in ms, by the part its stack belongs to. */
function sampledParts(events, thread, counts) {
  const nodes = new Map();
  const parts = new Map();
  const clocks = new Map();
  for (const event of events) {
    if (event.pid !== thread.pid) continue;
    if (event.name === 'Profile') clocks.set(event.id, event.args.data.startTime);
    if (event.name !== 'ProfileChunk') continue;
    const data = event.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = data?.timeDeltas ?? [];
    let time = clocks.get(event.id) ?? 0;
    (data?.cpuProfile?.samples ?? []).forEach((id, index) => {
      time += deltas[index] ?? 0;
      const part = partOfStack(nodes, id);
      if (part === undefined || !counts(time)) return;
      parts.set(part, (parts.get(part) ?? 0) + Math.max(0, deltas[index + 1] ?? 0) / 1000);
    });
    clocks.set(event.id, time);
  }
  return parts;
}

function partOfStack(nodes, id) {
  const names = [];
  // A bundle may suffix a name to keep it unique: performWorkOnRoot$1.
  for (let node = nodes.get(id); node; node = nodes.get(node.parent))
    names.push(node.callFrame.functionName.replace(/\$\d+$/, ''));
  if (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(names[0] ?? '(root)')) return undefined;
  for (const name of names) {
    const part = FUNCTION_PARTS.get(name);
    if (part) return part;
  }
  return 'Other JavaScript';
}
