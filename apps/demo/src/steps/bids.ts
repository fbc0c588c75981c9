import { actors } from '../actors';
import { Demo } from '../demo';
import { euros } from '../money';
import { Company, EXCLUDED, FORM_AGENTS, GARONNE_SOC, OCCITANIE_AUDIT, sha256 } from './suppliers';
import { PublishedTender } from './tender';

/** An offer: its price as a share of the lot's estimate, and the marks it will earn on the three other criteria. */
interface Offer {
  company: Company;
  lot: number;
  priceShare: number;
  marks: [number, number, number];
}

const OFFERS: Offer[] = [
  { company: OCCITANIE_AUDIT, lot: 1, priceShare: 0.84, marks: [85, 80, 70] },
  { company: GARONNE_SOC, lot: 1, priceShare: 0.91, marks: [75, 85, 60] },
  { company: GARONNE_SOC, lot: 2, priceShare: 0.88, marks: [90, 95, 65] },
  { company: OCCITANIE_AUDIT, lot: 2, priceShare: 0.95, marks: [70, 75, 70] },
  { company: FORM_AGENTS, lot: 3, priceShare: 0.8, marks: [80, 70, 85] },
  { company: OCCITANIE_AUDIT, lot: 3, priceShare: 0.9, marks: [70, 80, 60] },
];

/** A bid as submitted and read at the opening. */
export interface Bid extends Offer {
  bidId: string;
  amountCents: number;
}

/**
 * The suppliers submit sealed bids; the excluded one is refused (L2141-1); nobody reads a bid before the deadline;
 * then the coordinator opens the plis.
 */
export async function collectBids(demo: Demo, tender: PublishedTender): Promise<Bid[]> {
  const { api } = demo;
  const { consortiumId, tenderId, estimatedCents } = tender;
  const coordinator = actors.coordinator(consortiumId);
  const bidsPath = `/consortia/${consortiumId}/tenders/${tenderId}/bids`;

  await demo.moveTo('bids');
  const bids: Bid[] = [];
  for (const offer of OFFERS) {
    const amountCents = Math.round(estimatedCents[offer.lot]! * offer.priceShare);
    const { bidId } = await demo.retryWhileRefused(
      `the tender service learns of ${offer.company.legalName}'s registration`,
      ['supplier-not-eligible'],
      () =>
        api.post<{ bidId: string }>(
          'tender',
          `/tenders/${tenderId}/bids`,
          bidBody(offer.company, offer.lot, amountCents),
          actors.supplier(offer.company.siret, consortiumId),
        ),
    );
    bids.push({ ...offer, bidId, amountCents });
    demo.say(`${offer.company.legalName} submits a sealed bid on lot ${offer.lot}.`);
  }
  const refused = await demo.refusal(
    () =>
      api.post(
        'tender',
        `/tenders/${tenderId}/bids`,
        bidBody(EXCLUDED, 2, Math.round(estimatedCents[2]! * 0.7)),
        actors.supplier(EXCLUDED.siret, consortiumId),
      ),
    'supplier-not-eligible',
  );
  demo.say(`${EXCLUDED.legalName}'s bid is refused: ${refused.rule} (${refused.problem.legalReference}).`);
  const sealed = await demo.refusal(() => api.get('tender', bidsPath, coordinator), 409);
  demo.say(
    `Before the opening the bids stay sealed, even to the coordinator (${sealed.status}: ${sealed.problem.detail}).`,
  );

  await demo.moveTo('opening', '14:00');
  await api.post('tender', `/consortia/${consortiumId}/tenders/${tenderId}/opening`, {}, coordinator);
  const opened = await api.get<{ bidId: string; lot: number; content: { amountCents: number } }[]>(
    'tender',
    bidsPath,
    coordinator,
  );
  demo.say(`Opening of the plis: ${opened.length} bids, recorded with who opened them.`);
  for (const bid of opened) {
    const { company } = bids.find((one) => one.bidId === bid.bidId)!;
    demo.say(`  lot ${bid.lot}: ${company.legalName} ${euros(bid.content.amountCents)} HT`);
  }
  return bids;
}

function bidBody(company: Company, lot: number, amountCents: number) {
  const documents = ['acte-engagement.pdf', 'memoire-technique.pdf', 'bordereau-prix-unitaires.pdf'].map(
    (name) => ({ name, sha256: sha256(`${company.siret}/${lot}/${name}`) }),
  );
  // The DUME stands for the certificates, asked of the intended awardee only (R2143-3, R2144-4).
  return { lot, amountCents, documents, declaration: 'dume' };
}
