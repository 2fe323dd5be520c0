import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '/work/main/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
await page.goto('http://127.0.0.1:4173/contacts?agency=kisa,nia');
console.log(await page.evaluate(() => [...document.querySelector('.result-bar').children].map(c => `${c.tagName}.${c.className} ${JSON.stringify(c.getBoundingClientRect())} ${getComputedStyle(c).position}`)));
await browser.close();
