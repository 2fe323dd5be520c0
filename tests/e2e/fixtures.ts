import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs with these checks: no console error or warning, no
 * uncaught exception, and no request to any host but the local server.
 */
export const test = base.extend<{ hygiene: undefined }>({
  hygiene: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          problems.push(`request to another host: ${url}`);
        }
      });
      await use(undefined);
      expect(problems, 'console, exceptions and third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
