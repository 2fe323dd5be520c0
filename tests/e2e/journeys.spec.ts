import { expect, test } from './fixtures';
import { untilReactOwnsThePage } from './hydration';
import { pageNamed } from './routes';

const day1 = pageNamed('agenda-day-1');
const day2 = pageNamed('agenda-day-2');
const day3 = pageNamed('agenda-day-3');

test('agenda by day: from the overview to the agenda, across the days and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agenda' }).click();
  await expect(page).toHaveURL('/agenda/2023-03-21');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(day1.heading);
  await expect(page).toHaveTitle(day1.title);
  const dayNav = page.getByRole('navigation', { name: 'Event days' });
  await expect(dayNav.getByRole('link', { name: /Day 1/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('article')).toHaveCount(4);

  await dayNav.getByRole('link', { name: /Day 2/ }).click();
  await expect(page).toHaveURL('/agenda/2023-03-22');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(day2.heading);
  await expect(dayNav.getByRole('link', { name: /Day 2/ })).toHaveAttribute('aria-current', 'page');
  await expect(
    page.getByRole('heading', { level: 2, name: '“Enhancing Cyber Security and Resilience”' }),
  ).toBeVisible();
  await expect(page.getByText('Lee Won Tae')).toBeVisible();

  const pager = page.getByRole('navigation', { name: 'Previous and next day' });
  await pager.getByRole('link', { name: 'Next day: Day 3' }).click();
  await expect(page).toHaveURL('/agenda/2023-03-23');
  await expect(page).toHaveTitle(day3.title);
  await expect(pager.getByRole('link', { name: /Next day/ })).toHaveCount(0);

  await pager.getByRole('link', { name: 'Previous day: Day 2' }).click();
  await expect(page).toHaveURL('/agenda/2023-03-22');
  await page.goBack();
  await expect(page).toHaveURL('/agenda/2023-03-23');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(day3.heading);
});

test('an agenda item’s #slug link opens cold, scrolled into view and highlighted', async ({ page }) => {
  // A phone-sized window, so that the item starts below the fold.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  const item = page.getByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  await expect(item).toBeInViewport({ ratio: 0.9 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(item).toHaveClass(/agenda-item--highlighted/);
  await expect(page.getByRole('article', { name: /A New Journey/ })).not.toHaveClass(/highlighted/);
  // Highlighted means looking different from the others, not only a class name.
  const background = (locator: typeof item) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background(item)).not.toBe(await background(page.getByRole('article', { name: /A New Journey/ })));

  // The item's title links to its own address, and following another moves the highlight.
  await expect(
    item.getByRole('heading').getByRole('link', { name: '“Enhancing Cyber Security and Resilience”' }),
  ).toHaveAttribute('href', '/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  const first = page.getByRole('article', { name: /A New Journey/ });
  await first
    .getByRole('heading')
    .getByRole('link', { name: /A New Journey/ })
    .click();
  await expect(page).toHaveURL('/agenda/2023-03-22#a-new-journey-to-digital-platform-government');
  await expect(first).toHaveClass(/agenda-item--highlighted/);
  await expect(item).not.toHaveClass(/highlighted/);
  await expect(first).toBeInViewport({ ratio: 0.9 });
});

test('a reader who scrolls while a slow phone starts the app stays where they scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  // Slowed 10×, the app starts seconds after the prerendered page is readable.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await page.goto('/agenda/2023-03-22', { waitUntil: 'domcontentloaded' });
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(600);
  await untilReactOwnsThePage(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(600);

  // Once it runs, the app's own navigation still opens each page at its top.
  await page
    .getByRole('navigation', { name: 'Previous and next day' })
    .getByRole('link', { name: /Next day/ })
    .click();
  await expect(page).toHaveURL('/agenda/2023-03-23');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test('contacts by agency: filters live in the URL, survive reload, a new browser and the history', async ({
  page,
  newContextPage,
}) => {
  await page.goto('/contacts');
  const status = page.getByRole('status');
  await expect(status).toHaveText('Showing all 10 contacts');

  await page.getByRole('checkbox', { name: /KISA/ }).check();
  await expect(page).toHaveURL('/contacts?agency=kisa');
  await expect(status).toHaveText('Showing 2 of 10 contacts');

  await page.getByRole('checkbox', { name: /NIA/ }).check();
  await expect(page).toHaveURL('/contacts?agency=kisa,nia');
  await expect(status).toHaveText('Showing 4 of 10 contacts');

  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  await search.fill('manager');
  await expect(page).toHaveURL('/contacts?agency=kisa,nia&q=manager');
  await expect(status).toHaveText('Showing 2 of 10 contacts');
  const names = page.getByRole('heading', { level: 4 });
  await expect(names).toHaveText(['Lim Minjee', 'Oh Daehoon']);

  await page.reload();
  await expect(status).toHaveText('Showing 2 of 10 contacts');
  await expect(names).toHaveText(['Lim Minjee', 'Oh Daehoon']);
  await expect(search).toHaveValue('manager');
  await expect(page.getByRole('checkbox', { name: /KISA/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /NIA/ })).toBeChecked();

  const elsewhere = await newContextPage();
  await elsewhere.goto(page.url());
  await expect(elsewhere.getByRole('status')).toHaveText('Showing 2 of 10 contacts');
  await expect(elsewhere.getByRole('heading', { level: 4 })).toHaveText(['Lim Minjee', 'Oh Daehoon']);
  await expect(elsewhere.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('manager');
  await expect(elsewhere.getByRole('checkbox', { name: /NIA/ })).toBeChecked();

  // Typing replaced its history entry, so Back goes to the state before the second agency.
  await page.goBack();
  await expect(page).toHaveURL('/contacts?agency=kisa');
  await expect(search).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: /NIA/ })).not.toBeChecked();
  await expect(status).toHaveText('Showing 2 of 10 contacts');
  await page.goBack();
  await expect(page).toHaveURL('/contacts');
  await expect(status).toHaveText('Showing all 10 contacts');
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL('/contacts?agency=kisa,nia&q=manager');
  await expect(search).toHaveValue('manager');
  await expect(names).toHaveText(['Lim Minjee', 'Oh Daehoon']);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL('/contacts');
  await expect(status).toHaveText('Showing all 10 contacts');
  await expect(search).toHaveValue('');
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('MoU: its facts, its status computed from today, and its links', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2025-06-01T09:00:00Z'));
  await page.goto('/mou');
  const facts = page.getByRole('region', { name: 'The agreement at a glance' });
  const fact = (term: string) => facts.locator(`dt:text-is("${term}") + dd`);
  await expect(fact('Parties')).toHaveText('Ministry of Science and ICT and the World Bank');
  await expect(fact('Type')).toHaveText('Non-binding understanding between the two sides');
  await expect(fact('Signed')).toHaveText('21 March 2023, at the opening ceremony of Korea Digital Days');
  await expect(fact('Term')).toHaveText('3 years from the date of signing');
  await expect(fact('Status today')).toHaveText('In effect until 21 March 2026');
  await expect(page.getByRole('region', { name: 'Areas of cooperation' }).getByRole('listitem')).toHaveCount(9);

  await facts.getByRole('link', { name: 'The signing, Day 1' }).click();
  await expect(page).toHaveURL('/agenda/2023-03-21#mou-signing');
  const signing = page.getByRole('article', { name: /Signing of the MoU/ });
  await expect(signing).toHaveClass(/agenda-item--highlighted/);
  await expect(signing).toBeInViewport({ ratio: 0.9 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await signing.getByRole('link', { name: 'Read the MoU' }).click();
  await expect(page).toHaveURL('/mou');

  await facts.getByRole('link', { name: 'Contacts at MSIT' }).click();
  await expect(page).toHaveURL('/contacts?agency=msit');
  await expect(page.getByRole('checkbox', { name: /MSIT/ })).toBeChecked();
  await expect(page.getByRole('heading', { level: 4 })).toHaveText(['Jang Eunyoung', 'Park Suhyun']);
});

test('MoU: on and after the third anniversary of signing, it says its term ran out, and no more than that', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-03-21T00:30:00Z'));
  await page.goto('/mou');
  const facts = page.getByRole('region', { name: 'The agreement at a glance' });
  await expect(facts.locator('dt:text-is("Status today") + dd')).toHaveText(
    '3-year term ran to 21 March 2026 The release says nothing of renewal.',
  );
});

test('from an agenda item to its speaker, then to their agency’s contacts', async ({ page }) => {
  await page.goto('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  const item = page.getByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  await item.getByRole('link', { name: 'Lee Won Tae' }).click();
  await expect(page).toHaveURL('/people/lee-won-tae');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lee Won Tae');
  await expect(page).toHaveTitle('Lee Won Tae · Korea Digital Days');
  const contacts = page.getByRole('region', { name: 'Contacts at KISA' });
  await expect(contacts.getByRole('heading', { level: 3 })).toHaveText(['Song Hye-in', 'Lim Minjee']);

  await contacts.getByRole('link', { name: 'KISA in the contact directory' }).click();
  await expect(page).toHaveURL('/contacts?agency=kisa');
  await expect(page.getByRole('heading', { level: 4, name: 'Song Hye-in' })).toBeVisible();

  await page.goBack();
  await page.getByRole('link', { name: 'About KISA' }).click();
  await expect(page).toHaveURL('/agencies/kisa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea Internet and Security Agency');
});
