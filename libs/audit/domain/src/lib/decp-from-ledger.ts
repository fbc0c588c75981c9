import {
  AmendmentNotified,
  AmendmentSigned,
  BidsOpened,
  BidSubmitted,
  ConsortiumFormed,
  ContractNotified,
  ContractOpened,
  CriteriaSet,
  EventEnvelope,
  NO_EXECUTION_CLAUSES,
  SubcontractorAccepted,
  TenderCreated,
} from '@mutualis/shared/contracts';
import { decpDue, DecpFacts, NotifiedAmendment } from './decp';

/**
 * The facts of every contract of a consortium whose essential data are due (D1), gathered from the events its
 * ledger received: the contract's award, notification and avenants, its tender's offers and criteria for the lot,
 * and the coordinator of the consortium.
 */
export function decpFactsFromLedger(events: EventEnvelope[], publishedOn: string): DecpFacts[] {
  const byStream = new Map<string, EventEnvelope[]>();
  for (const event of events) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
  const first = <Data>(streamId: string, type: string) =>
    byStream.get(streamId)?.find((event) => event.type === type)?.data as Data | undefined;
  const all = <Data>(streamId: string, type: string) =>
    (byStream.get(streamId) ?? [])
      .filter((event) => event.type === type)
      .sort((a, b) => a.streamVersion - b.streamVersion)
      .map((event) => event.data as Data);

  const facts: DecpFacts[] = [];
  for (const streamId of byStream.keys()) {
    if (!streamId.startsWith('contract-')) continue;
    const opened = first<ContractOpened>(streamId, 'contract.ContractOpened');
    const notified = first<ContractNotified>(streamId, 'contract.ContractNotified');
    if (!opened || !notified || !decpDue(opened, notified)) continue;
    const consortium = first<ConsortiumFormed>(
      `consortium-${opened.consortiumId}`,
      'membership.ConsortiumFormed',
    );
    const tender = `tender-${opened.tenderId}`;
    const criteria = all<CriteriaSet>(tender, 'tender.CriteriaSet')
      .filter((set) => set.lot === opened.lot)
      .at(-1);
    const opening = first<BidsOpened>(tender, 'tender.BidsOpened');
    const created = first<TenderCreated>(tender, 'tender.TenderCreated');
    const holderBid = all<BidSubmitted>(tender, 'tender.BidSubmitted')
      .filter((bid) => bid.lot === opened.lot && bid.supplierSiret === opened.holderSiret)
      .at(-1);
    facts.push({
      coordinatorSiret: consortium?.coordinator.siret ?? '',
      // A consultation created before it stated its place of execution is taken to be executed at the coordinator's.
      placeOfExecution: created?.placeOfExecution ?? {
        code: consortium?.coordinator.inseeCode ?? '',
        kind: 'commune',
      },
      clauses: created?.executionClauses ?? NO_EXECUTION_CLAUSES,
      opened,
      notified,
      amendments: notifiedAmendments(
        all<AmendmentSigned>(streamId, 'contract.AmendmentSigned'),
        all<AmendmentNotified>(streamId, 'contract.AmendmentNotified'),
      ),
      operatorGrouping: holderBid?.operatorGrouping ?? 'none',
      subcontractors: all<SubcontractorAccepted>(streamId, 'contract.SubcontractorAccepted'),
      offersReceived: opening?.bids.find((lot) => lot.lot === opened.lot)?.bidIds.length ?? 0,
      environmentalCriterion: criteria?.criteria.some((criterion) => criterion.environmental) ?? false,
      socialCriterion: criteria?.criteria.some((criterion) => criterion.kind === 'social') ?? false,
      innovative: created?.innovative ?? false,
      publishedOn,
    });
  }
  return facts;
}

/** The avenants notified, in the order of their notification: the DECP's modifications (D1). */
function notifiedAmendments(signed: AmendmentSigned[], notified: AmendmentNotified[]): NotifiedAmendment[] {
  return notified.flatMap(({ amendmentId, notifiedOn }) => {
    const amendment = signed.find((one) => one.amendmentId === amendmentId);
    return amendment ? [{ signed: amendment, notifiedOn }] : [];
  });
}
