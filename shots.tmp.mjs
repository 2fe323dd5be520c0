import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4173';
const paths = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 320]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    page.on('console', (m) => console.log('console', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    for (const p of paths) {
      await page.goto(base + p);
      await page.waitForTimeout(400);
      const name = `${p.replace(/[^a-z0-9]+/gi, '_')}_${width}_${scheme}`;
      const sw = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
        document.title,
      ]);
      console.log(name, sw);
      await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
    }
    await page.close();
  }
}
await browser.close();
