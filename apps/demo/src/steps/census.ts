import { actors } from '../actors';
import { Demo } from '../demo';
import { euros } from '../money';
import { Groupement } from './onboarding';

/** The three lots of the consultation, from the census to the contracts. */
export const LOTS = [
  { number: 1, title: 'Audit de sécurité des systèmes d’information' },
  { number: 2, title: 'Supervision de sécurité (SOC) 24/7' },
  { number: 3, title: 'Formation et sensibilisation des agents' },
] as const;

/**
 * How long the needs run: 36 months and one reconduction of 12, tacit. The census values the needs over the whole
 * duration; the consultation announces the same reconduction (C9, R2112-4).
 */
export const DURATION = { initialMonths: 36, renewals: 1, monthsPerRenewal: 12 } as const;

/** What the closed census settled (T1, R2121-1): the value per lot and in total, and who expressed needs. */
export interface ClosedCensus {
  censusId: string;
  perLot: { lot: number; cents: number; members: number }[];
  totalCents: number;
  beneficiaries: string[];
}

/** Members who express no need in this census: they stay members, and are not beneficiaries of the procedure. */
const WITHOUT_NEEDS = 2;

/**
 * The recensement des besoins: the coordinator opens it, each member states its yearly needs per lot before the
 * call for competition (RM q.100136), the coordinator closes it with the value over the whole duration.
 */
export async function runCensus(demo: Demo, groupement: Groupement): Promise<ClosedCensus> {
  const { api } = demo;
  const { consortiumId } = groupement;
  const coordinator = actors.coordinator(consortiumId);
  demo.chapter('3. Recensement des besoins');
  await demo.moveTo('censusOpened');
  const { censusId } = await api.post<{ censusId: string }>(
    'membership',
    `/consortia/${consortiumId}/censuses`,
    {
      object: 'Services de cybersécurité des communes',
      cpvCode: '72000000',
      lots: LOTS,
      duration: DURATION,
      options: 'tests d’intrusion complémentaires',
    },
    coordinator,
  );
  demo.say(`The coordinator opens census ${censusId}: 3 lots, 36 months and one 12-month reconduction.`);

  await demo.moveTo('needs');
  const expressing = groupement.communes.slice(0, groupement.communes.length - WITHOUT_NEEDS);
  for (const [index, commune] of expressing.entries()) {
    const needs = yearlyNeeds(index);
    await api.post(
      'membership',
      `/consortia/${consortiumId}/censuses/${censusId}/needs/${commune.siret}`,
      { needs },
      actors.memberBuyer(consortiumId, commune.siret),
    );
    demo.say(
      `${commune.name}: ${needs.map((need) => `lot ${need.lot} ${euros(need.annualCents)}/year`).join(', ')}`,
    );
  }
  const metropole = yearlyNeeds(expressing.length, 4);
  await api.post(
    'membership',
    `/consortia/${consortiumId}/censuses/${censusId}/needs/${groupement.coordinator.siret}`,
    { needs: metropole },
    coordinator,
  );
  demo.say(`${groupement.coordinator.name} (coordinator, for its own services): ${metropole.length} lots.`);
  for (const commune of groupement.communes.slice(-WITHOUT_NEEDS)) {
    demo.say(`${commune.name} expresses no need this time: a member, not a beneficiary.`);
  }

  await demo.moveTo('censusClosed');
  await api.post('membership', `/consortia/${consortiumId}/censuses/${censusId}/close`, {}, coordinator);
  const { closed } = await api.get<{ closed: Omit<ClosedCensus, 'censusId'> }>(
    'membership',
    `/consortia/${consortiumId}/censuses/${censusId}`,
    coordinator,
  );
  for (const lot of closed.perLot) {
    demo.say(`Lot ${lot.lot}: ${euros(lot.cents)} HT over 48 months, ${lot.members} members.`);
  }
  demo.say(
    `Census closed: ${euros(closed.totalCents)} HT in all (T1), ${closed.beneficiaries.length} beneficiaries.`,
  );
  return { censusId, ...closed };
}

/** A member's yearly needs, varied from one member to the next; `scale` for a larger authority. */
function yearlyNeeds(index: number, scale = 1) {
  const step = (index * 7) % 10;
  return [
    { lot: 1, annualCents: scale * (600_000 + step * 60_000), optionsAnnualCents: scale * 100_000 },
    { lot: 2, annualCents: scale * (1_500_000 + step * 150_000), optionsAnnualCents: 0 },
    { lot: 3, annualCents: scale * (200_000 + step * 30_000), optionsAnnualCents: 0 },
  ];
}
