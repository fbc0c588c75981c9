import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, signedIn } from './support/console';
import { tabTo } from './support/keyboard';
import { onboardingCsv, referenceCommunes } from './support/reference-communes';
import { BALMA, GROUPEMENT, groupementIdFromHome } from './support/scenario';
import { SUPPLIES_CENSUS } from './support/census';

const TEMPLATE_HEADER =
  'siret;nom;type;code_insee;population;deliberation_numero;deliberation_date;organe;adhesion_date';

// Keyboard only, no mouse: the skip link, the onboarding upload and a census answer (on what 1-platform and
// 3-member left: the groupement, its open census of office supplies).
test.describe('keyboard only', () => {
  test('the skip link is the first stop and takes focus to the main content', async ({ browser }) => {
    const page = await signedIn(browser, ACCOUNTS.platform);
    await page.goto('/plateforme/groupements');
    await expect(page.getByRole('heading', { level: 1, name: 'Groupements de la plateforme' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    expect(new URL(page.url()).hash).toBe('#contenu');
    // The next Tab goes on from the main content, past the header and its navigation.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').getByRole('link', { name: 'Créer un groupement' })).toBeFocused();
    await page.context().close();
  });

  test('the platform uploads an onboarding file, then reads and filters its report', async ({ browser }) => {
    const page = await signedIn(browser, ACCOUNTS.platform);
    await page.goto('/plateforme/groupements');
    const href = await page
      .getByRole('link', { name: `Adhésions par fichier : ${GROUPEMENT}` })
      .getAttribute('href');
    await page.goto(href!);
    await expect(
      page.getByRole('heading', { level: 1, name: `Adhésions par fichier : ${GROUPEMENT}` }),
    ).toBeVisible();

    // Balma again (already a member: unchanged), a SIRET whose key is wrong (refused), the 201st commune (accepted).
    const [next] = referenceCommunes(201).slice(200);
    const csv = onboardingCsv(TEMPLATE_HEADER, [
      { siret: BALMA.siret, name: BALMA.name, inseeCode: '31044', departement: '31' },
      { siret: '21310044900016', name: 'Commune mal saisie', inseeCode: '', departement: '31' },
      next!,
    ]);
    const choose = page.getByRole('button', { name: 'Choisir un fichier' });
    await tabTo(page, choose);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles({
      name: 'complement.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await expect(page.getByText(/^Fichier choisi : complement\.csv/)).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: 'Envoyer le fichier' }));
    await page.keyboard.press('Space');

    const report = page.getByRole('region', { name: 'Rapport ligne par ligne : complement.csv' });
    await expect(report).toContainText('3 lignes : 1 acceptées, 1 inchangées, 1 refusées.');
    const download = report.getByRole('button', { name: 'Télécharger le rapport CSV' });
    await tabTo(page, download);
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('rapport-complement.csv');

    // The filter: Tab into the radio group (its chosen radio), arrows to choose, as radio groups go.
    await tabTo(page, report.getByRole('radio', { name: 'Toutes (3)' }));
    await page.keyboard.press('ArrowRight');
    await expect(report.getByRole('radio', { name: 'Refusées (1)' })).toBeChecked();
    await expect(report.getByRole('row')).toHaveCount(2);
    await expect(report.getByRole('row', { name: '3', exact: true })).toContainText(
      'Ce SIRET n’est pas valide (14 chiffres dont la clé de contrôle).',
    );
    await page.keyboard.press('ArrowRight');
    await expect(report.getByRole('radio', { name: 'Acceptées (1)' })).toBeChecked();
    await expect(report.getByRole('row', { name: '4', exact: true })).toContainText(next!.siret);
    await tabTo(page, page.getByRole('button', { name: 'Importer un autre fichier' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Choisir un fichier' })).toBeVisible();
    await expectAccessible(page, 'the onboarding page, after the keyboard’s import');
    await page.context().close();
  });

  test('a member answers the open census with the keyboard', async ({ browser }) => {
    const page = await signedIn(browser, ACCOUNTS.beauzelle);
    const groupementId = await groupementIdFromHome(page);
    await page.goto(`/groupements/${groupementId}/recensements`);
    const href = await page.getByRole('link', { name: SUPPLIES_CENSUS.object }).getAttribute('href');
    await page.goto(href!);
    await expect(page.getByRole('heading', { name: 'La réponse de ma collectivité' })).toBeVisible();

    const paper = page.getByRole('group', { name: 'Lot 1 : Papier' });
    await tabTo(page, paper.getByRole('textbox', { name: 'Besoin annuel (€ HT)' }));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2 500');
    await page.keyboard.press('Tab');
    await expect(paper.getByRole('textbox', { name: 'Options par an (€ HT)' })).toBeFocused();
    await page.keyboard.press('Tab');
    const supplies = page.getByRole('group', { name: 'Lot 2 : Petites fournitures' });
    await expect(supplies.getByRole('textbox', { name: 'Besoin annuel (€ HT)' })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    // A typing error is said beside its field before anything is sent; focus stays in the form.
    await expect(supplies.getByRole('textbox', { name: 'Besoin annuel (€ HT)' })).toHaveAccessibleDescription(
      'Saisissez un montant en euros, par exemple 12 500,50.',
    );
    await tabTo(page, supplies.getByRole('textbox', { name: 'Besoin annuel (€ HT)' }), true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('900');
    await tabTo(page, page.getByRole('button', { name: 'Envoyer la réponse' }));
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Votre réponse est enregistrée.' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Modifier la réponse de ma collectivité' })).toBeVisible();
    await expectAccessible(page, 'the census answered with the keyboard');
    await page.context().close();
  });
});
