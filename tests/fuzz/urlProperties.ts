import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

/**
 * Cases per property: 1,000 unless FUZZ_RUNS says otherwise, so that `npm test`
 * stays quick on a laptop; CI runs 10,000 (.ci/run).
 */
export function fuzzRuns(env: Record<string, string | undefined>): number {
  const runs = Number(env.FUZZ_RUNS);
  return Number.isSafeInteger(runs) && runs > 0 ? runs : 1_000;
}

/** Fixed, so a failure found in CI is found again on any machine. Override with FUZZ_SEED / FUZZ_RUNS to explore. */
export const fuzzOptions: fc.Parameters<unknown> = {
  seed: Number(process.env.FUZZ_SEED ?? 20230321),
  numRuns: fuzzRuns(process.env),
};

export const PROPERTY_TIMEOUT_MS = 120_000;

/** Checks a property on fuzzOptions.numRuns generated inputs, and that it really ran that many. */
export function assertProperty<T>(input: fc.Arbitrary<T>, check: (value: T) => void): void {
  let runs = 0;
  fc.assert(
    fc.property(input, (value) => {
      runs += 1;
      check(value);
    }),
    fuzzOptions,
  );
  expect(runs).toBeGreaterThanOrEqual(fuzzOptions.numRuns ?? 0);
}

/** A function that turns URL input into app state, with its inverse. */
export interface UrlParser<Input, State> {
  /** Names the test group, e.g. "the day path param". */
  name: string;
  /** What arrives from the address bar. */
  input: fc.Arbitrary<Input>;
  parse: (input: Input) => State;
  /** Says what is wrong with a state; an empty list means it is valid. */
  problems: (state: State) => string[];
  /** The one canonical URL form of a state. */
  serialize: (state: State) => Input;
  /** The part of the state that the URL carries (defaults to all of it). */
  carried?: (state: State) => unknown;
}

/**
 * Registers the three properties every URL parser must have: parsing never
 * throws (nor pollutes Object.prototype), the result is always valid, and
 * serialize(parse(x)) is canonical, parsing back to the same state.
 *
 * A new page that reads the URL adds one call, e.g. for `/search?q=`:
 *
 *   describeUrlParser({
 *     name: 'the search page query (/search?q=…)',
 *     input: anyQueryString(['q']),
 *     parse: (searchStr) => parseSearchPage(searchSchema.parse(defaultParseSearch(searchStr))),
 *     problems: (state) => (state.query.length <= MAX ? [] : ['query too long']),
 *     serialize: (state) => stringifyReadableSearch(toSearchPageSearch(state)),
 *   });
 */
export function describeUrlParser<Input, State>(parser: UrlParser<Input, State>): void {
  const carried = parser.carried ?? ((state: State) => state);

  describe(parser.name, () => {
    test(
      'parsing never throws and never pollutes Object.prototype',
      () => {
        const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
        assertProperty(parser.input, (input) => {
          parser.parse(input);
          expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        });
      },
      PROPERTY_TIMEOUT_MS,
    );

    test(
      'the result is always a valid state',
      () => {
        assertProperty(parser.input, (input) => {
          expect(parser.problems(parser.parse(input))).toEqual([]);
        });
      },
      PROPERTY_TIMEOUT_MS,
    );

    test(
      'serialize(parse(x)) is canonical and parses back to the same state',
      () => {
        assertProperty(parser.input, (input) => {
          const state = parser.parse(input);
          const canonical = parser.serialize(state);
          const again = parser.parse(canonical);
          expect(carried(again)).toEqual(carried(state));
          expect(parser.serialize(again)).toEqual(canonical);
        });
      },
      PROPERTY_TIMEOUT_MS,
    );
  });
}
