import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

// The static-host journeys again, on Debian's nginx running deploy/nginx.conf
// (scripts/serveNginx.mjs) on E2E_PORT + 2, with the HTTP-to-HTTPS redirect on
// E2E_PORT + 3. The sub-path tests stay with the main config.
const port = Number(process.env.E2E_PORT ?? 4173) + 2;
export const nginxURL = `http://127.0.0.1:${port}`;
export const nginxRedirectURL = `http://127.0.0.1:${port + 1}`;

// Spread rather than merged with defineConfig, which would add the main config's servers to this one's.
export default defineConfig({
  ...baseConfig,
  testIgnore: [],
  testMatch: /(static-host|journeys|nginx)\.spec\.ts$/,
  grepInvert: /under a sub-path/,
  outputDir: 'test-results/e2e-nginx',
  metadata: { siteDir: 'dist-nginx' },
  use: { ...baseConfig.use, baseURL: nginxURL },
  webServer: {
    command: `npm run build -- --outDir dist-nginx && node scripts/serveNginx.mjs --dir dist-nginx --port ${port}`,
    url: `${nginxURL}/`,
    env: { SITE_URL: `${nginxURL}/` },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
