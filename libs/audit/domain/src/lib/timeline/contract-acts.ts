import { AmendmentGround, ContractEventData, TerminationGround } from '@mutualis/shared/contracts';
import { designation, euros, frenchDate } from './act-wording';
import { authority, contract, supplier } from './subjects';
import { ActOn, ActRules, streamKey } from './timeline-subject';

const AMENDMENT_GROUNDS: Record<AmendmentGround, string> = {
  'review-clause': 'clause de réexamen, R2194-1',
  supplementary: 'prestations supplémentaires, R2194-2',
  unforeseeable: 'circonstances imprévues, R2194-5',
  'new-contractor': 'nouveau titulaire, R2194-6',
  'non-substantial': 'modification non substantielle, R2194-7',
  'de-minimis': 'modification de faible montant, R2194-8',
};

const TERMINATION_GROUNDS: Record<TerminationGround, string> = {
  'holder-fault': 'pour faute du titulaire',
  'general-interest': 'pour motif d’intérêt général',
  'holder-unable': 'le titulaire ne pouvant plus exécuter',
  'by-agreement': 'd’un commun accord',
};

/** The marché of a contract stream (`contract-<uuid>`). */
const marche = ({ event, names }: ActOn) => contract(streamKey(event.streamId), names);
const company = (siret: string, { names }: ActOn) => designation(supplier(siret, names));
const signed = (cents: number) => `${cents < 0 ? '' : '+'}${euros(cents)}`;

/** How each act of a marché's execution reads: every one is about the marché of its stream. */
export const CONTRACT_ACTS: ActRules<ContractEventData> = {
  'contract.ContractOpened': (data, on) => ({
    subject: contract(data.contractId, on.names, data.object),
    summary:
      `${data.kind === 'framework-agreement' ? 'Accord-cadre' : 'Marché'} signé avec ${company(data.holderSiret, on)} : ` +
      `${euros(data.amountCents)} HT${data.kind === 'framework-agreement' ? ' au maximum' : ''}`,
    businessDate: data.signedOn,
  }),
  'contract.ContractNotified': (data, on) => ({
    subject: marche(on),
    summary: `Marché notifié : ${data.durationMonths} mois, jusqu’au ${frenchDate(data.endsOn)}`,
    businessDate: data.notifiedOn,
  }),
  'contract.OrderPlaced': (data, on) => ({
    subject: marche(on),
    summary: `Bon de commande de ${euros(data.amountCents)} HT : ${designation(authority(data.memberSiret, on.names))}`,
    businessDate: data.placedOn,
  }),
  'contract.AmendmentSigned': (data, on) => ({
    subject: marche(on),
    summary:
      `Avenant signé (${AMENDMENT_GROUNDS[data.ground]}) : ${signed(data.amountCents)} HT, ` +
      `montant porté à ${euros(data.amountAfterCents)} HT` +
      (data.newHolderSiret ? `, nouveau titulaire ${company(data.newHolderSiret, on)}` : ''),
    businessDate: data.signedOn,
  }),
  'contract.AmendmentNotified': (data, on) => ({
    subject: marche(on),
    summary: `Avenant notifié au titulaire le ${frenchDate(data.notifiedOn)}`,
    businessDate: data.notifiedOn,
  }),
  'contract.InvoiceReceived': (data, on) => ({
    subject: marche(on),
    summary:
      `Facture reçue : ${euros(data.amountCentsTTC)} TTC, à payer au plus tard le ${frenchDate(data.dueOn)}` +
      (data.subcontractorSiret ? `, sous-traitant ${company(data.subcontractorSiret, on)}` : ''),
    businessDate: data.receivedOn,
  }),
  'contract.PaymentPeriodInterrupted': (data, on) => ({
    subject: marche(on),
    summary: `Délai de paiement interrompu (R2192-27) : ${data.reason}`,
    businessDate: data.interruptedOn,
  }),
  'contract.PaymentPeriodResumed': (data, on) => ({
    subject: marche(on),
    summary: `Pièces reçues, nouveau délai de paiement jusqu’au ${frenchDate(data.dueOn)} (R2192-29)`,
    businessDate: data.completedOn,
  }),
  'contract.InvoicePaid': (data, on) => ({
    subject: marche(on),
    summary:
      data.daysLate > 0
        ? `Facture payée avec ${data.daysLate} jours de retard : intérêts moratoires ${euros(data.interestCents)}, ` +
          `indemnité forfaitaire ${euros(data.indemnityCents)}`
        : 'Facture payée dans le délai',
    businessDate: data.paidOn,
  }),
  'contract.VigilanceAttestationRequested': (data, on) => ({
    subject: marche(on),
    summary:
      `Paiement effectué sans attestation de vigilance valable du titulaire : alerte au coordonnateur et nouvelle ` +
      `attestation demandée à ${company(data.holderSiret, on)} (${data.legalReference})`,
    businessDate: data.requestedOn,
  }),
  'contract.SubcontractorAccepted': (data, on) => ({
    subject: marche(on),
    summary:
      `Sous-traitant accepté : ${company(data.subcontractorSiret, on)}, ${euros(data.subcontractCentsTTC)} TTC` +
      (data.directPayment ? ', paiement direct' : ''),
    businessDate: data.acceptedOn,
  }),
  'contract.PenaltyObservationsInvited': (data, on) => ({
    subject: marche(on),
    summary:
      `Titulaire invité à présenter ses observations avant une pénalité de ${euros(data.penaltyCents)} ` +
      `(${data.daysLate} jours de retard)`,
    businessDate: data.invitedOn,
  }),
  'contract.OrderPenaltyObservationsInvited': (data, on) => ({
    subject: marche(on),
    summary:
      `Titulaire invité à présenter ses observations avant une pénalité de ${euros(data.penaltyCents)} ` +
      `(${data.daysLate} jours de retard sur un bon de commande)`,
    businessDate: data.invitedOn,
  }),
  'contract.PenaltyApplied': (data, on) => ({
    subject: marche(on),
    summary: `Pénalité appliquée : ${euros(data.penaltyCents)}, ${euros(data.totalDueCents)} au total`,
    businessDate: data.appliedOn,
  }),
  'contract.ContractRenewed': (data, on) => ({
    subject: marche(on),
    summary: `Marché reconduit (reconduction n° ${data.renewal}) jusqu’au ${frenchDate(data.endsOn)}`,
    businessDate: data.renewedOn,
  }),
  'contract.ContractSuspended': (data, on) => ({
    subject: marche(on),
    summary: 'Exécution suspendue',
    businessDate: data.suspendedOn,
  }),
  'contract.ContractResumed': (data, on) => ({
    subject: marche(on),
    summary: 'Exécution reprise',
    businessDate: data.resumedOn,
  }),
  'contract.ContractTerminated': (data, on) => ({
    subject: marche(on),
    summary: `Marché résilié ${TERMINATION_GROUNDS[data.ground]}`,
    businessDate: data.terminatedOn,
  }),
  'contract.ContractEnded': (data, on) => ({
    subject: marche(on),
    summary:
      data.reason === 'term-reached' ? 'Marché arrivé à son terme' : 'Accord-cadre : montant maximum atteint',
    businessDate: data.endedOn,
  }),
  'contract.RenewalDeclined': (data, on) => ({
    subject: marche(on),
    summary:
      `Décision de ne pas reconduire le marché (reconduction n° ${data.renewal}) : il prend fin le ` +
      `${frenchDate(data.endsOn)}`,
    businessDate: data.declinedOn,
  }),
  'contract.ModificationNoticePublished': (data, on) => ({
    subject: marche(on),
    summary: `Avis de modification publié au JOUE (${data.reference}, R2194-10)`,
    businessDate: data.publishedOn,
  }),
};
