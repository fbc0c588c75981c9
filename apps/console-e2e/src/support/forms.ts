import { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** A text field by its accessible name (its label without the required field's asterisk). */
export function textbox(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('textbox', { name, exact: true });
}

/** Picks an option of a React Aria select, found by its label. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Chooses a radio button of a React Aria group by clicking its label, as a person does (its input is hidden). */
export async function chooseRadio(scope: Page | Locator, name: string): Promise<void> {
  await scope.locator('label').getByText(name, { exact: true }).click();
}

/** The text of the file a button downloads, its byte order mark removed. */
export async function downloadedText(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: (download as Download).suggestedFilename(), text: await textOf(download) };
}

async function textOf(download: Download): Promise<string> {
  const path = await download.path();
  return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
}
