import { ApiProperty } from '@nestjs/swagger';
import { OverdueInvoice } from '@mutualis/contract/domain';
import {
  InvoicePaid,
  InvoiceReceived,
  OrderPenaltyObservationsInvited,
  PaymentPeriodInterrupted,
  PaymentPeriodResumed,
  PenaltyObservationsInvited,
  VigilanceAttestationRequested,
} from '@mutualis/shared/contracts';
import { ApiObjectOrNull } from '@mutualis/shared/api';

// Payments and penalties: what the buyer owes the holder, late or not (C4, C6, C8), and what the holder owes (C7).

const UUID = '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d8e';

/** The payment of an invoice, with what the law adds when it is late (C4) and what is retained (C6). */
export class InvoicePaymentView implements InvoicePaid {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la facture', example: UUID })
  invoiceId!: string;

  @ApiProperty({ description: 'Date du paiement', example: '2026-10-11' })
  paidOn!: string;

  @ApiProperty({
    description: 'Jours de retard après le délai global de paiement (0 : payée à temps)',
    example: 10,
  })
  daysLate!: number;

  @ApiProperty({
    description: 'Taux des intérêts moratoires, en points de base : taux de la BCE majoré de 8 points',
    example: 1015,
  })
  rateBasisPoints!: number;

  @ApiProperty({ description: 'Intérêts moratoires dus, en centimes', example: 3_337 })
  interestCents!: number;

  @ApiProperty({
    description: 'Indemnité forfaitaire pour frais de recouvrement (40 €), en centimes',
    example: 4_000,
  })
  indemnityCents!: number;

  @ApiProperty({ description: 'Retenue de garantie prélevée, en centimes', example: 60_000 })
  retainedCents!: number;
}

/** A payment request received (R2192-12). */
export class InvoiceReceivedView implements InvoiceReceived {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la facture', example: UUID })
  invoiceId!: string;

  @ApiProperty({
    description:
      'Date de réception de la demande de paiement : départ du délai global de paiement (R2192-12)',
    example: '2026-09-01',
  })
  receivedOn!: string;

  @ApiProperty({ description: 'Montant HT, en centimes', example: 1_000_000 })
  amountCents!: number;

  @ApiProperty({ description: 'Montant TTC, en centimes', example: 1_200_000 })
  amountCentsTTC!: number;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Le bon de commande réglé, sous un accord-cadre ; null pour un marché',
    example: null,
  })
  orderId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'SIRET du sous-traitant payé directement (R2193-10) ; null quand le titulaire est payé',
    example: null,
  })
  subcontractorSiret!: string | null;

  @ApiProperty({ description: 'Dernier jour du délai global de paiement', example: '2026-10-01' })
  dueOn!: string;
}

/** A payment request received, and its payment once made. */
export class InvoiceView extends InvoiceReceivedView {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Date de l’interruption du délai de paiement (R2192-27), une seule fois ; null si jamais interrompu. ' +
      '`dueOn` est alors le dernier jour du nouveau délai ouvert à la réception des pièces (R2192-29)',
    example: null,
  })
  interruptedOn!: string | null;

  @ApiProperty({
    description: 'Le délai est interrompu en ce moment : les pièces réclamées ne sont pas encore reçues',
    example: false,
  })
  interrupted!: boolean;

  @ApiObjectOrNull(InvoicePaymentView, {
    description: 'Le paiement ; null tant que la facture n’est pas payée',
  })
  payment!: InvoicePaymentView | null;
}

/** An unpaid invoice past its délai global de paiement, with what is owed on the day asked. */
export class OverdueInvoiceView implements OverdueInvoice {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de la facture',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  invoiceId!: string;

  @ApiProperty({ description: 'Date de réception de la demande de paiement', example: '2026-09-01' })
  receivedOn!: string;

  @ApiProperty({ description: 'Montant TTC, en centimes', example: 1_200_000 })
  amountCentsTTC!: number;

  @ApiProperty({ description: 'Dernier jour du délai global de paiement (R2192-10)', example: '2026-10-01' })
  dueOn!: string;

  @ApiProperty({
    description: 'Jours de retard, du lendemain de l’échéance au jour du calcul inclus',
    example: 10,
  })
  daysLate!: number;

  @ApiProperty({ description: 'Taux de la BCE retenu, en points de base', example: 215 })
  ecbRateBasisPoints!: number;

  @ApiProperty({
    description: 'Taux des intérêts moratoires, en points de base : taux de la BCE majoré de 8 points',
    example: 1015,
  })
  rateBasisPoints!: number;

  @ApiProperty({
    description:
      'Jour dont le taux de la BCE s’applique : 1er janvier ou 1er juillet du semestre où le retard commence',
    example: '2026-07-01',
  })
  rateFixedOn!: string;

  @ApiProperty({ description: 'Intérêts moratoires dus à la date, en centimes', example: 3_337 })
  interestCents!: number;

  @ApiProperty({
    description: 'Indemnité forfaitaire pour frais de recouvrement (40 €), en centimes',
    example: 4_000,
  })
  indemnityCents!: number;

  @ApiProperty({ description: 'Intérêts et indemnité, en centimes', example: 7_337 })
  totalCents!: number;

  @ApiProperty({
    description: 'Date limite de paiement des intérêts et de l’indemnité : 45 jours',
    example: '2026-11-25',
  })
  payBy!: string;
}

/** A delay penalty envisaged: the holder invited to present observations (CCAG 2021). */
export class PenaltyInvitationView implements PenaltyObservationsInvited {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la pénalité', example: UUID })
  penaltyId!: string;

  @ApiProperty({
    description: 'Date de l’invitation du titulaire à présenter ses observations (15 jours)',
    example: '2026-10-11',
  })
  invitedOn!: string;

  @ApiProperty({ description: 'Jours de retard', example: 20 })
  daysLate!: number;

  @ApiProperty({
    description: 'Valeur HT des prestations en retard (base de la formule du CCAG), en centimes',
    example: 10_000_000,
  })
  valueCents!: number;

  @ApiProperty({
    description:
      'Pénalité selon la formule du CCAG (TIC, FCS : V × R / 1000), en centimes, avant plafond et exonération',
    example: 200_000,
  })
  penaltyCents!: number;

  @ApiProperty({ description: 'Motif', example: 'Rapport remis en retard' })
  reason!: string;
}

/** A delay penalty envisaged for a late bon de commande of an accord-cadre (C7: its cap is that order's). */
export class OrderPenaltyInvitationView
  extends PenaltyInvitationView
  implements OrderPenaltyObservationsInvited
{
  @ApiProperty({
    format: 'uuid',
    description: 'Le bon de commande en retard, base du plafond de 10 % (CCAG 2021)',
    example: UUID,
  })
  orderId!: string;
}

/** A delay penalty: the invitation, and the day it was applied. */
export class PenaltyView extends PenaltyInvitationView {
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description:
      'Le bon de commande en retard, sous un accord-cadre : base du plafond de 10 % ; null pour un marché',
    example: null,
  })
  orderId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Date d’application de la pénalité ; null tant qu’elle n’est qu’envisagée',
    example: '2026-10-27',
  })
  appliedOn!: string | null;
}

/**
 * C10: a payment found the holder without a valid attestation de vigilance: paid all the same, the coordinator alerted
 * and a new attestation requested of the holder (D8222-5).
 */
export class VigilanceRequestView implements VigilanceAttestationRequested {
  @ApiProperty({
    description: 'Date de l’alerte et de la demande au titulaire (celle du paiement)',
    example: '2026-10-11',
  })
  requestedOn!: string;

  @ApiProperty({
    description: 'SIRET du titulaire à qui l’attestation est réclamée',
    example: '73282932000074',
  })
  holderSiret!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Le paiement, effectué, qui a constaté l’absence d’attestation valable',
    example: UUID,
  })
  invoiceId!: string;

  @ApiProperty({
    type: [String],
    description:
      'Pourquoi, selon le registre des fournisseurs (vigilance-expired : attestation échue ; not-registered : ' +
      'fournisseur inconnu du registre…)',
    example: ['vigilance-expired'],
  })
  reasons!: string[];

  @ApiProperty({ description: 'Article appliqué', example: 'D8222-5' })
  legalReference!: string;
}

/** R2192-27, R2192-28: the délai of a payment request interrupted once, the holder notified of what is missing. */
export class PaymentInterruptedView implements PaymentPeriodInterrupted {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la facture', example: UUID })
  invoiceId!: string;

  @ApiProperty({
    description: 'Date de réception de la notification par le titulaire',
    example: '2026-10-05',
  })
  interruptedOn!: string;

  @ApiProperty({ description: 'Motifs et pièces à fournir (R2192-28)', example: 'RIB manquant' })
  reason!: string;

  @ApiProperty({ description: 'Jours du délai qui restaient à courir à cette date', example: 26 })
  remainingDays!: number;
}

/** R2192-29: the missing documents received, a new délai opened. */
export class PaymentResumedView implements PaymentPeriodResumed {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la facture', example: UUID })
  invoiceId!: string;

  @ApiProperty({
    description: 'Date de réception de la totalité des pièces réclamées',
    example: '2026-10-12',
  })
  completedOn!: string;

  @ApiProperty({ description: 'Dernier jour du nouveau délai de paiement', example: '2026-11-11' })
  dueOn!: string;
}
