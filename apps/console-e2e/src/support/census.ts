import { expect, Page } from '@playwright/test';
import { textbox } from './forms';

/** A recensement des besoins as the coordinator opens it. */
export interface CensusToOpen {
  object: string;
  cpvCode: string;
  lots: readonly string[];
}

/**
 * The coordinator opens a census through « Ouvrir un recensement » (`whenFilled` runs on the filled form, before it
 * is sent); its id, from the page it lands on.
 */
export async function openCensus(
  page: Page,
  groupementId: string,
  census: CensusToOpen,
  whenFilled: () => Promise<void> = async () => undefined,
): Promise<string> {
  await page.goto(`/groupements/${groupementId}/recensements`);
  await page.getByRole('link', { name: 'Ouvrir un recensement' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ouvrir un recensement des besoins' }),
  ).toBeVisible();
  await textbox(page, 'Objet').fill(census.object);
  await textbox(page, 'Code CPV').fill(census.cpvCode);
  for (const [index, title] of census.lots.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Ajouter un lot' }).click();
    await textbox(page, `Intitulé du lot ${index + 1}`).fill(title);
  }
  await whenFilled();
  await page.getByRole('button', { name: 'Ouvrir le recensement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Recensement : ${census.object}` })).toBeVisible();
  const id = /\/recensements\/([^/?#]+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`no census in ${page.url()}`);
  return id;
}

/** The census the member buyers answer in 3-member, 4-keyboard and 5-failures, left open. */
export const SUPPLIES_CENSUS: CensusToOpen = {
  object: 'Fournitures de bureau',
  cpvCode: '30192000',
  lots: ['Papier', 'Petites fournitures'],
};
