import type { CDPSession, Page } from '@playwright/test';

/** How far the page scrolls sideways, in CSS pixels: 0 means it reflows. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Elements whose content is cut off or spills out: a box that hides or
 * scrolls overflowing content, a box whose content runs out of it, or text
 * that runs past the edge of the window. Visually hidden text is clipped on
 * purpose, and a text field scrolls what is typed into it, so both are left out.
 * Visually hidden means the `.visually-hidden` class or the same technique in a
 * stylesheet of its own (a label hidden only on narrow screens): an absolutely
 * positioned box of at most 1 × 1 px that hides its overflow and is clipped.
 */
export function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
    const isVisuallyHidden = (element: HTMLElement) => {
      const style = getComputedStyle(element);
      return (
        style.position === 'absolute' &&
        element.clientWidth <= 1 &&
        element.clientHeight <= 1 &&
        style.overflow === 'hidden' &&
        (style.clip !== 'auto' || style.clipPath !== 'none')
      );
    };
    const insideVisuallyHidden = (element: HTMLElement) => {
      for (let current: HTMLElement | null = element; current; current = current.parentElement) {
        if (isVisuallyHidden(current)) return true;
      }
      return false;
    };
    const viewportWidth = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('.visually-hidden, [hidden], script, style')) continue;
      if (insideVisuallyHidden(element)) continue;
      if (element.getClientRects().length === 0) continue;
      const isField = element.matches('input, textarea, select');
      const style = getComputedStyle(element);
      const tolerance = 1;
      const overflowsX = element.scrollWidth > element.clientWidth + tolerance;
      const overflowsY = element.scrollHeight > element.clientHeight + tolerance;
      const isBox = element.clientWidth > 0 && style.display !== 'inline';
      if (isBox && !isField && (overflowsX || overflowsY)) {
        found.push(
          `${describe(element)} overflows its box (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}, overflow ${style.overflow})`,
        );
        continue;
      }
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < -tolerance || rect.right > viewportWidth + tolerance)) {
        found.push(
          `${describe(element)} runs past the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${viewportWidth})`,
        );
      }
    }
    return found;
  });
}

/** Doubles the browser's default text size, as a reader does in the browser's settings (200% text). */
export async function doubleTextSize(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  return session;
}
