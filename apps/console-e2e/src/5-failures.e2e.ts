import { expect, test } from '@playwright/test';
import { SUPPLIES_CENSUS } from './support/census';
import { ACCOUNTS, expectAccessible, signedIn } from './support/console';
import { chooseOption, textbox } from './support/forms';
import { GROUPEMENT, groupementIdFromHome, TOULOUSE_METROPOLE } from './support/scenario';

// A failure of the network or of a service: one request is made to fail with page.route (every other call is real),
// the page says so and keeps what was typed, and the same form sent again goes through.
test.describe('failures', () => {
  test('a census answer refused by a server error (503) keeps what was typed and can be sent again', async ({
    browser,
  }) => {
    const page = await signedIn(browser, ACCOUNTS.balma);
    const groupementId = await groupementIdFromHome(page);
    await page.goto(`/groupements/${groupementId}/recensements`);
    await page.getByRole('link', { name: SUPPLIES_CENSUS.object }).click();
    const paper = page.getByRole('group', { name: 'Lot 1 : Papier' });
    await textbox(paper, 'Besoin annuel (€ HT)').fill('5 100,20');

    await page.route('**/api/membership/consortia/*/censuses/*/needs/*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }),
      }),
    );
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText('La demande n’a pas abouti.');
    await expect(alert).toContainText(
      'Le service a rencontré une erreur (503) : réessayez dans un instant. Ce que vous avez saisi est conservé.',
    );
    await expect(textbox(paper, 'Besoin annuel (€ HT)')).toHaveValue('5 100,20');
    await expect(textbox(paper, 'Options par an (€ HT)')).toHaveValue('350,75');
    await expectAccessible(page, 'the census answer after a server error');

    await page.unrouteAll();
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Votre réponse est enregistrée.' }),
    ).toBeVisible();
    await expect(alert).not.toContainText('La demande n’a pas abouti.');
    await page.context().close();
  });

  test('a groupement’s creation cut off by the network keeps what was typed, and is created once sent again', async ({
    browser,
  }) => {
    const page = await signedIn(browser, ACCOUNTS.platform);
    await page.goto('/plateforme/groupements/nouveau');
    const name = `${GROUPEMENT} — marchés d’assurance`;
    await textbox(page, 'Nom du groupement').fill(name);
    const coordinator = page.getByRole('group', { name: 'Coordonnateur' });
    await textbox(coordinator, 'SIRET').fill(TOULOUSE_METROPOLE.siret);
    await textbox(coordinator, 'Nom').fill(TOULOUSE_METROPOLE.name);
    await chooseOption(page, 'Nature de l’acheteur', 'EPCI');
    await textbox(page, 'Numéro de la délibération').fill('DEL-2026-0077');
    await textbox(page, 'Référence de la convention').fill('CONV-2026-HG-02');

    await page.route('**/api/membership/consortia', (route) =>
      route.request().method() === 'POST' ? route.abort('connectionreset') : route.continue(),
    );
    await page.getByRole('button', { name: 'Créer le groupement' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      'Le service ne répond pas : vérifiez votre connexion puis réessayez. Ce que vous avez saisi est conservé.',
    );
    await expect(textbox(page, 'Nom du groupement')).toHaveValue(name);
    await expect(textbox(coordinator, 'SIRET')).toHaveValue(TOULOUSE_METROPOLE.siret);
    await expect(textbox(page, 'Référence de la convention')).toHaveValue('CONV-2026-HG-02');
    await expectAccessible(page, 'the creation form after a network failure');

    await page.unrouteAll();
    await page.getByRole('button', { name: 'Créer le groupement' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Le groupement « ${name} » est constitué.` }),
    ).toBeVisible();
    await page.context().close();
  });
});
