import AxeBuilder from '@axe-core/playwright';
import { Browser, expect, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const consoleUrl = () => process.env['CONSOLE_URL']!;
const workspace = join(__dirname, '../../../..');

/** The demo accounts of the development provider (libs/access/dev-identity), all with the password `demo`. */
export const ACCOUNTS = {
  platform: 'admin@plateforme-regionale.fr',
  coordinator: 'claire.martin@toulouse-metropole.fr',
  balma: 'lucie.bonnet@mairie-balma.fr',
  beauzelle: 'julien.sabatier@mairie-beauzelle.fr',
} as const;

/** A page in a fresh browser context, signed in through the console's « Se connecter » and the provider's form. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: consoleUrl() });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Se connecter' }).first().click();
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill('demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => url.href.startsWith(consoleUrl()));
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  return page;
}

/** Fails on any serious or critical accessibility violation of the page as it is (axe-core, WCAG 2.1 A and AA). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // React Aria's live announcer: messages for screen readers that it removes after 7 s, some naming a button of
    // the page just left (a form's « Envoi en cours… »), which axe would count against the page shown now.
    .exclude('[data-live-announcer]')
    .analyze();
  const blocking = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  );
  const described = blocking.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(described, `accessibility of ${what}`).toEqual([]);
}

/**
 * A screenshot of the page: into docs/console/ (shown in the README) when UPDATE_SCREENSHOTS=1, else beside the
 * run's other outputs in tmp/console-e2e/, so an ordinary run leaves the documentation as it is.
 */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const folder = join(
    workspace,
    process.env['UPDATE_SCREENSHOTS'] === '1' ? 'docs/console' : 'tmp/console-e2e/screens',
  );
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: false });
}
