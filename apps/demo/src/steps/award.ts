import { addDays } from '@mutualis/procurement-rules';
import { actors } from '../actors';
import { RequestRefused } from '../client';
import { Demo } from '../demo';
import { euros } from '../money';
import { Bid } from './bids';
import { LOTS } from './census';
import { Company, fileDocument } from './suppliers';
import { CRITERIA, PublishedTender } from './tender';

/** The consultation as decided: its id, and per lot the holder and the accord-cadre's maximum. */
export interface DecidedTender {
  tenderId: string;
  lots: { lot: number; holder: Company; maximumCents: number }[];
}

interface Award {
  supplierSiret: string;
  ranking: { weightedTotal: number }[];
}

/**
 * The CAO scores the offers and awards each lot, the certificates asked of the intended awardee only when the
 * registry lacks them (R2144-4); rejection notices start the délai de suspension (T14), which the demo first tries to
 * cut short; then each lot's accord-cadre is signed.
 */
export async function awardAndSign(demo: Demo, tender: PublishedTender, bids: Bid[]): Promise<DecidedTender> {
  const { api, calendar } = demo;
  const { consortiumId, tenderId, estimatedCents } = tender;
  const coordinator = actors.coordinator(consortiumId);
  const path = `/consortia/${consortiumId}/tenders/${tenderId}`;

  await demo.moveTo('evaluation');
  for (const bid of bids) {
    await api.post(
      'tender',
      `${path}/bids/${bid.bidId}/scores`,
      { scores: scoresOf(bid, bids) },
      coordinator,
    );
  }
  demo.say('The CAO scores every offer on the four criteria.');
  for (const lot of LOTS) await award(demo, consortiumId, path, lot.number, bids);
  const { awards } = await api.get<{ awards: Record<string, Award> }>('tender', path, coordinator);
  const decided = LOTS.map((lot) => {
    const award = awards[String(lot.number)]!;
    const holder = bids.find((bid) => bid.company.siret === award.supplierSiret)!.company;
    const ranking = award.ranking.map((rank) => (rank.weightedTotal / 100).toFixed(2)).join(' / ');
    demo.say(`Lot ${lot.number} awarded to ${holder.legalName} (weighted scores out of 100: ${ranking}).`);
    return { lot: lot.number, holder, maximumCents: estimatedCents[lot.number]! };
  });

  await demo.moveTo('rejectionNotices');
  for (const lot of LOTS) {
    await api.post(
      'tender',
      `${path}/lots/${lot.number}/rejection-notices`,
      { electronic: true },
      coordinator,
    );
  }
  demo.say(
    'Rejection notices sent electronically to the unsuccessful bidders: the délai de suspension runs 11 days (R2182-1).',
  );

  await demo.moveTo('earlySignature');
  const early = await demo.refusal(
    () =>
      api.post('tender', `${path}/lots/1/signature`, { amountCents: decided[0]!.maximumCents }, coordinator),
    'standstill-not-observed',
  );
  demo.say(`Signing on the 10th day is refused: ${early.rule} (${early.problem.legalReference}).`);

  await demo.moveTo('signature');
  for (const { lot, holder, maximumCents } of decided) {
    await api.post('tender', `${path}/lots/${lot}/signature`, { amountCents: maximumCents }, coordinator);
    demo.say(`Lot ${lot} signed with ${holder.legalName}: accord-cadre, maximum ${euros(maximumCents)} HT.`);
  }
  const { signed } = await api.get<{ signed: Record<string, { awardNoticeDueBy: string | null }> }>(
    'tender',
    path,
    coordinator,
  );
  demo.say(`Avis d’attribution due by ${signed['1']?.awardNoticeDueBy} (R2183-1).`);
  // Lot 3's avis is forgotten on purpose: the groupement's compliance calendar shows it overdue 30 days later.
  const publishedOn = calendar.on('signature');
  for (const { lot } of decided.filter((one) => one.lot !== 3)) {
    if (!signed[String(lot)]?.awardNoticeDueBy) continue;
    const reference = `JOUE ${publishedOn.slice(0, 4)}/S 045-${String(130_000 + lot)}`;
    await api.post('tender', `${path}/lots/${lot}/award-notice`, { publishedOn, reference }, coordinator);
  }
  demo.say(
    'The avis d’attribution of lots 1 and 2 are sent the same day and recorded with their JOUE reference; ' +
      'lot 3’s is not, and the compliance calendar will show it overdue (R2183-1).',
  );
  return { tenderId, lots: decided };
}

/**
 * Awards a lot. When the registry does not hold the best-ranked's certificates, the coordinator asks it, and it alone,
 * for them with a time limit (R2144-4); it files them with the registry the same day, and the award follows once the
 * tender service has learnt of them.
 */
async function award(
  demo: Demo,
  consortiumId: string,
  path: string,
  lot: number,
  bids: Bid[],
): Promise<void> {
  const lotPath = `${path}/lots/${lot}`;
  const { api, calendar } = demo;
  const coordinator = actors.coordinator(consortiumId);
  try {
    await api.post('tender', `${lotPath}/award`, {}, coordinator);
    return;
  } catch (error) {
    if (!(error instanceof RequestRefused) || error.rule !== 'award-documents-not-requested') throw error;
  }
  const dueOn = addDays(calendar.on('evaluation'), 1);
  await api.post('tender', `${lotPath}/award-documents-requests`, { dueOn }, coordinator);
  const { documentRequests } = await api.get<{
    documentRequests: Record<string, { supplierSiret: string; documents: string[] }>;
  }>('tender', path, coordinator);
  const request = documentRequests[String(lot)]!;
  const company = bids.find((bid) => bid.company.siret === request.supplierSiret)!.company;
  demo.say(
    `Lot ${lot}: the best-ranked, ${company.legalName}, bid on its DUME; the coordinator asks it alone for ` +
      `${request.documents.join(', ')} by ${dueOn} (R2144-4).`,
  );
  const today = calendar.on('evaluation');
  for (const kind of request.documents) {
    const expiresOn = kind === 'urssaf-vigilance' ? undefined : addDays(today, 90);
    await fileDocument(
      demo,
      company,
      { kind, issuedOn: today, ...(expiresOn ? { expiresOn } : {}) },
      actors.supplier(company.siret, consortiumId),
    );
  }
  demo.say(`  ${company.legalName} files them with the registry the same day.`);
  await demo.retryWhileRefused(
    `the tender service learns ${company.legalName}'s documents`,
    ['award-documents-awaited'],
    () => api.post('tender', `${lotPath}/award`, {}, coordinator),
  );
}

/** The price criterion scores the lowest price of the lot 100 and the others in proportion; then the marks. */
function scoresOf(bid: Bid, bids: Bid[]) {
  const lowest = Math.min(...bids.filter((one) => one.lot === bid.lot).map((one) => one.amountCents));
  return [
    { criterion: CRITERIA[0].name, score: Math.round((100 * lowest) / bid.amountCents) },
    ...bid.marks.map((score, index) => ({ criterion: CRITERIA[index + 1]!.name, score })),
  ];
}
