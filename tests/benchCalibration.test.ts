import { describe, expect, test } from 'vitest';
import { slowdownFor } from '../scripts/cpuCalibration.mjs';
import { breakDownTrace } from '../scripts/traceBreakdown.mjs';

describe('the CPU slowdown for a reference speed', () => {
  test('slows a faster host by how much faster it is', () => {
    expect(slowdownFor(2000, 1000)).toBe(2);
    expect(slowdownFor(2600, 1000)).toBe(2.6);
  });

  test('never speeds up a host slower than the reference', () => {
    expect(slowdownFor(800, 1000)).toBe(1);
  });
});

// A renderer main thread with two keystrokes' work, in microseconds, and the profiler's samples.
const main = { pid: 7, tid: 1 };
const other = { pid: 9, tid: 1 };
const task = (thread: typeof main, name: string, ts: number, dur: number) => ({ ph: 'X', ...thread, name, ts, dur });
const frame = (id: number, functionName: string, parent?: number) => ({ id, parent, callFrame: { functionName } });
const trace = {
  traceEvents: [
    { ph: 'M', ...main, name: 'thread_name', args: { name: 'CrRendererMain' } },
    { ph: 'M', ...other, name: 'thread_name', args: { name: 'CrRendererMain' } },
    // A task of 19 ms, 0.5 ms of it the task's own.
    task(main, 'RunTask', 0, 19_000),
    // The first keystroke: 10 ms of JavaScript, of which 1 ms is a nested garbage collection.
    { ...task(main, 'EventDispatch', 0, 10_000), args: { data: { type: 'keydown' } } },
    task(main, 'MinorGC', 1_000, 1_000),
    task(main, 'UpdateLayoutTree', 10_000, 4_000),
    task(main, 'Layout', 14_000, 3_000),
    task(main, 'Paint', 17_000, 1_500),
    // The second keystroke, 2 ms of layout; then work after its paint, which is not the keystroke's.
    task(main, 'RunTask', 30_000, 2_000),
    { ...task(main, 'EventDispatch', 30_000, 0), args: { data: { type: 'keydown' } } },
    task(main, 'Layout', 30_000, 2_000),
    task(main, 'RunTask', 40_000, 5_000),
    task(main, 'Layout', 40_000, 5_000),
    // An idle tab's renderer, busy for less: not the page's.
    task(other, 'RunTask', 0, 1_000),
    task(other, 'Layout', 0, 1_000),
    { ph: 'P', ...main, name: 'Profile', id: '0x1', args: { data: { startTime: 0 } } },
    {
      ph: 'P',
      ...main,
      name: 'ProfileChunk',
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              frame(1, '(root)'),
              frame(2, 'performWorkOnRoot', 1),
              frame(3, 'listContacts', 2),
              frame(4, 'includes', 3),
              frame(5, 'beginWork', 2),
              frame(6, '(idle)', 1),
            ],
            // Sample times: three in the filter, one in React's render, and idle time that counts for nothing.
            samples: [4, 4, 3, 5, 6],
          },
          timeDeltas: [0, 1_000, 1_000, 1_000, 1_000, 5_000],
        },
      },
    },
  ],
};

test('a trace is broken down by part, per keystroke from keydown to paint, with JavaScript shared out by the sampled stacks', () => {
  // 21 ms in all: JavaScript's own 9 ms go three parts to the filter and one to React, as sampled.
  const { parts } = breakDownTrace(trace, [19, 2]);
  expect(parts).toEqual([
    { name: 'Filter (filterContacts)', perKeystroke: 3.375, share: 6.75 / 21 },
    { name: 'Layout', perKeystroke: 2.5, share: 5 / 21 },
    { name: 'Style', perKeystroke: 2, share: 4 / 21 },
    { name: 'React render', perKeystroke: 1.125, share: 2.25 / 21 },
    { name: 'Paint', perKeystroke: 0.75, share: 1.5 / 21 },
    { name: 'GC', perKeystroke: 0.5, share: 1 / 21 },
    { name: 'Other', perKeystroke: 0.25, share: 0.5 / 21 },
  ]);
});

test('the slow keystrokes can be broken down alone', () => {
  const { parts } = breakDownTrace(trace, [19, 2], (latency) => latency > 10);
  expect(parts.map((part) => [part.name, part.perKeystroke])).toEqual([
    ['Filter (filterContacts)', 6.75],
    ['Style', 4],
    ['Layout', 3],
    ['React render', 2.25],
    ['Paint', 1.5],
    ['GC', 1],
    ['Other', 0.5],
  ]);
});

test('a trace that does not match the keystrokes is refused', () => {
  expect(() => breakDownTrace(trace, [19])).toThrow('The trace has 2 keydowns for 1 keystrokes');
});
