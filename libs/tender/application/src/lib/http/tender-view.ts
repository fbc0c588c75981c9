import { BidSubmitted, DEFAULT_TIE_BREAK } from '@mutualis/shared/contracts';
import { lotTurnoverRequirement, TenderState } from '@mutualis/tender/domain';
import { Tenders } from '../tenders';
import { OpenedBidView } from './bids.responses';
import { PublicTenderView } from './public-tender.responses';
import { TenderView } from './tender.responses';

/** The tender as its readers see it: everything public, and of the bids only who and when until they are opened. */
export function tenderView(state: TenderState, version: number): TenderView {
  const created = state.created!;
  return {
    ...created,
    lots: created.lots.map((lot) => ({
      ...lot,
      turnoverRequirementCents: lotTurnoverRequirement(created, lot),
    })),
    tieBreak: created.tieBreak ?? DEFAULT_TIE_BREAK,
    specificServicesCategory: created.specificServicesCategory ?? null,
    procedure: state.procedure,
    criteria: state.criteria,
    published: state.published,
    deadlineAt: state.deadlineAt,
    questions: state.questions,
    candidatures: Object.values(state.candidatures),
    invited: state.invited,
    // Before the opening, who bid and with what fingerprint is part of what the seal protects: only a count shows.
    bids: state.opened
      ? Object.values(state.bids).map(({ bidId, lot, supplierSiret, contentSha256 }) => ({
          bidId,
          lot,
          supplierSiret,
          contentSha256,
        }))
      : [],
    bidCount: Object.keys(state.bids).length,
    opened: state.opened,
    evaluation: {
      scores: state.scores,
      explanations: state.explanations,
      irregular: state.irregular,
      regularisations: state.regularisations,
      rejected: state.rejected,
      tieDrawings: state.drawings,
    },
    documentRequests: state.documentRequests,
    awards: state.awards,
    notices: state.notices,
    signed: state.signed,
    closed: state.closed,
    version,
  };
}

/** What every candidate may see once the notice is out: the consultation, its criteria, questions and answers. */
export function publicView(state: TenderState): PublicTenderView {
  const { tenderId, object, cpvCode, nature, lots } = state.created!;
  return {
    tenderId,
    object,
    cpvCode,
    nature,
    lots: lots.map(({ number, title }) => ({ number, title })),
    criteria: state.criteria,
    // Only a published tender is shown to the candidates: its notice and deadline are set.
    published: state.published!,
    deadlineAt: state.deadlineAt!,
    questions: state.questions,
    // Two-stage procedures: whether the candidates were invited to tender (not who was), and since when.
    invitedOn: state.invited?.sentOn ?? null,
  };
}

/** An offer as the coordinator and the auditors read it once the bids are opened (409 before: it is sealed). */
export async function openedBid(
  tenders: Tenders,
  state: TenderState,
  bid: BidSubmitted,
): Promise<OpenedBidView> {
  const { bidId, lot, supplierSiret, sealed, contentSha256 } = bid;
  return { bidId, lot, supplierSiret, contentSha256, content: await tenders.unseal(state, sealed) };
}
