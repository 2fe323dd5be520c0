// @ts-check
/**
 * Mutation testing (npm run test:mutation): StrykerJS changes the code that
 * decides what people see and share, one small change at a time, and runs the
 * Vitest tests that cover each change. A change no test notices is a
 * "survivor": behaviour no test pins down. docs/TESTING.md says how to read
 * the report and lists the survivors kept on purpose.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */

// The fast-check properties run 1,000 cases each in npm test; a mutant needs far fewer to be caught, and with
// the fixed seed each run is the same. Set FUZZ_RUNS to run more.
process.env.FUZZ_RUNS ??= '100';

export default {
  mutate: [
    // Small pure helpers: dates, phones, text folding, search values, titles, vCard and iCalendar.
    'src/lib/**/*.ts',
    '!src/lib/**/*.test.ts',
    // The language of a path and a page's address in it, plural forms, counts, the formatted text a page carries,
    // and day labels (Day 2, 2일 차). The rest of src/i18n is the catalogues' words and their loading.
    'src/i18n/locales.ts',
    'src/i18n/plural.ts',
    'src/i18n/formatCount.ts',
    'src/i18n/prerenderedFormats.ts',
    'src/i18n/dayLabel.ts',
    // The data checks.
    'src/data/dataProblems.ts',
    'src/data/eventSchema.ts',
    // The route parameter readers: /agenda/$day (findDay; the programme above it is data, left alone
    // by "Stryker disable" comments), /agencies/$agency and /people/$person.
    'src/data/agenda.ts',
    'src/data/organisationLookups.ts',
    'src/data/people.ts',
    // The pure modules of the features: filtering, search params, search and highlight, MoU status, slug reading.
    'src/features/contacts/filterContacts.ts',
    'src/features/contacts/contactsSearch.ts',
    'src/features/search/searchParams.ts',
    'src/features/search/search.ts',
    'src/features/search/highlight.ts',
    'src/features/mou/mouStatus.ts',
    'src/features/agenda/slugFromHash.ts',
    'src/features/agenda/dayOfItem.ts',
  ],
  testRunner: 'vitest',
  // The app's Vitest config without its jsdom project (see vitest.mutation.config.ts): a mutant is tested by the
  // unit, data and fuzz tests (*.test.ts) that cover it, among the files that import its module.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // The machine and CI have two cores.
  concurrency: 2,
  // Reruns reuse the result of every mutant whose code and covering tests are unchanged.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  timeoutMS: 10_000,
};
