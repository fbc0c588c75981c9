import { IrregularityKind, RejectionReason, TenderEventData } from '@mutualis/shared/contracts';
import { parisDate } from '@mutualis/procurement-rules';
import { PROCEDURE_NAMES } from '../procedure-names';
import { count, designation, euros, frenchDate, frenchDay } from './act-wording';
import { bid, lot, supplier, tender } from './subjects';
import { ActOn, ActRules, streamKey } from './timeline-subject';

const IRREGULARITIES: Record<IrregularityKind, string> = {
  irregular: 'irrégulière',
  unacceptable: 'inacceptable',
  inappropriate: 'inappropriée',
};

const REJECTIONS: Record<RejectionReason, string> = {
  'abnormally-low': 'anormalement basse',
  irregular: 'irrégulière',
  unacceptable: 'inacceptable',
  inappropriate: 'inappropriée',
  ineligible: 'entreprise exclue ou sans attestations valides',
};

/** The consultation of a tender stream (`tender-<uuid>`), and one of its lots. */
const consultation = ({ event, names }: ActOn) => tender(streamKey(event.streamId), names);
const lotOf = (number: number, { event, names }: ActOn) => lot(streamKey(event.streamId), number, names);
const company = (siret: string, { names }: ActOn) => designation(supplier(siret, names));

/** How each act of a consultation reads, from its creation to the signature or closure of its lots. */
export const TENDER_ACTS: ActRules<TenderEventData> = {
  'tender.TenderCreated': (data, { names }) => ({
    subject: tender(data.tenderId, names, data.object),
    summary: `Consultation créée : ${data.object} (${count(data.lots.length, 'lot')}, ${euros(data.estimatedCents)} HT estimés)`,
  }),
  'tender.ProcedureChosen': (data, on) => ({
    subject: consultation(on),
    summary: `Procédure choisie : ${PROCEDURE_NAMES[data.procedure]}`,
  }),
  'tender.CriteriaSet': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary: `Critères d’attribution fixés : ${count(data.criteria.length, 'critère')}`,
  }),
  'tender.TenderPublished': (data, on) => ({
    subject: consultation(on),
    summary: `Avis d’appel à la concurrence envoyé : remise des offres jusqu’au ${frenchDay(data.deadlineAt)}`,
    businessDate: data.noticeSentOn,
  }),
  'tender.QuestionAsked': (data, on) => ({
    subject: data.lot === null ? consultation(on) : lotOf(data.lot, on),
    summary: 'Question posée par une entreprise',
  }),
  'tender.AnswerPublished': (_data, on) => ({
    subject: consultation(on),
    summary: 'Réponse publiée à une question',
  }),
  'tender.DeadlineExtended': (data, on) => ({
    subject: consultation(on),
    summary: `Date limite de remise des offres reportée au ${frenchDay(data.deadlineAt)}`,
  }),
  'tender.NoticeAmended': (data, on) => ({
    subject: consultation(on),
    summary: 'Avis rectificatif envoyé',
    businessDate: data.sentOn,
  }),
  'tender.CandidatureSubmitted': (data, on) => {
    const subject = supplier(data.supplierSiret, on.names);
    return {
      subject,
      summary: `Candidature déposée (${data.form === 'dume' ? 'DUME' : 'DC1 et DC2'}) : ${designation(subject)}`,
    };
  },
  'tender.CandidatesInvited': (data, on) => ({
    subject: consultation(on),
    summary:
      `${count(data.suppliers.length, 'candidat invité', 'candidats invités')} à remettre une offre, ` +
      `jusqu’au ${frenchDay(data.offersDeadlineAt)}`,
    businessDate: data.sentOn,
  }),
  'tender.BidSubmitted': (data, on) => ({
    subject: bid(data.bidId, on.names, data),
    summary: `Offre déposée sur le lot ${data.lot}`,
  }),
  'tender.BidWithdrawn': (data, on) => ({
    subject: bid(data.bidId, on.names),
    summary: 'Offre retirée',
  }),
  'tender.BidsOpened': (data, on) => ({
    subject: consultation(on),
    summary: `Plis ouverts : ${count(
      data.bids.reduce((total, each) => total + each.bidIds.length, 0),
      'offre',
    )}`,
    businessDate: parisDate(data.openedAt),
  }),
  'tender.BidScored': (data, on) => ({
    subject: bid(data.bidId, on.names),
    summary: `Offre notée : ${(data.weightedTotal / 100).toFixed(2).replace('.', ',')} / 100`,
  }),
  'tender.ExplanationRequested': (data, on) => ({
    subject: bid(data.bidId, on.names),
    summary: 'Justification demandée d’une offre qui paraît anormalement basse',
    businessDate: data.requestedOn,
  }),
  'tender.ExplanationAssessed': (data, on) => ({
    subject: bid(data.bidId, on.names),
    summary: data.justified
      ? 'Justification de l’offre anormalement basse admise'
      : 'Justification de l’offre anormalement basse écartée',
  }),
  'tender.BidFoundIrregular': (data, on) => ({
    subject: bid(data.bidId, on.names),
    summary: `Offre jugée ${IRREGULARITIES[data.kind]}`,
  }),
  'tender.RegularisationRequested': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary:
      `Régularisation demandée (${count(data.bidIds.length, 'offre')}), ` +
      `jusqu’au ${frenchDay(data.deadlineAt)}`,
  }),
  'tender.BidRegularised': (data, on) => ({
    subject: bid(data.bidId, on.names),
    summary: 'Offre régularisée',
  }),
  'tender.BidRejected': (data, on) => ({
    subject: bid(data.bidId, on.names),
    summary: `Offre rejetée (${REJECTIONS[data.reason]}, ${data.legalReference})`,
  }),
  'tender.TieDrawn': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary: `Tirage au sort entre ${count(data.bidIds.length, 'offre')} à égalité, par ${data.drawnBy}`,
    businessDate: data.drawnOn,
  }),
  'tender.AwardDocumentsRequested': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary:
      `Pièces demandées à ${company(data.supplierSiret, on)}, pressenti pour le lot ${data.lot}, à produire au plus ` +
      `tard le ${frenchDate(data.dueOn)} (${data.legalReference})`,
    businessDate: data.requestedOn,
  }),
  'tender.CandidatureDeclaredInadmissible': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary:
      `Candidature de ${company(data.supplierSiret, on)} déclarée irrecevable : pièces non produites au ` +
      `${frenchDate(data.dueOn)} (${data.legalReference})`,
    businessDate: data.declaredOn,
  }),
  'tender.LotAwarded': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary: `Lot ${data.lot} attribué à ${company(data.supplierSiret, on)}`,
    businessDate: data.decidedOn,
  }),
  'tender.RejectionNoticesSent': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary:
      `Lettres de rejet envoyées pour le lot ${data.lot}` +
      (data.standstillEndsOn ? `, signature possible à partir du ${frenchDate(data.standstillEndsOn)}` : ''),
    businessDate: data.sentOn,
  }),
  'tender.AwardTransferred': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary: `Attribution du lot ${data.lot} transférée à ${company(data.supplierSiret, on)}`,
  }),
  'tender.ContractSigned': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary: `Marché du lot ${data.lot} signé avec ${company(data.supplierSiret, on)} : ${euros(data.amountCents)} HT`,
    businessDate: data.signedOn,
  }),
  'tender.LotClosedWithoutAward': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary: `Lot ${data.lot} ${data.outcome === 'unsuccessful' ? 'déclaré infructueux' : 'déclaré sans suite'}`,
  }),
  'tender.AwardNoticePublished': (data, on) => ({
    subject: lotOf(data.lot, on),
    summary: `Avis d’attribution du lot ${data.lot} publié (${data.reference}, R2183-1)`,
    businessDate: data.publishedOn,
  }),
};
