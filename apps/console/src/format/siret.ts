/** A SIRET as printed on official documents: « 243 100 518 00014 » (SIREN in three groups, then the NIC). */
export function formatSiret(siret: string | null | undefined): string {
  if (!siret) return '—';
  return /^\d{14}$/.test(siret)
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : siret;
}
