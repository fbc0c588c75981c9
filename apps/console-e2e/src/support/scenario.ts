import { expect, Page } from '@playwright/test';

/**
 * The scenario the files play in turn (they run in their names' order, on the suite's one data folder): the platform
 * creates this groupement and onboards 200 communes (1-platform), its coordinator runs a census that Balma answers
 * (2-coordinator), Balma's agent finds what concerns her (3-member), then keyboard-only use and failures.
 */
export const GROUPEMENT = 'Groupement de commandes numérique de la Haute-Garonne';

export const TOULOUSE_METROPOLE = {
  siret: '24310051800014',
  name: 'Toulouse Métropole',
  shownSiret: '243 100 518 00014',
} as const;

export const BALMA = { siret: '21310044900015', name: 'Balma', shownSiret: '213 100 449 00015' } as const;
export const BEAUZELLE = {
  siret: '21310056300013',
  name: 'Beauzelle',
  shownSiret: '213 100 563 00013',
} as const;

/** A SIRET as the console shows it: « 213 100 449 00015 ». */
export function shownSiret(siret: string): string {
  return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
}

/** The id of the scenario's groupement, from the link to it on the signed-in person's home page. */
export async function groupementIdFromHome(page: Page): Promise<string> {
  await page.goto('/');
  const link = page.getByRole('link', { name: GROUPEMENT, exact: true });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  const id = /^\/groupements\/([^/]+)$/.exec(href ?? '')?.[1];
  if (!id) throw new Error(`no groupement in the link ${href}`);
  return decodeURIComponent(id);
}
