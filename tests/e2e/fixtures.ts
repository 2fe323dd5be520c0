import { test as base, expect } from '@playwright/test';
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';

/**
 * Collects what must never happen in a browser context: a console error or
 * warning, an uncaught exception, or a request to any host but the local server.
 */
function watchForProblems(context: BrowserContext, origin: string): string[] {
  const problems: string[] = [];
  context.on('console', (message) => {
    if (isNotFoundDocument(message)) return;
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another host: ${url}`);
    }
  });
  return problems;
}

/**
 * A static host answers an unknown address with 404.html and status 404, and
 * Chromium logs that status as an error. That is the not-found page working.
 */
function isNotFoundDocument(message: ConsoleMessage): boolean {
  return message.text().includes('status of 404') && message.location().url === message.page()?.url();
}

interface Fixtures {
  hygiene: undefined;
  /** A page in a brand-new browser context (no history, no storage): a link opened in another browser. */
  newContextPage: () => Promise<Page>;
}

/**
 * Every e2e test runs with the hygiene checks, on its own context and on any
 * context it opens with `newContextPage`.
 */
export const test = base.extend<Fixtures>({
  hygiene: [
    async ({ context, baseURL }, use) => {
      const problems = watchForProblems(context, new URL(baseURL ?? 'http://127.0.0.1').origin);
      await use(undefined);
      expect(problems, 'console, exceptions and third-party requests').toEqual([]);
    },
    { auto: true },
  ],
  // The fixture's callback is named `provide`, not `use`, so the React hooks lint rule leaves it alone.
  newContextPage: async ({ browser, baseURL, contextOptions }, provide) => {
    const opened: { context: BrowserContext; problems: string[] }[] = [];
    await provide(async () => {
      const context = await browser.newContext({ ...contextOptions, baseURL });
      opened.push({ context, problems: watchForProblems(context, new URL(baseURL ?? 'http://127.0.0.1').origin) });
      return context.newPage();
    });
    for (const { context, problems } of opened) {
      await context.close();
      expect(problems, 'console, exceptions and third-party requests in the new context').toEqual([]);
    }
  },
});

export { expect };
