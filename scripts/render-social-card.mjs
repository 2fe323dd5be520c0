// Renders scripts/social-card.html into public/social-card.png (1200 × 630),
// the image link previews show. Run once after changing the card: npm run social-card
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const card = pathToFileURL(fileURLToPath(new URL('./social-card.html', import.meta.url))).href;
const output = fileURLToPath(new URL('../public/social-card.png', import.meta.url));

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.goto(card);
await page.screenshot({ path: output });
await browser.close();
console.log(`Wrote ${output}`);
