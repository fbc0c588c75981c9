import { Browser, expect, Page, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, keepScreenshot, signedIn } from './support/console';
import { CensusToOpen, openCensus } from './support/census';
import { textbox } from './support/forms';
import { referenceCommunes } from './support/reference-communes';
import { BALMA, GROUPEMENT, groupementIdFromHome, shownSiret, TOULOUSE_METROPOLE } from './support/scenario';

const CENSUS: CensusToOpen = {
  object: 'Audits de cybersécurité des communes',
  cpvCode: '79212000',
  lots: ['Audits de sécurité des systèmes d’information', 'Sensibilisation des agents'],
};

// Toulouse Métropole's agent sees the groupement the platform created (1-platform) as its coordinator, runs a
// recensement des besoins that Balma's agent answers in her own browser, closes it and reads the activity.
test.describe.serial('the coordinator', () => {
  let claire: Page;
  let groupementId: string;

  test.beforeAll(async ({ browser }) => {
    claire = await signedIn(browser, ACCOUNTS.coordinator);
  });

  test.afterAll(async () => {
    await claire.context().close();
  });

  test('sees the groupement as its coordinator: its members with their délibération and adhesion dates', async () => {
    groupementId = await groupementIdFromHome(claire);
    await expect(claire.getByRole('main')).toContainText('vous y êtes coordonnateur');
    await claire.getByRole('link', { name: GROUPEMENT, exact: true }).click();
    await expect(claire.getByRole('heading', { level: 1, name: GROUPEMENT })).toBeVisible();
    await expect(claire.getByText('Vous y agissez en tant que coordonnateur.')).toBeVisible();
    await expect(claire.getByRole('tab', { name: 'Membres', selected: true })).toBeVisible();
    await expect(claire.getByRole('heading', { name: /^Membres au .* : 201$/ })).toBeVisible();
    const members = claire.getByRole('grid', { name: /^Membres au/ });
    const balma = members.getByRole('row', { name: BALMA.name, exact: true });
    await expect(balma).toContainText(BALMA.shownSiret);
    await expect(balma).toContainText('n° DCM-2026-001 du 15 février 2026 (conseil municipal)');
    await expect(balma).toContainText('1 mars 2026');
    await expect(members.getByRole('row', { name: TOULOUSE_METROPOLE.name, exact: true })).toContainText(
      'Coordonnateur',
    );
    await expectAccessible(claire, 'the coordinator’s groupement');
    await keepScreenshot(claire, 'coordinator-groupement');

    await claire.getByRole('tab', { name: 'Convention' }).click();
    await expect(claire.getByRole('tabpanel', { name: 'Convention' })).toContainText('CONV-2026-HG-01');
    await expectAccessible(claire, 'the groupement’s convention');
  });

  test('opens a recensement des besoins with two lots', async () => {
    await claire
      .getByRole('navigation', { name: 'Pages du groupement' })
      .getByRole('link', { name: 'Recensements des besoins' })
      .click();
    await expect(claire.getByRole('heading', { level: 1, name: 'Recensements des besoins' })).toBeVisible();
    await expect(claire.getByText('Aucun recensement pour ce groupement.')).toBeVisible();
    await expectAccessible(claire, 'the censuses, none yet');

    await openCensus(claire, groupementId, CENSUS, () => expectAccessible(claire, 'the census opening form'));
    await expect(claire.getByText('Ouvert aux réponses')).toBeVisible();
    await expect(claire.getByRole('heading', { name: 'Réponses des membres : 0' })).toBeVisible();
    await expectAccessible(claire, 'the census just opened');
  });

  test('a member, Balma, answers it per lot in her own browser', async ({ browser }) => {
    const lucie = await answeringAsBalma(browser);
    await lucie.context().close();
  });

  test('sees Balma’s answers and the totals per lot, closes the census and reads its estimated value HT', async () => {
    await claire.reload();
    await expect(claire.getByRole('heading', { name: 'Réponses des membres : 1' })).toBeVisible();
    const answers = claire.getByRole('grid', { name: 'Réponses des membres : 1' });
    await expect(answers.getByRole('row')).toHaveCount(3);
    const balmaLots = answers.getByRole('row', { name: `${BALMA.name} (SIRET ${BALMA.shownSiret})` });
    await expect(balmaLots).toHaveCount(2);
    await expect(balmaLots.nth(0)).toContainText(/^[^€]*1\s*12\s500,50\s€ HT1\s000,00\s€ HT/);
    await expect(balmaLots.nth(1)).toContainText(/^[^€]*2\s*3\s000,00\s€ HT0,00\s€ HT/);
    const totals = claire.getByRole('grid', { name: 'Totaux annuels par lot' });
    await expect(totals.getByRole('row', { name: `1. ${CENSUS.lots[0]}` })).toContainText(
      /1\s*12\s500,50\s€ HT1\s000,00\s€ HT$/,
    );
    await expect(totals.getByRole('row', { name: `2. ${CENSUS.lots[1]}` })).toContainText(
      /1\s*3\s000,00\s€ HT0,00\s€ HT$/,
    );
    await expectAccessible(claire, 'the census with its answers');
    await keepScreenshot(claire, 'coordinator-census');

    await claire.getByRole('button', { name: 'Clore le recensement' }).click();
    const dialog = claire.getByRole('alertdialog', { name: 'Clore le recensement ?' });
    await expect(dialog).toBeVisible();
    await expectAccessible(claire, 'the closing dialog');
    await dialog.getByRole('button', { name: 'Clore', exact: true }).click();
    await expect(dialog).toBeHidden();

    await expect(claire.getByText(/^Clos le /)).toBeVisible();
    const estimate = claire.getByRole('region', { name: 'Valeur estimée' });
    // 12 months and three renewals of 12: 48 months, options included (R2121-1).
    await expect(estimate).toContainText(
      /Sur toute la durée du marché \(48 mois\), pour 1 membre bénéficiaire : 66\s002,00\s€ HT\./,
    );
    await expect(estimate.getByRole('row', { name: `1. ${CENSUS.lots[0]}` })).toContainText(
      /54\s002,00\s€ HT/,
    );
    await expect(estimate.getByRole('row', { name: `2. ${CENSUS.lots[1]}` })).toContainText(
      /12\s000,00\s€ HT/,
    );
    await expect(claire.getByRole('button', { name: 'Clore le recensement' })).toBeHidden();
    await expectAccessible(claire, 'the closed census');
  });

  test('reads the groupement’s activity, which names the communes concerned', async () => {
    await claire
      .getByRole('navigation', { name: 'Pages du groupement' })
      .getByRole('link', { name: 'Activité' })
      .click();
    await expect(claire.getByRole('heading', { level: 1, name: 'Activité du groupement' })).toBeVisible();
    const acts = claire.getByRole('grid', { name: 'Derniers actes du groupement' });
    // Newest first: the census closed, Balma's needs, the census opened, then the last communes of the file.
    const needs = acts.getByRole('row', { name: /^Besoins transmis au recensement/ });
    await expect(needs).toContainText(`${BALMA.name} (SIRET ${BALMA.shownSiret})`);
    await expect(acts.getByRole('row').nth(1)).toContainText(`Recensement clos : ${CENSUS.object}`);
    const last = referenceCommunes(200).at(-1)!;
    await expect(
      acts.getByRole('row', { name: `Adhésion acceptée : ${last.name} (${last.siret})` }),
    ).toContainText(`${last.name} (SIRET ${shownSiret(last.siret)})`);
    await expectAccessible(claire, 'the activity');
  });
});

/** Lucie Bonnet, Balma's agent, answers the open census from « Mes groupements ». */
async function answeringAsBalma(browser: Browser): Promise<Page> {
  const lucie = await signedIn(browser, ACCOUNTS.balma);
  await lucie
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mes groupements' })
    .click();
  await lucie.getByRole('link', { name: `Recensements ouverts et mes réponses : ${GROUPEMENT}` }).click();
  await lucie.getByRole('link', { name: CENSUS.object }).click();
  await expect(
    lucie.getByRole('heading', { level: 1, name: `Recensement : ${CENSUS.object}` }),
  ).toBeVisible();
  await expect(lucie.getByRole('heading', { name: 'La réponse de ma collectivité' })).toBeVisible();
  const lot1 = lucie.getByRole('group', { name: `Lot 1 : ${CENSUS.lots[0]}` });
  await textbox(lot1, 'Besoin annuel (€ HT)').fill('12 500,50');
  await textbox(lot1, 'Options par an (€ HT)').fill('1 000');
  const lot2 = lucie.getByRole('group', { name: `Lot 2 : ${CENSUS.lots[1]}` });
  await textbox(lot2, 'Besoin annuel (€ HT)').fill('3000');
  await expectAccessible(lucie, 'the census answer form');
  await lucie.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await expect(lucie.getByRole('status').filter({ hasText: 'Votre réponse est enregistrée.' })).toBeVisible();
  await expect(lucie.getByRole('heading', { name: 'Modifier la réponse de ma collectivité' })).toBeVisible();
  return lucie;
}
