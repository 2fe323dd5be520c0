import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// Each worktree or CI job may pick its own port, so that parallel runs never
// test each other's server. The sub-path build is served on the next port.
const port = Number(process.env.E2E_PORT ?? 4173);
export const baseURL = `http://127.0.0.1:${port}`;
export const subPath = '/some/sub/path/';
export const subPathURL = `http://127.0.0.1:${port + 1}${subPath}`;

// The built site is served as plain files with the headers of its _headers
// file, as a static host would serve it: no rewrites, so every test runs on the
// prerendered pages and under the site's CSP (scripts/serveDist.mjs). The
// sub-path site is served like GitHub Pages, which redirects /mou to /mou/.
function staticSite(siteUrl: string, outDir: string, sitePort: number, serveOptions = '') {
  return {
    command: `npm run build -- --outDir ${outDir} && node scripts/serveDist.mjs --dir ${outDir} --port ${sitePort} ${serveOptions}`,
    url: siteUrl,
    env: { SITE_URL: siteUrl },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  // nginx.spec.ts runs against nginx only (playwright.nginx.config.ts).
  testIgnore: 'nginx.spec.ts',
  // The folder the site is served from, so that a test can read its _headers.
  metadata: { siteDir: 'dist' },
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  // One retry on CI, where the machine is shared and a cold hydration can take
  // seconds: the list reporter still names every test that needed it as flaky.
  retries: process.env.CI ? 1 : 0,
  // CI machines are shared: a cold hydration there can take several seconds, so waits are doubled.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    trace: 'off',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: [
    staticSite(`${baseURL}/`, 'dist', port),
    staticSite(subPathURL, 'dist-subpath', port + 1, `--base ${subPath} --redirect-directories`),
  ],
});
