import { expect, Page, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, keepScreenshot, signedIn } from './support/console';
import { chooseOption, chooseRadio, downloadedText, textbox } from './support/forms';
import { onboardingCsv, referenceCommunes } from './support/reference-communes';
import { BALMA, BEAUZELLE, GROUPEMENT, TOULOUSE_METROPOLE } from './support/scenario';

const TEMPLATE_HEADER =
  'siret;nom;type;code_insee;population;deliberation_numero;deliberation_date;organe;adhesion_date';
const COMMUNES = referenceCommunes(200);

// The regional platform's administrator, on the suite's fresh data folder: no groupement yet, then the scenario's
// groupement created through the form, and its 200 communes onboarded by file. The later files build on it.
test.describe.serial('the regional platform', () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await signedIn(browser, ACCOUNTS.platform);
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('sees that it has no groupement yet, and how to create one', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Groupements' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Groupements de la plateforme' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Aucun groupement' })).toBeVisible();
    await expect(page.getByText('Aucun groupement ne répond à cette recherche.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Créer un groupement' }).first()).toBeVisible();
    await expectAccessible(page, 'the platform’s groupements, empty');
  });

  test('creating a groupement, each refusal of the service is shown beside its field with its article, and what was typed stays', async () => {
    await page.getByRole('main').getByRole('link', { name: 'Créer un groupement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Créer un groupement' })).toBeVisible();
    await expectAccessible(page, 'the creation form');
    await keepScreenshot(page, 'platform-create-groupement');

    await textbox(page, 'Nom du groupement').fill(GROUPEMENT);
    const coordinator = page.getByRole('group', { name: 'Coordonnateur' });
    // A SIRET whose Luhn key is wrong: rule S1 (invalid-siret).
    await textbox(coordinator, 'SIRET').fill('24310051800015');
    await textbox(coordinator, 'Nom').fill(TOULOUSE_METROPOLE.name);
    await chooseOption(page, 'Nature de l’acheteur', 'EPCI');
    const deliberation = page.getByRole('group', {
      name: 'Délibération autorisant le coordonnateur à signer',
    });
    await textbox(deliberation, 'Numéro de la délibération').fill('DEL-2026-0042');
    await deliberation.getByLabel('Adoptée le').fill('2026-01-08');
    await textbox(deliberation, 'Organe délibérant').fill('conseil de la métropole');
    const convention = page.getByRole('group', { name: 'Convention constitutive' });
    await textbox(convention, 'Référence de la convention').fill('CONV-2026-HG-01');
    await convention.getByLabel('Signée le (par le coordonnateur)').fill('2026-01-12');
    // In force before it is signed: refused under L2113-7.
    await convention.getByLabel('Entrée en vigueur le').fill('2026-01-05');
    const create = page.getByRole('button', { name: 'Créer le groupement' });
    await create.click();

    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText('La demande n’a pas abouti.');
    await expect(alert).toContainText('Un champ est refusé : voyez le message sous ce champ.');
    const effectiveOn = convention.getByLabel('Entrée en vigueur le');
    await expect(effectiveOn).toHaveAttribute('aria-invalid', 'true');
    await expect(effectiveOn).toHaveAccessibleDescription(
      /L’entrée en vigueur ne peut précéder la signature de la convention\. \(L2113-7\)/,
    );
    await expectAccessible(page, 'the creation form with a refusal');

    await effectiveOn.fill('2026-02-01');
    await create.click();
    const siret = textbox(coordinator, 'SIRET');
    await expect(siret).toHaveAttribute('aria-invalid', 'true');
    await expect(siret).toHaveAccessibleDescription(
      /Ce SIRET n’est pas valide \(14 chiffres dont la clé de contrôle\)/,
    );
    await expect(effectiveOn).not.toHaveAttribute('aria-invalid', 'true');
    await expect(siret).toHaveValue('24310051800015');
    await expect(textbox(coordinator, 'Nom')).toHaveValue(TOULOUSE_METROPOLE.name);
    await expect(page.getByRole('button', { name: 'Nature de l’acheteur' })).toContainText('EPCI');
    await expect(textbox(page, 'Nom du groupement')).toHaveValue(GROUPEMENT);
    await expect(textbox(convention, 'Référence de la convention')).toHaveValue('CONV-2026-HG-01');

    await siret.fill(TOULOUSE_METROPOLE.siret);
    await create.click();
    const created = page
      .getByRole('status')
      .filter({ hasText: `Le groupement « ${GROUPEMENT} » est constitué.` });
    await expect(created).toBeVisible();
    await expect(created.getByRole('link', { name: 'Faire adhérer ses communes par fichier' })).toBeVisible();
    await expectAccessible(page, 'the creation form after the groupement is created');
  });

  test('finds the groupement in its list by name and by a member’s SIRET', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Groupements' })
      .click();
    await expect(page.getByRole('heading', { name: '1 groupement' })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(GROUPEMENT) });
    await expect(row).toContainText('Groupement de commandes permanent');
    await expect(row).toContainText(TOULOUSE_METROPOLE.name);
    await expect(row).toContainText('1 février 2026');

    const search = page.getByRole('search');
    await search.getByRole('searchbox', { name: 'Nom' }).fill('Bretagne');
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('heading', { name: 'Aucun groupement' })).toBeVisible();
    await search.getByRole('searchbox', { name: 'Nom' }).fill('numérique');
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('heading', { name: '1 groupement' })).toBeVisible();
    await search.getByRole('searchbox', { name: 'Nom' }).fill('');
    await textbox(search, 'SIRET ou SIREN d’un membre').fill(TOULOUSE_METROPOLE.shownSiret);
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('heading', { name: '1 groupement' })).toBeVisible();
    await expect(row).toBeVisible();
    await expectAccessible(page, 'the platform’s groupements, searched');
    await keepScreenshot(page, 'platform-groupements');
  });

  test('onboards 200 communes from a file in the template’s columns, follows the import and reads its report', async () => {
    await page.getByRole('link', { name: `Adhésions par fichier : ${GROUPEMENT}` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Adhésions par fichier : ${GROUPEMENT}` }),
    ).toBeVisible();
    await expectAccessible(page, 'the onboarding page');

    const template = await downloadedText(page, () =>
      page.getByRole('button', { name: 'Télécharger le modèle CSV' }).click(),
    );
    expect(template.name).toBe('modele-adhesions.csv');
    const [header] = template.text.split(/\r?\n/);
    expect(header).toBe(TEMPLATE_HEADER);

    const csv = onboardingCsv(header!, COMMUNES);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'communes-haute-garonne.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await expect(page.getByText(/^Fichier choisi : communes-haute-garonne\.csv/)).toBeVisible();
    await page.getByRole('button', { name: 'Envoyer le fichier' }).click();

    const progress = page.getByRole('progressbar', { name: 'Lignes traitées' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuemax', '200', { timeout: 60_000 });
    await expect(progress).toHaveAttribute('aria-valuenow', '200', { timeout: 60_000 });
    await expect(page.getByText('L’import est terminé.')).toBeVisible();

    const report = page.getByRole('region', {
      name: /Rapport ligne par ligne : communes-haute-garonne\.csv/,
    });
    await expect(report).toContainText('200 lignes : 200 acceptées, 0 inchangées, 0 refusées.');
    await expect(report.getByRole('row')).toHaveCount(26);
    // Line 1 is the header: Balma and Beauzelle, first of the Haute-Garonne in alphabetical order, are lines 2 and 3.
    await expect(report.getByRole('row', { name: '2', exact: true })).toContainText(`${BALMA.siret}Acceptée`);
    await expect(report.getByRole('row', { name: '3', exact: true })).toContainText(
      `${BEAUZELLE.siret}Acceptée`,
    );
    await expect(report.getByText('Page 1 sur 8')).toBeVisible();
    await expectAccessible(page, 'the onboarding report');
    await keepScreenshot(page, 'platform-onboarding-report');

    await chooseRadio(report, 'Refusées (0)');
    await expect(report.getByText('Aucune ligne avec ce résultat.')).toBeVisible();
    await chooseRadio(report, 'Inchangées (0)');
    await expect(report.getByText('Aucune ligne avec ce résultat.')).toBeVisible();
    await chooseRadio(report, 'Acceptées (200)');
    await expect(report.getByRole('row')).toHaveCount(26);
    await report.getByRole('button', { name: 'Page suivante' }).click();
    await expect(report.getByText('Page 2 sur 8')).toBeVisible();
    await expect(report.getByRole('row', { name: '27', exact: true })).toBeVisible();
    await expectAccessible(page, 'the onboarding report, filtered');

    const downloaded = await downloadedText(page, () =>
      report.getByRole('button', { name: 'Télécharger le rapport CSV' }).click(),
    );
    expect(downloaded.name).toBe('rapport-communes-haute-garonne.csv');
    const [reportHeader, ...rows] = downloaded.text.trim().split(/\r?\n/);
    expect(reportHeader).toBe('ligne;identifiant;résultat;règle;article;détail');
    expect(rows).toHaveLength(200);
    const byLine = rows.map((row) => row.split(';'));
    expect(byLine.every(([, , outcome]) => outcome === 'accepté')).toBe(true);
    expect(byLine.map(([, siret]) => siret)).toEqual(COMMUNES.map((commune) => commune.siret));
    expect(byLine.map(([line]) => line)).toEqual(COMMUNES.map((_, index) => String(index + 2)));
    expect(byLine.map(([, siret]) => siret)).toEqual(expect.arrayContaining([BALMA.siret, BEAUZELLE.siret]));
  });

  test('sees the 200 communes as members in the list', async () => {
    await page.getByRole('link', { name: '← Les groupements' }).click();
    const row = page.getByRole('row', { name: new RegExp(GROUPEMENT) });
    // The coordinator and the 200 communes.
    await expect(row.getByRole('gridcell').nth(3)).toHaveText('201');
    const search = page.getByRole('search');
    await textbox(search, 'SIRET ou SIREN d’un membre').fill(BALMA.siret.slice(0, 9));
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('heading', { name: '1 groupement' })).toBeVisible();
  });
});
