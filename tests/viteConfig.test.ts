// @vitest-environment node
import { createLogger, loadConfigFromFile } from 'vite';
import { expect, test } from 'vitest';

test('loading the Vite config prints no warning', async () => {
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = logger.warn;
  await loadConfigFromFile({ command: 'serve', mode: 'development' }, 'vite.config.ts', process.cwd(), 'warn', logger);
  expect(warnings).toEqual([]);
});
