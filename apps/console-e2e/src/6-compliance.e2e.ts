import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, Page, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, keepScreenshot, signedIn } from './support/console';
import { chooseRadio } from './support/forms';

const workspace = join(__dirname, '../../..');

/** `npm run demo` against the suite the browser tests started (its data folder names it): the groupement it made. */
async function runDemo(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['tools/build/run.mjs', 'demo', 'apps/demo/src/main'],
    { cwd: workspace, env: process.env, maxBuffer: 64 * 1024 * 1024, timeout: 540_000 },
  );
  const consortiumId = /^Done\.[^\n]*consortium ([0-9a-f-]{36})/m.exec(stdout)?.[1];
  if (!consortiumId) throw new Error(`the demo named no groupement:\n${stdout.slice(-3000)}`);
  return consortiumId;
}

// The compliance calendar of a groupement with a consultation and its contracts: the demo's scenario (issue 11) run
// against the suite the browser tests started — a groupement coordinated by Toulouse Métropole, its tender awarded
// and signed, its contracts executed, its DECP published months later — then read by its coordinator.
test.describe.serial('the compliance calendar (issue 20 item 15)', () => {
  let claire: Page;
  let consortiumId: string;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(600_000);
    consortiumId = await runDemo();
    claire = await signedIn(browser, ACCOUNTS.coordinator);
  });

  test.afterAll(async () => {
    await claire?.context().close();
  });

  test('lists the deadlines the law sets, the overdue ones first, each with its article, due date and state', async () => {
    await claire.goto(`/groupements/${encodeURIComponent(consortiumId)}`);
    await claire
      .getByRole('navigation', { name: 'Pages du groupement' })
      .getByRole('link', { name: 'Calendrier de conformité' })
      .click();
    await expect(claire.getByRole('heading', { level: 1, name: 'Calendrier de conformité' })).toBeVisible();
    const calendar = claire.getByRole('grid', { name: 'Échéances du calendrier de conformité' });
    const rows = calendar.getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    // The demo records the avis d'attribution of lots 1 and 2, not lot 3's: that one is overdue (R2183-1).
    const awardNotice = calendar.getByRole('row', { name: /^Avis d’attribution/ }).first();
    await expect(awardNotice).toContainText('R2183-1');
    await expect(awardNotice).toContainText('En retard');
    await expect(claire.getByRole('status').filter({ hasText: /échéances? en retard au/ })).toBeVisible();
    // Overdue first: no row in another state comes before the last overdue one.
    const states = await rows.evaluateAll((all) =>
      all.slice(1).map((row) => row.lastElementChild?.textContent ?? ''),
    );
    const firstNotOverdue = states.findIndex((state) => !state.startsWith('En retard'));
    expect(firstNotOverdue).toBeGreaterThan(0);
    expect(states.slice(firstNotOverdue).some((state) => state.startsWith('En retard'))).toBe(false);
    await expectAccessible(claire, 'the compliance calendar');
    await keepScreenshot(claire, 'coordinator-compliance-calendar');
  });

  test('shows only the entries done, then only those late, as chosen', async () => {
    const calendar = claire.getByRole('grid', { name: 'Échéances du calendrier de conformité' });
    await chooseRadio(claire, 'Faites');
    await expect(calendar.getByRole('row').filter({ hasText: 'En retard' })).toHaveCount(0);
    await expect(calendar.getByRole('row').filter({ hasText: 'Fait le' }).first()).toBeVisible();
    // The DECP the demo published at its audit are done, on the day of the publication (D1).
    await expect(
      calendar.getByRole('row', { name: /^Données essentielles du marché \(DECP\)/ }).first(),
    ).toContainText(/Fait le \d{1,2} \S+ \d{4}/);
    await chooseRadio(claire, 'En retard');
    await expect(calendar.getByRole('row').filter({ hasText: 'Fait le' })).toHaveCount(0);
    await expect(calendar.getByRole('row').filter({ hasText: 'En retard' }).first()).toBeVisible();
    await expectAccessible(claire, 'the compliance calendar, overdue entries only');
  });
});
