import { expect, test } from '@playwright/test';
import { ACCOUNTS, consoleUrl, expectAccessible, keepScreenshot, signedIn } from './support/console';

test('the welcome page says what Mutualis is and how to sign in', async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: consoleUrl() })).newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'Se connecter' }).first()).toBeVisible();
  await expectAccessible(page, 'the welcome page');
  await keepScreenshot(page, 'welcome');
});

test('the platform administrator signs in through the OpenID provider', async ({ browser }) => {
  const page = await signedIn(browser, ACCOUNTS.platform);
  await expect(page.getByRole('heading', { name: 'Bonjour, Nadia Benali' })).toBeVisible();
  await expectAccessible(page, 'the platform’s home');
});
