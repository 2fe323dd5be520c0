import type { BrowserContext } from '@playwright/test';

/**
 * What is on the clipboard. The site's Permissions-Policy forbids pages to read
 * it, as it should, so read it as a person would: paste into a blank page.
 */
export async function pastedText(context: BrowserContext): Promise<string> {
  const blank = await context.newPage();
  await blank.setContent('<textarea aria-label="Pasted"></textarea>');
  await blank.getByRole('textbox', { name: 'Pasted' }).focus();
  await blank.keyboard.press('ControlOrMeta+V');
  const pasted = await blank.getByRole('textbox', { name: 'Pasted' }).inputValue();
  await blank.close();
  return pasted;
}
