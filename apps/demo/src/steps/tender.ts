import { actors } from '../actors';
import { Demo } from '../demo';
import { euros } from '../money';
import { ClosedCensus, DURATION, LOTS } from './census';
import { Groupement } from './onboarding';

/** Each lot's criteria (T10): price, technical value, a cybersecurity criterion and an environmental one. */
export const CRITERIA = [
  { name: 'Prix', weightPercent: 40, kind: 'price' },
  { name: 'Valeur technique', weightPercent: 25, kind: 'quality' },
  {
    name: 'Niveau de cybersécurité (qualifications, gestion des incidents)',
    weightPercent: 25,
    kind: 'quality',
  },
  { name: 'Sobriété numérique et impact environnemental', weightPercent: 10, kind: 'environmental' },
] as const;

/** The consultation once its notice is out. */
export interface PublishedTender {
  consortiumId: string;
  tenderId: string;
  /** The estimate of each lot: the census's value over the whole duration (T1). */
  estimatedCents: Record<number, number>;
}

/** The reconduction the consultation announces, the census's: 36 months, then one tacit reconduction of 12 (C9). */
export const RECONDUCTIONS = {
  initialMonths: DURATION.initialMonths,
  count: DURATION.renewals,
  monthsEach: DURATION.monthsPerRenewal,
  tacit: true,
} as const;

/** A lot's value over the whole duration brought back to the initial period, rounded up: the tender adds the rest. */
const overInitialPeriod = (wholeCents: number) =>
  Math.ceil(
    (wholeCents * RECONDUCTIONS.initialMonths) /
      (RECONDUCTIONS.initialMonths + RECONDUCTIONS.count * RECONDUCTIONS.monthsEach),
  );

/**
 * The coordinator creates the consultation from the closed census (an accord-cadre à bons de commande of 36 months
 * and one tacit reconduction of 12, maximum the census's total over the 48 months, executed in Haute-Garonne with an
 * environmental clause), chooses the appel d'offres ouvert, sets the criteria and sends the notice.
 */
export async function publishTender(
  demo: Demo,
  groupement: Groupement,
  census: ClosedCensus,
): Promise<PublishedTender> {
  const { api, calendar } = demo;
  const { consortiumId } = groupement;
  const coordinator = actors.coordinator(consortiumId);
  const tenders = `/consortia/${consortiumId}/tenders`;
  const estimatedCents = Object.fromEntries(census.perLot.map((lot) => [lot.lot, lot.cents]));

  demo.chapter('4. The consultation: appel d’offres ouvert, accord-cadre à bons de commande');
  await demo.moveTo('publication');
  const { tenderId } = await demo.retryWhileRefused(
    'the census closure reaches the tender service',
    ['census-not-closed'],
    () =>
      api.post<{ tenderId: string }>(
        'tender',
        tenders,
        {
          object: 'Services de cybersécurité des communes',
          cpvCode: '72000000',
          nature: 'services',
          censusId: census.censusId,
          // Each lot over its 36 months: the consultation counts the reconduction in (T1, R2121-1).
          lots: LOTS.map((lot) => ({
            ...lot,
            estimatedCents: overInitialPeriod(estimatedCents[lot.number]!),
          })),
          framework: { maximumCents: census.totalCents, durationMonths: RECONDUCTIONS.initialMonths },
          reconductions: RECONDUCTIONS,
          placeOfExecution: { code: '31', kind: 'department' },
          executionClauses: { environmentalClause: true },
        },
        coordinator,
      ),
  );
  await api.post(
    'tender',
    `${tenders}/${tenderId}/procedure`,
    { procedure: 'open', plannedLaunchOn: calendar.on('publication') },
    coordinator,
  );
  for (const lot of LOTS) {
    await api.post(
      'tender',
      `${tenders}/${tenderId}/lots/${lot.number}/criteria`,
      { criteria: CRITERIA },
      coordinator,
    );
  }
  const deadlineAt = calendar.at('opening', '12:00');
  await api.post(
    'tender',
    `${tenders}/${tenderId}/publication`,
    { deadlineAt, electronic: true, pin: false, urgency: false },
    coordinator,
  );
  const published = await api.get<{
    estimatedCents: number;
    beneficiaries: string[];
    published: { publicity: string };
  }>('tender', `${tenders}/${tenderId}`, actors.auditor(consortiumId));
  demo.say(
    `Tender ${tenderId} answers census ${census.censusId}: ${LOTS.length} lots, accord-cadre of 36 months and one ` +
      `tacit reconduction of 12 (48 months in all, L2125-1), executed in Haute-Garonne, with an environmental clause.`,
  );
  demo.say(
    `Estimated value ${euros(published.estimatedCents)} HT, the reconduction included (R2121-1): formalised ` +
      `procedure, publicity ${published.published.publicity}.`,
  );
  demo.say(
    `Criteria: ${CRITERIA.map((criterion) => `${criterion.name} ${criterion.weightPercent} %`).join('; ')}.`,
  );
  demo.say(
    `Notice sent electronically; offers due by ${deadlineAt} (≥ 30 days, R2161-2, R2161-3). ` +
      `Beneficiaries: the ${published.beneficiaries.length} members with needs in the census.`,
  );
  return { consortiumId, tenderId, estimatedCents };
}
