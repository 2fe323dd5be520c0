import { defineConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * The Vitest config that mutation testing runs (stryker.config.mjs): the app's
 * own, with its Node project alone. Stryker runs a mutant's covering tests
 * afresh for every mutant, and a jsdom route test costs about a second to set
 * up where a unit test costs milliseconds; with the route tests the full run
 * took over an hour and a half on two shared cores. So the logic in scope is
 * held to its unit, data and fuzz tests (`*.test.ts`), as the house style
 * asks of pure functions anyway.
 */
export default defineConfig((env) => {
  const base = viteConfig(env);
  return {
    ...base,
    test: {
      ...base.test,
      projects: undefined,
      environment: 'node',
      include: ['{src,tests,scripts}/**/*.test.ts'],
    },
  };
});
