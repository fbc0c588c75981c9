import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  Actor,
  AmendmentNotified,
  ModificationNoticePublished,
  ContractEnded,
  ContractEventType,
  ContractRenewed,
  ContractResumed,
  ContractSuspended,
  ContractTerminated,
  EventEnvelope,
  PenaltyApplied,
  RenewalDeclined,
  TERMINATION_GROUNDS,
  TerminationGround,
} from '@mutualis/shared/contracts';
import { AmendmentView, ContractTermsView, OrderView, SubcontractorView } from './contract-acts.responses';
import {
  InvoicePaymentView,
  InvoiceReceivedView,
  PenaltyInvitationView,
  OrderPenaltyInvitationView,
  PaymentInterruptedView,
  PaymentResumedView,
  VigilanceRequestView,
} from './contract-payments.responses';
import { ContractOpenedView } from './contract.responses';

// The acts that appear in the history only: the contract view shows their effect, not the act.

class PenaltyAppliedView implements PenaltyApplied {
  @ApiProperty({
    format: 'uuid',
    description: 'La pénalité appliquée',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  penaltyId!: string;

  @ApiProperty({ description: 'Date d’application', example: '2026-10-27' })
  appliedOn!: string;

  @ApiProperty({ description: 'Pénalité selon la formule du CCAG, en centimes HT', example: 200_000 })
  penaltyCents!: number;

  @ApiProperty({
    description:
      'Total des pénalités dues, après plafond (10 % du montant HT) et exonération du CCAG, en centimes',
    example: 200_000,
  })
  totalDueCents!: number;
}

class ContractRenewedView implements ContractRenewed {
  @ApiProperty({ description: 'Rang de la reconduction (1 pour la première)', example: 1 })
  renewal!: number;

  @ApiProperty({ description: 'Date de la reconduction', example: '2028-06-01' })
  renewedOn!: string;

  @ApiProperty({ description: 'Nouveau terme du marché', example: '2029-06-30' })
  endsOn!: string;
}

class ContractSuspendedView implements ContractSuspended {
  @ApiProperty({ description: 'Date de l’ajournement', example: '2026-10-28' })
  suspendedOn!: string;

  @ApiProperty({ description: 'Motif de l’ajournement', example: 'Intempéries' })
  reason!: string;
}

class AmendmentNotifiedView implements AmendmentNotified {
  @ApiProperty({
    format: 'uuid',
    description: 'L’avenant notifié',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d91',
  })
  amendmentId!: string;

  @ApiProperty({ description: 'Date de notification de l’avenant au titulaire', example: '2026-11-03' })
  notifiedOn!: string;
}

class ModificationNoticeView implements ModificationNoticePublished {
  @ApiProperty({
    format: 'uuid',
    description: 'L’avenant dont l’avis de modification est publié',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d91',
  })
  amendmentId!: string;

  @ApiProperty({
    description: 'Date de publication de l’avis de modification au JOUE (R2194-10)',
    example: '2026-10-20',
  })
  publishedOn!: string;

  @ApiProperty({ description: 'Référence de l’avis publié', example: 'JOUE 2026/S 203-612345' })
  reference!: string;
}

class ContractResumedView implements ContractResumed {
  @ApiProperty({ description: 'Date de reprise de l’exécution', example: '2026-11-01' })
  resumedOn!: string;
}

class ContractTerminatedView implements ContractTerminated {
  @ApiProperty({ description: 'Date de la résiliation', example: '2026-11-02' })
  terminatedOn!: string;

  @ApiProperty({
    enum: TERMINATION_GROUNDS,
    description:
      'Résiliation pour faute du titulaire, pour motif d’intérêt général, pour impossibilité du titulaire, ou ' +
      'd’un commun accord',
    example: 'general-interest',
  })
  ground!: TerminationGround;

  @ApiProperty({ description: 'Motifs', example: 'Réorganisation des services' })
  reason!: string;
}

class ContractEndedView implements ContractEnded {
  @ApiProperty({ description: 'Date de fin constatée', example: '2028-07-01' })
  endedOn!: string;

  @ApiProperty({
    enum: ['term-reached', 'maximum-reached'],
    description: 'Terme atteint, ou maximum de l’accord-cadre atteint',
    example: 'term-reached',
  })
  reason!: ContractEnded['reason'];
}

class RenewalDeclinedView implements RenewalDeclined {
  @ApiProperty({ description: 'Rang de la reconduction écartée (1 pour la première)', example: 1 })
  renewal!: number;

  @ApiProperty({
    description: 'Date de la décision de ne pas reconduire, avant le terme',
    example: '2027-05-15',
  })
  declinedOn!: string;

  @ApiProperty({ description: 'Terme auquel le marché prend fin', example: '2027-06-30' })
  endsOn!: string;

  @ApiProperty({
    description: 'Motif de la décision',
    example: 'Le besoin est couvert par le marché régional',
  })
  reason!: string;
}

/** The data of each contract event, in the order of `ContractEventData`. */
const EVENT_DATA = [
  ContractOpenedView,
  ContractTermsView,
  OrderView,
  AmendmentView,
  AmendmentNotifiedView,
  ModificationNoticeView,
  InvoiceReceivedView,
  PaymentInterruptedView,
  PaymentResumedView,
  InvoicePaymentView,
  VigilanceRequestView,
  SubcontractorView,
  PenaltyInvitationView,
  OrderPenaltyInvitationView,
  PenaltyAppliedView,
  ContractRenewedView,
  ContractSuspendedView,
  ContractResumedView,
  ContractTerminatedView,
  ContractEndedView,
  RenewalDeclinedView,
];

const EVENT_TYPES: readonly ContractEventType[] = [
  'contract.ContractOpened',
  'contract.ContractNotified',
  'contract.OrderPlaced',
  'contract.AmendmentSigned',
  'contract.AmendmentNotified',
  'contract.ModificationNoticePublished',
  'contract.InvoiceReceived',
  'contract.PaymentPeriodInterrupted',
  'contract.PaymentPeriodResumed',
  'contract.InvoicePaid',
  'contract.VigilanceAttestationRequested',
  'contract.SubcontractorAccepted',
  'contract.PenaltyObservationsInvited',
  'contract.OrderPenaltyObservationsInvited',
  'contract.PenaltyApplied',
  'contract.ContractRenewed',
  'contract.ContractSuspended',
  'contract.ContractResumed',
  'contract.ContractTerminated',
  'contract.ContractEnded',
  'contract.RenewalDeclined',
];

/** Who did an act: the person, the role they acted in, and whom they acted for. */
class ActorView implements Actor {
  @ApiProperty({
    description: 'Identifiant de la personne, ou du service pour un acte du système',
    example: 'coordinator-user',
  })
  userId!: string;

  @ApiProperty({
    description: 'Rôle dans lequel elle agit (coordinator, member-buyer, supplier, system…)',
    example: 'coordinator',
  })
  role!: string;

  @ApiPropertyOptional({
    description: 'SIRET de la collectivité pour laquelle elle agit',
    example: '21440184600016',
  })
  authoritySiret?: string;

  @ApiPropertyOptional({
    description: 'SIRET de l’entreprise pour laquelle elle agit',
    example: '73282932000074',
  })
  supplierSiret?: string;

  @ApiPropertyOptional({
    description: 'La personne ou l’organe au nom duquel elle agit, quand ce n’est pas sa propre organisation',
    example: 'Commission d’appel d’offres',
  })
  onBehalfOf?: string;
}

/** One act of a contract's history, in the platform's one event envelope. */
@ApiExtraModels(...EVENT_DATA)
export class ContractEventView implements EventEnvelope {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de l’événement (UUIDv7)',
    example: '0192f0a1-1b2c-7d3e-8f40-5a6b7c8d9e0f',
  })
  id!: string;

  @ApiProperty({ enum: EVENT_TYPES, description: 'Type de l’acte', example: 'contract.ContractNotified' })
  type!: string;

  @ApiProperty({ description: 'Version du schéma de ses données', example: 1 })
  schemaVersion!: number;

  @ApiProperty({ description: 'Flux du marché', example: 'contract-8c26bed0-2e27-5f5e-a270-499816732d8d' })
  streamId!: string;

  @ApiProperty({ description: 'Rang de l’acte dans le flux du marché (1 : l’ouverture)', example: 2 })
  streamVersion!: number;

  @ApiProperty({
    description: 'Position dans le registre du service (ordre d’enregistrement)',
    example: 1042,
  })
  globalPosition!: number;

  @ApiProperty({ description: 'Transaction d’enregistrement (PostgreSQL)', example: 7731 })
  transactionId!: number;

  @ApiProperty({
    format: 'uuid',
    description: 'Le groupement',
    example: '0190c6a4-7c1e-7000-8000-00000000000a',
  })
  consortiumId!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Quand l’acte a eu lieu (UTC)',
    example: '2026-07-01T08:00:00.000Z',
  })
  occurredAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Quand il a été enregistré (UTC)',
    example: '2026-07-01T08:00:00.120Z',
  })
  recordedAt!: string;

  @ApiProperty({ type: () => ActorView, description: 'Qui l’a fait' })
  actor!: ActorView;

  @ApiProperty({
    description: 'Corrélation : la demande (ou l’événement d’un autre service) d’où il procède',
    example: '5f0c2c4e-6a1d-4c4b-9d8e-3b7a2f1e0d9c',
  })
  correlationId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'L’événement qui l’a causé, pour un acte du système ; null sinon',
    example: null,
  })
  causationId!: string | null;

  @ApiProperty({
    oneOf: EVENT_DATA.map((model) => ({ $ref: getSchemaPath(model) })),
    description: 'Les données de l’acte, selon son type (le langage publié de l’exécution des marchés)',
  })
  data!: unknown;

  @ApiProperty({
    description: 'Empreinte SHA-256 (hexadécimal) de l’événement, qui scelle le registre',
    example: '9f2b4c1d7e8a0b3c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4',
  })
  contentHash!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Empreinte de l’événement précédent du flux (chaînage) ; null pour le premier',
    example: '1c4e7a9b2d5f8e0a3c6b9d2e5f8a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e9f2a',
  })
  prevHash!: string | null;
}

/** The answer of `GET …/contracts/{contractId}/history`. */
export class ContractHistory {
  @ApiProperty({ type: () => [ContractEventView], description: 'Les actes du marché, du premier au dernier' })
  events!: ContractEventView[];
}
