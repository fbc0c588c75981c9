import { TenderEventData } from '@mutualis/shared/contracts';
import { SAMPLE } from './sample-ids';

const sealed = { keyId: SAMPLE.key, ciphertext: 'c2NlbGxl' };

/** One valid payload of every consultation event type (of the sample tender's stream). */
export const TENDER_SAMPLES: { [Type in keyof TenderEventData]: TenderEventData[Type] } = {
  'tender.TenderCreated': {
    tenderId: SAMPLE.tender,
    consortiumId: SAMPLE.consortium,
    object: 'Cybersécurité des communes',
    cpvCode: '72000000-5',
    nature: 'services',
    buyer: 'sub-central',
    lots: [
      { number: 1, title: 'Audit de sécurité', estimatedCents: 30_000_000, smallLotMapa: false },
      { number: 2, title: 'Supervision (SOC)', estimatedCents: 50_000_000, smallLotMapa: false },
    ],
    estimatedCents: 80_000_000,
    beneficiaries: [SAMPLE.coordinator, SAMPLE.member],
    censusId: SAMPLE.census,
    framework: null,
    nonAllotment: null,
    turnoverRequirementCents: null,
    innovative: false,
  },
  'tender.ProcedureChosen': {
    procedure: 'open',
    negotiationGround: null,
    required: 'formalised',
    thresholdTable: '2026-01-01',
  },
  'tender.CriteriaSet': {
    lot: 1,
    criteria: [
      { name: 'Prix', weightPercent: 40, kind: 'price', environmental: false },
      { name: 'Valeur technique', weightPercent: 60, kind: 'quality', environmental: false },
    ],
  },
  'tender.TenderPublished': {
    object: 'Cybersécurité des communes : audit et supervision',
    noticeSentOn: '2026-03-02',
    deadlineAt: '2026-04-06T10:00:00.000Z',
    electronic: true,
    pin: false,
    urgency: false,
    publicity: 'boamp-and-joue',
    required: 'formalised',
    thresholdTable: '2026-01-01',
    regime: 'formalised',
  },
  'tender.QuestionAsked': {
    questionId: SAMPLE.question,
    lot: 1,
    text: 'Le périmètre inclut-il les écoles ?',
  },
  'tender.AnswerPublished': {
    questionId: SAMPLE.question,
    answer: 'Oui, les écoles maternelles et élémentaires.',
  },
  'tender.DeadlineExtended': {
    deadlineAt: '2026-04-13T10:00:00.000Z',
    reason: 'Réponse modifiant le cahier des charges',
  },
  'tender.NoticeAmended': {
    amendmentId: SAMPLE.key,
    sentOn: '2026-03-20',
    summary: 'Report de la date limite',
  },
  'tender.CandidatureSubmitted': { candidatureId: SAMPLE.key, supplierSiret: SAMPLE.holder, form: 'dume' },
  'tender.CandidatesInvited': {
    suppliers: [SAMPLE.holder],
    sentOn: '2026-03-20',
    offersDeadlineAt: '2026-04-20T10:00:00.000Z',
    electronic: true,
  },
  'tender.BidSubmitted': {
    bidId: SAMPLE.bid,
    lot: 1,
    supplierSiret: SAMPLE.holder,
    sealed,
    contentSha256: SAMPLE.sha256,
  },
  'tender.BidWithdrawn': { bidId: SAMPLE.bid },
  'tender.BidsOpened': {
    openedAt: '2026-04-13T14:00:00.000Z',
    openedBy: 'coordinator-user',
    bids: [{ lot: 1, bidIds: [SAMPLE.bid] }],
  },
  'tender.BidScored': {
    bidId: SAMPLE.bid,
    scores: [
      { criterion: 'Prix', score: 90 },
      { criterion: 'Valeur technique', score: 80 },
    ],
    weightedTotal: 8_400,
  },
  'tender.ExplanationRequested': { bidId: SAMPLE.bid, requestedOn: '2026-04-20' },
  'tender.ExplanationAssessed': {
    bidId: SAMPLE.bid,
    justified: true,
    assessment: 'Prix justifié par un outillage propre',
  },
  'tender.BidFoundIrregular': {
    bidId: SAMPLE.bid,
    kind: 'irregular',
    detail: 'Attestation d’assurance manquante',
  },
  'tender.RegularisationRequested': { lot: 1, bidIds: [SAMPLE.bid], deadlineAt: '2026-04-27T10:00:00.000Z' },
  'tender.BidRegularised': { bidId: SAMPLE.bid, sealed, contentSha256: SAMPLE.sha256 },
  'tender.BidRejected': { bidId: SAMPLE.bid, reason: 'abnormally-low', legalReference: 'R2152-3' },
  'tender.TieDrawn': {
    lot: 1,
    bidIds: [SAMPLE.bid, SAMPLE.otherBid],
    drawnBy: 'Maître Durand, commissaire de justice',
    drawnOn: '2026-05-04',
  },
  'tender.LotAwarded': {
    lot: 1,
    bidId: SAMPLE.bid,
    supplierSiret: SAMPLE.holder,
    ranking: [{ bidId: SAMPLE.bid, weightedTotal: 8_400 }],
    decidedOn: '2026-05-04',
  },
  'tender.RejectionNoticesSent': {
    lot: 1,
    sentOn: '2026-05-04',
    electronic: true,
    standstillEndsOn: '2026-05-15',
  },
  'tender.AwardTransferred': {
    lot: 1,
    fromBidId: SAMPLE.otherBid,
    toBidId: SAMPLE.bid,
    supplierSiret: SAMPLE.holder,
    reason: 'Le premier attributaire n’a pas produit ses attestations',
  },
  'tender.ContractSigned': {
    lot: 1,
    bidId: SAMPLE.bid,
    supplierSiret: SAMPLE.holder,
    signedOn: '2026-06-15',
    amountCents: 25_000_000,
    awardNoticeDueBy: '2026-07-15',
  },
  'tender.LotClosedWithoutAward': { lot: 2, outcome: 'unsuccessful', reason: 'Aucune offre' },
  'tender.AwardNoticePublished': { lot: 1, publishedOn: '2026-07-10', reference: 'BOAMP 26-123456' },
};
