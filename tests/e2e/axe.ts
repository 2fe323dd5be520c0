import type { Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { expect } from './fixtures';
import { untilReactOwnsThePage } from './hydration';

/** The rule sets the app is held to: WCAG 2.2 AA and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// The axe-core that @axe-core/playwright brings (4.13). AxeBuilder injects it
// again on every run and finishes each run in a new blank page, about five
// times the cost of a plain run; with four runs per page over every state,
// that is most of the suite's time. The app has no frames, so a plain
// axe.run() in the page checks exactly what AxeBuilder would.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource: string = (fromAxePlaywright('axe-core') as { source: string }).source;

interface AxeNode {
  target: string[];
  failureSummary?: string;
  any: { data?: { messageKey?: string } | null }[];
}
interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}

// Checks axe may leave undecided without anything being wrong: text made only
// of symbols (such as the arrows beside "Next day") has no contrast to measure.
const harmlessUndecided = new Set(['nonBmp']);

function describe(results: AxeResult[]): string[] {
  return results.map(
    (result) =>
      `${result.id} (${result.impact ?? 'no impact'}): ${result.help}\n` +
      result.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
}

/**
 * Runs axe over the whole page as it stands. Fails on any violation, whatever
 * its impact, and on any check axe could not decide (for example a contrast it
 * could not measure), so that "no violations" means every check passed.
 */
export async function expectNoAxeViolations(page: Page, label: string, { withApp = true } = {}): Promise<void> {
  // Without JavaScript the page stays as its HTML came.
  if (withApp) await untilReactOwnsThePage(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const { violations, incomplete } = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: {
        run: (context: Document, options: object) => Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }>;
      };
    };
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    return { violations: results.violations, incomplete: results.incomplete };
  }, axeTags);
  expect(describe(violations), `axe violations on ${label}`).toEqual([]);
  const undecided = incomplete
    .map((result) => ({
      ...result,
      nodes: result.nodes.filter(
        (node) => !node.any.every((check) => harmlessUndecided.has(String(check.data?.messageKey))),
      ),
    }))
    .filter((result) => result.nodes.length > 0);
  expect(describe(undecided), `checks axe could not decide on ${label}`).toEqual([]);
}
