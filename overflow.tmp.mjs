import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '/work/main/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
const s = await page.context().newCDPSession(page);
await s.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
for (const url of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4173' + url);
  const r = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth; const out = [];
    for (const el of document.querySelectorAll('body *')) { const b = el.getBoundingClientRect(); if (b.right > vw + 1 && !el.closest('.visually-hidden')) out.push(`${el.tagName}.${el.className} ${Math.round(b.right)} "${(el.textContent||'').slice(0,30)}"`); }
    return [document.documentElement.scrollWidth, out.slice(0, 8)];
  });
  console.log(url, JSON.stringify(r, null, 1));
}
await browser.close();
