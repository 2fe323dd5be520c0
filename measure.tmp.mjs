import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '/work/main/scripts/chromium.mjs';
const base = process.env.BASE ?? 'http://127.0.0.1:4173';
const tag = process.argv[2] ?? 'x';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const out = {};
for (const w of [320, 375, 414]) {
  const page = await browser.newPage({ viewport: { width: w, height: 667 } });
  await page.goto(base + '/');
  out[`header@${w}`] = await page.evaluate(() => Math.round(document.querySelector('header').getBoundingClientRect().height));
  await page.close();
}
const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
await page.goto(base + '/contacts?agency=kisa,nia');
await page.waitForTimeout(300);
out.firstContactY = await page.evaluate(() => Math.round(document.querySelector('.contact-card').getBoundingClientRect().top));
await page.screenshot({ path: `/tmp/shots/${tag}-contacts-375.png` });
await page.goto(base + '/agenda/2023-03-22');
out.firstItemY = await page.evaluate(() => Math.round(document.querySelector('.timeline article h2').getBoundingClientRect().top));
await page.screenshot({ path: `/tmp/shots/${tag}-day2-375.png` });
const s = await page.context().newCDPSession(page);
await page.setViewportSize({ width: 320, height: 640 });
await s.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
for (const url of ['/', '/contacts', '/agenda/2023-03-21', '/mou', '/agencies/kisa']) {
  await page.goto(base + url);
  out[`sideways200@320 ${url}`] = await page.evaluate(() => document.documentElement.scrollWidth);
}
await page.screenshot({ path: `/tmp/shots/${tag}-200pct-320.png` });
console.log(JSON.stringify(out, null, 1));
await browser.close();
