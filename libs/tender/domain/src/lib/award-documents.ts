import {
  AWARD_DOCUMENTS,
  AwardDocumentKind,
  AwardDocumentsRequested,
  DEFAULT_TIE_BREAK,
  Eligibility,
  EligibilityReasonCode,
  TenderEvent,
} from '@mutualis/shared/contracts';
import { rankLot } from './ranking';
import { DeclareCandidatureInadmissible, RequestAwardDocuments } from './tender.commands';
import { refuse } from './tender-refusal';
import { evolveTender, TenderState } from './tender.state';

/**
 * The certificates are asked only of the candidate to whom the award is envisaged (R2143-3, R2144-4): any supplier
 * not excluded may bid on its sworn declaration; at the award, the buyer asks the best-ranked for the documents with
 * a time limit; if they are not produced in time its candidature is declared inadmissible and the request passes to
 * the next-ranked (R2144-7). An exclusion de plein droit bars at every stage.
 */

type Ranked = { bidId: string; weightedTotal: number };

/** The bids of a lot that may still win: in force at opening, not rejected. */
export function contenders(state: TenderState, lot: number) {
  return Object.values(state.bids).filter((bid) => bid.lot === lot && !state.rejected[bid.bidId]);
}

/**
 * The lot's offers in contention, best first: every one settled (irregularities, explanations) and scored, and the
 * ties broken by the consultation's rule, before the ranking means anything.
 */
export function rankedContenders(state: TenderState, lot: number): Ranked[] {
  if (!state.opened) throw refuse('the bids are not opened', { rule: 'bids-not-opened' });
  const bids = contenders(state, lot);
  // A low offer found unjustified must be rejected before the award: it can neither win nor stay in the ranking.
  const pending = bids.filter(
    (bid) =>
      (state.irregular[bid.bidId] && !state.regularised[bid.bidId]) ||
      (state.explanations[bid.bidId] !== undefined && state.explanations[bid.bidId]!.justified !== true),
  );
  if (pending.length > 0) {
    throw refuse('irregular offers and requested explanations must be settled before the award', {
      rule: 'offers-not-settled',
      values: { bidIds: pending.map((bid) => bid.bidId) },
    });
  }
  const unscored = bids.filter((bid) => !state.scores[bid.bidId]);
  if (unscored.length > 0) {
    throw refuse('every offer in contention must be scored', {
      rule: 'offers-not-scored',
      values: { bidIds: unscored.map((bid) => bid.bidId) },
    });
  }
  if (bids.length === 0) {
    throw refuse('no offer can be awarded: declare the lot unsuccessful', { rule: 'no-offer-to-award' });
  }
  const { ranking, undrawn } = rankLot(state, lot, bids);
  if (undrawn.length > 0) {
    throw refuse(
      'offers are tied after the consultation’s rule: record the drawing by lot before the award',
      {
        rule: 'tie-not-broken',
        legalReference: 'L3',
        values: { tied: undrawn, tieBreak: state.created?.tieBreak ?? DEFAULT_TIE_BREAK },
      },
    );
  }
  return ranking;
}

/**
 * The offers the award may go to, in order: the ranking of the lot's contenders before the award; after it, the
 * offers ranked below the awardee still in contention (R2181-7).
 */
export function awardCandidates(state: TenderState, lot: number): Ranked[] {
  const award = state.awards[lot];
  if (!award) return rankedContenders(state, lot);
  const position = award.ranking.findIndex((entry) => entry.bidId === award.bidId);
  return award.ranking.slice(position + 1).filter((entry) => !state.rejected[entry.bidId]);
}

/**
 * S3, R2144-7: the offers whose supplier is excluded (or unknown to the registry) on the day are rejected, at any
 * stage; answers the rejections and the candidates left, in order.
 */
export function rejectBarred(
  state: TenderState,
  candidates: Ranked[],
  eligibility: Record<string, Eligibility>,
  on: string,
): { rejections: TenderEvent[]; remaining: Ranked[] } {
  const barred = candidates.filter(
    (ranked) => !eligibilityOf(eligibility, state.bids[ranked.bidId]!.supplierSiret, on).mayBid,
  );
  return {
    rejections: barred.map(
      (ranked): TenderEvent => ({
        type: 'tender.BidRejected',
        data: { bidId: ranked.bidId, reason: 'ineligible', legalReference: 'R2144-7' },
      }),
    ),
    remaining: candidates.filter((ranked) => !barred.includes(ranked)),
  };
}

/** A supplier's eligibility as the command states it; one the command says nothing of is refused, never presumed. */
export function eligibilityOf(eligibility: Record<string, Eligibility>, supplierSiret: string, on: string) {
  const known = eligibility[supplierSiret];
  if (!known) {
    throw refuse(`the eligibility of ${supplierSiret} on ${on} is unknown`, {
      rule: 'eligibility-unknown',
      values: { siret: supplierSiret },
    });
  }
  return known;
}

/**
 * R2144-4, R2144-7: the candidate the award is to go to holds the documents proving it is not excluded, valid on the
 * decision date; otherwise the refusal says what to do: ask for them, wait for them, or declare it inadmissible.
 */
export function requireAwardDocuments(
  state: TenderState,
  lot: number,
  bidId: string,
  eligibility: Record<string, Eligibility>,
  on: string,
): void {
  const supplierSiret = state.bids[bidId]!.supplierSiret;
  if (eligibilityOf(eligibility, supplierSiret, on).mayBeAwarded) return;
  const missing = missingDocuments(eligibility[supplierSiret]!);
  const request = state.documentRequests[lot];
  if (!request || request.bidId !== bidId) {
    throw refuse(
      `the documents proving ${supplierSiret} is not excluded are not held: ask it for them with a time limit`,
      { rule: 'award-documents-not-requested', legalReference: 'R2144-4', values: { bidId, missing } },
    );
  }
  if (on <= request.dueOn) {
    throw refuse(`the documents asked of ${supplierSiret} may be produced until ${request.dueOn}`, {
      rule: 'award-documents-awaited',
      legalReference: 'R2144-4',
      values: { bidId, missing, dueOn: request.dueOn },
    });
  }
  throw refuse(
    `the documents asked of ${supplierSiret} were not produced by ${request.dueOn}: declare its candidature inadmissible`,
    {
      rule: 'award-documents-not-produced',
      legalReference: 'R2144-7',
      values: { bidId, missing, dueOn: request.dueOn },
    },
  );
}

/**
 * The buyer asks the candidate the award is envisaged for, and only it, for the documents it lacks, with a time
 * limit (R2144-4); offers of excluded suppliers met on the way are rejected. Documents the registry already holds
 * valid are not asked again (R2143-13).
 */
export function requestAwardDocuments(command: RequestAwardDocuments, state: TenderState): TenderEvent[] {
  requireOpenLot(state, command.lot);
  if (command.dueOn <= command.requestedOn) {
    throw refuse('the time limit to produce the documents ends after the request', {
      rule: 'time-limit-invalid',
      legalReference: 'R2144-4',
      values: { requestedOn: command.requestedOn, dueOn: command.dueOn },
    });
  }
  const candidates = awardCandidates(state, command.lot);
  const next = nextRequest(state, candidates, command);
  if (!next.request) {
    if (next.rejections.length > 0) return next.rejections;
    if (!next.intended) {
      throw refuse('no next-ranked offer remains', {
        rule: 'no-next-ranked-offer',
        legalReference: 'R2181-7',
      });
    }
    throw refuse(
      `the registry holds the documents of ${next.intended.supplierSiret} valid: decide the award`,
      {
        rule: 'award-documents-held',
        legalReference: 'R2143-13',
        values: { bidId: next.intended.bidId },
      },
    );
  }
  const pending = state.documentRequests[command.lot];
  if (pending && pending.bidId === next.request.bidId) {
    throw refuse(`the documents were already asked of ${pending.supplierSiret} on ${pending.requestedOn}`, {
      rule: 'award-documents-already-requested',
      legalReference: 'R2144-4',
      values: { bidId: pending.bidId, dueOn: pending.dueOn },
    });
  }
  return [...next.rejections, { type: 'tender.AwardDocumentsRequested', data: next.request }];
}

/**
 * Among the candidates in order, the offers of suppliers barred on the day rejected, the one the award is now
 * envisaged for, and the request for the documents it lacks (none when the registry holds them valid).
 */
function nextRequest(
  state: TenderState,
  candidates: Ranked[],
  command: Pick<RequestAwardDocuments, 'lot' | 'requestedOn' | 'dueOn' | 'eligibility'>,
): {
  rejections: TenderEvent[];
  intended: { bidId: string; supplierSiret: string } | null;
  request: AwardDocumentsRequested | null;
} {
  const { rejections, remaining } = rejectBarred(state, candidates, command.eligibility, command.requestedOn);
  const first = remaining[0];
  if (!first) return { rejections, intended: null, request: null };
  const intended = { bidId: first.bidId, supplierSiret: state.bids[first.bidId]!.supplierSiret };
  const documents = missingDocuments(command.eligibility[intended.supplierSiret]!);
  if (documents.length === 0) return { rejections, intended, request: null };
  const { lot, requestedOn, dueOn } = command;
  return {
    rejections,
    intended,
    request: { lot, ...intended, documents, requestedOn, dueOn, legalReference: 'R2144-4' },
  };
}

/**
 * R2144-7: once the time limit is over and the documents are still not held, the candidature is declared
 * inadmissible; with `nextDueOn`, the request passes to the next-ranked in the same decision.
 */
export function declareCandidatureInadmissible(
  command: DeclareCandidatureInadmissible,
  state: TenderState,
): TenderEvent[] {
  requireOpenLot(state, command.lot);
  const request = state.documentRequests[command.lot];
  if (!request || state.rejected[request.bidId] || state.awards[command.lot]?.bidId === request.bidId) {
    throw refuse('no documents are awaited from a candidate of this lot', {
      rule: 'award-documents-not-requested',
      legalReference: 'R2144-4',
    });
  }
  if (command.declaredOn <= request.dueOn) {
    throw refuse(`the documents may be produced until ${request.dueOn}`, {
      rule: 'award-documents-awaited',
      legalReference: 'R2144-4',
      values: { dueOn: request.dueOn },
    });
  }
  if (eligibilityOf(command.eligibility, request.supplierSiret, command.declaredOn).mayBeAwarded) {
    throw refuse(`the documents of ${request.supplierSiret} are now held: decide the award`, {
      rule: 'award-documents-produced',
      legalReference: 'R2144-7',
    });
  }
  const { lot, bidId, supplierSiret, requestedOn, dueOn } = request;
  const declared: TenderEvent = {
    type: 'tender.CandidatureDeclaredInadmissible',
    data: {
      lot,
      bidId,
      supplierSiret,
      requestedOn,
      dueOn,
      declaredOn: command.declaredOn,
      legalReference: 'R2144-7',
    },
  };
  if (!command.nextDueOn) return [declared];
  if (command.nextDueOn <= command.declaredOn) {
    throw refuse('the time limit to produce the documents ends after the request', {
      rule: 'time-limit-invalid',
      legalReference: 'R2144-4',
      values: { requestedOn: command.declaredOn, dueOn: command.nextDueOn },
    });
  }
  const after = evolveTender(state, declared);
  const next = nextRequest(after, awardCandidates(after, lot), {
    lot,
    requestedOn: command.declaredOn,
    dueOn: command.nextDueOn,
    eligibility: command.eligibility,
  });
  const passed: TenderEvent[] = next.request
    ? [{ type: 'tender.AwardDocumentsRequested', data: next.request }]
    : [];
  return [declared, ...next.rejections, ...passed];
}

const DOCUMENT_OF: Partial<Record<EligibilityReasonCode, AwardDocumentKind>> = {
  'tax-regularity-missing': 'tax-regularity',
  'tax-regularity-expired': 'tax-regularity',
  'vigilance-missing': 'urssaf-vigilance',
  'vigilance-expired': 'urssaf-vigilance',
};

/** The documents proving the supplier is not excluded that the registry does not hold valid on the day. */
function missingDocuments(eligibility: Eligibility): AwardDocumentKind[] {
  const missing = new Set(eligibility.reasons.map((reason) => DOCUMENT_OF[reason.code]));
  return AWARD_DOCUMENTS.filter((kind) => missing.has(kind));
}

/** A lot neither signed nor closed. */
function requireOpenLot(state: TenderState, lot: number): void {
  if (!state.created?.lots.some((candidate) => candidate.number === lot)) {
    throw refuse(`the tender has no lot ${lot}`, { rule: 'unknown-lot', values: { lot } });
  }
  if (state.signed[lot]) throw refuse('the lot’s contract is signed', { rule: 'contract-signed' });
  if (state.closed[lot])
    throw refuse(`lot ${lot} was closed without award`, { rule: 'lot-closed', values: { lot } });
}
