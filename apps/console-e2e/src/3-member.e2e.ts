import { expect, Page, test } from '@playwright/test';
import { openCensus, SUPPLIES_CENSUS } from './support/census';
import { ACCOUNTS, expectAccessible, keepScreenshot, signedIn } from './support/console';
import { chooseRadio, textbox } from './support/forms';
import { GROUPEMENT, groupementIdFromHome } from './support/scenario';

// Balma's agent, a member buyer of the groupement the platform created (1-platform): her groupements, the census
// the coordinator has just opened and her answer to it, what her commune can order, and the pages she may not open.
test.describe.serial('the member buyer', () => {
  let lucie: Page;
  let groupementId: string;

  test.beforeAll(async ({ browser }) => {
    const claire = await signedIn(browser, ACCOUNTS.coordinator);
    groupementId = await groupementIdFromHome(claire);
    await openCensus(claire, groupementId, SUPPLIES_CENSUS);
    await claire.context().close();
    lucie = await signedIn(browser, ACCOUNTS.balma);
  });

  test.afterAll(async () => {
    await lucie.context().close();
  });

  test('finds the groupement among « Mes groupements »', async () => {
    await expect(lucie.getByRole('heading', { level: 1, name: 'Bonjour, Lucie Bonnet' })).toBeVisible();
    await expect(lucie.getByRole('main')).toContainText('vous y êtes acheteur membre');
    await lucie
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mes groupements' })
      .click();
    await expect(lucie.getByRole('heading', { level: 1, name: 'Mes groupements' })).toBeVisible();
    const card = lucie
      .getByRole('listitem')
      .filter({ has: lucie.getByRole('heading', { name: GROUPEMENT }) });
    await expect(card).toContainText('Groupement de commandes permanent');
    await expect(card.getByRole('link')).toHaveCount(3);
    await expectAccessible(lucie, 'the member’s groupements');
    await keepScreenshot(lucie, 'member-groupements');
  });

  test('sees the open census, answers it, and finds her answer again', async () => {
    await lucie.getByRole('link', { name: `Recensements ouverts et mes réponses : ${GROUPEMENT}` }).click();
    await expect(lucie.getByRole('heading', { level: 1, name: 'Recensements des besoins' })).toBeVisible();
    await expect(lucie.getByRole('radio', { name: 'Ouverts' })).toBeChecked();
    const censuses = lucie.getByRole('grid', { name: 'Recensements des besoins' });
    await expect(censuses.getByRole('row')).toHaveCount(2);
    await expect(censuses.getByRole('row', { name: SUPPLIES_CENSUS.object })).toContainText('Ouvert');
    await expect(lucie.getByRole('link', { name: 'Ouvrir un recensement' })).toBeHidden();
    await expectAccessible(lucie, 'the member’s open censuses');
    // The census of 2-coordinator, closed: its estimated value.
    await chooseRadio(lucie, 'Clos');
    await expect(censuses.getByRole('row', { name: 'Audits de cybersécurité des communes' })).toContainText(
      /Clos le .* : 66\s002,00\s€ HT/,
    );
    await chooseRadio(lucie, 'Ouverts');

    await censuses.getByRole('link', { name: SUPPLIES_CENSUS.object }).click();
    await expect(
      lucie.getByRole('heading', { level: 1, name: `Recensement : ${SUPPLIES_CENSUS.object}` }),
    ).toBeVisible();
    // A member sees her own answer, not the other members'.
    await expect(lucie.getByRole('heading', { name: /^Réponses des membres/ })).toBeHidden();
    const paper = lucie.getByRole('group', { name: 'Lot 1 : Papier' });
    await textbox(paper, 'Besoin annuel (€ HT)').fill('4 200');
    await textbox(paper, 'Options par an (€ HT)').fill('350,75');
    const supplies = lucie.getByRole('group', { name: 'Lot 2 : Petites fournitures' });
    await textbox(supplies, 'Besoin annuel (€ HT)').fill('1 800,50');
    await lucie.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect(
      lucie.getByRole('status').filter({ hasText: 'Votre réponse est enregistrée.' }),
    ).toBeVisible();
    await expectAccessible(lucie, 'the member’s census after her answer');
    await keepScreenshot(lucie, 'member-census');

    await lucie.reload();
    await expect(
      lucie.getByRole('heading', { name: 'Modifier la réponse de ma collectivité' }),
    ).toBeVisible();
    await expect(textbox(paper, 'Besoin annuel (€ HT)')).toHaveValue(/^4\s200,00$/);
    await expect(textbox(paper, 'Options par an (€ HT)')).toHaveValue('350,75');
    await expect(textbox(supplies, 'Besoin annuel (€ HT)')).toHaveValue(/^1\s800,50$/);
    await expect(textbox(supplies, 'Options par an (€ HT)')).toHaveValue('0,00');
  });

  test('sees what her commune can order', async () => {
    await lucie
      .getByRole('navigation', { name: 'Pages du groupement' })
      .getByRole('link', { name: 'Ce que ma collectivité peut commander' })
      .click();
    await expect(
      lucie.getByRole('heading', { level: 1, name: 'Ce que ma collectivité peut commander' }),
    ).toBeVisible();
    await expect(
      lucie.getByText('Aucun marché du groupement n’est en cours d’exécution pour l’instant.'),
    ).toBeVisible();
    await expect(
      lucie.getByText('Aucune procédure n’a encore été lancée pour votre collectivité.'),
    ).toBeVisible();
    await expectAccessible(lucie, 'what the commune can order');

    await lucie
      .getByRole('navigation', { name: 'Pages du groupement' })
      .getByRole('link', { name: 'Le groupement' })
      .click();
    await expect(lucie.getByText('Vous y agissez en tant que acheteur membre.')).toBeVisible();
    await expect(lucie.getByRole('button', { name: 'Ajouter un membre' })).toBeHidden();
    await expectAccessible(lucie, 'the groupement seen by a member');
  });

  test('cannot reach the coordinator’s or the platform’s pages', async () => {
    await expect(
      lucie.getByRole('navigation', { name: 'Pages du groupement' }).getByRole('link', { name: 'Activité' }),
    ).toBeHidden();
    for (const path of [
      `/groupements/${groupementId}/recensements/nouveau`,
      `/groupements/${groupementId}/activite`,
      '/plateforme/groupements',
      '/plateforme/groupements/nouveau',
    ]) {
      await lucie.goto(path);
      await expect(lucie.getByRole('heading', { level: 1, name: 'Accès refusé' }), path).toBeVisible();
    }
    await expectAccessible(lucie, 'the page « Accès refusé »');
    // Nor through the access service: it mints no coordinator's token for her.
    const answer = await lucie.request.get(`/api/audit/consortia/${groupementId}/timeline?format=json`, {
      headers: { 'X-Mutualis-Role': 'coordinator' },
    });
    expect(answer.status()).toBe(403);
  });
});
