import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '/work/main/scripts/chromium.mjs';
const base = process.env.BASE ?? 'http://127.0.0.1:4173';
const [tag, ...specs] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const spec of specs) {
  const [url, w, h, scheme = 'light', full = ''] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
  await page.goto(base + url);
  await page.waitForTimeout(400);
  const name = `${tag}-${url.replace(/[^a-z0-9]+/gi, '_')}-${w}-${scheme}.png`;
  await page.screenshot({ path: `/tmp/shots/${name}`, fullPage: full === 'full' });
  console.log(name);
  await page.close();
}
await browser.close();
