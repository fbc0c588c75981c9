import { ApiObjectOrNull } from '@mutualis/shared/api';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  Actor,
  AdhesionAccepted,
  CaoComposed,
  ConsortiumEvent,
  ConsortiumFormed,
  DeliberationRecorded,
  MembershipApplied,
  PersonErased,
  WithdrawalRecorded,
} from '@mutualis/shared/contracts';
import { AuthorityView, ConsortiumFormationView, LaunchView } from './consortium.responses';

// The history of a consortium: each stored event, its envelope and its data, one schema per event type.

const SAINT_NAZAIRE = '21440184600016';
const CROSSAC = '21440050900011';
const PERSON_ID = '0190c6a4-7c1e-7000-8000-0000000000c2';

class DeliberationView {
  @ApiProperty({ description: 'Numéro de la délibération', example: 'DCM-2026-002' })
  number!: string;

  @ApiProperty({ description: 'Date d’adoption', example: '2026-01-10' })
  adoptedOn!: string;

  @ApiProperty({ description: 'Organe délibérant', example: 'conseil municipal' })
  body!: string;
}

/** membership.ConsortiumFormed. */
@ApiExtraModels(DeliberationView)
export class ConsortiumFormedData extends ConsortiumFormationView implements ConsortiumFormed {
  @ApiObjectOrNull(DeliberationView, {
    description:
      'Délibération autorisant le coordonnateur à signer (règle M2) ; null pour un acheteur sans organe délibérant',
  })
  coordinatorDeliberation!: DeliberationView | null;
}

/** membership.MembershipApplied. */
export class MembershipAppliedData implements MembershipApplied {
  @ApiProperty({ type: AuthorityView, description: 'La collectivité candidate' })
  authority!: AuthorityView;

  @ApiProperty({ description: 'Date de la demande d’adhésion', example: '2026-02-20' })
  appliedOn!: string;
}

/** membership.DeliberationRecorded. */
export class DeliberationRecordedData extends DeliberationView implements DeliberationRecorded {
  @ApiProperty({ description: 'SIRET de la collectivité qui a délibéré', example: CROSSAC })
  siret!: string;
}

/** membership.AdhesionAccepted. */
export class AdhesionAcceptedData implements AdhesionAccepted {
  @ApiProperty({ description: 'SIRET du nouveau membre', example: CROSSAC })
  siret!: string;

  @ApiProperty({
    description: 'Date de signature de la convention par le membre : membre dès ce jour',
    example: '2026-03-01',
  })
  acceptedOn!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Numéro de la délibération sur laquelle elle repose (règle M2) ; null pour un acheteur qui n’en a pas',
    example: 'DCM-2026-031',
  })
  deliberationNumber!: string | null;
}

/** membership.WithdrawalRecorded. */
export class WithdrawalRecordedData implements WithdrawalRecorded {
  @ApiProperty({ description: 'SIRET du membre qui se retire', example: CROSSAC })
  siret!: string;

  @ApiProperty({ description: 'Date de la demande de retrait', example: '2026-04-01' })
  requestedOn!: string;

  @ApiProperty({ description: 'Premier jour hors du groupement', example: '2026-09-01' })
  effectiveOn!: string;

  @ApiProperty({
    description: 'Qui supporte les conséquences financières du retrait, selon la convention (règle M4)',
    example: 'le membre sortant',
  })
  financialConsequencesBorneBy!: string;
}

class SealedRepresentativeView {
  @ApiProperty({ description: 'SIRET du membre représenté', example: SAINT_NAZAIRE })
  siret!: string;

  @ApiProperty({ format: 'uuid', description: 'Identifiant de la personne', example: PERSON_ID })
  personId!: string;

  @ApiProperty({
    description: 'Nom chiffré sous la clé propre à la personne (illisible une fois ses données effacées)',
    example: 'pd1.q3JhbmRvbWl2MTI.c2VhbGVkLW5hbWU.dGFnLTE2LWJ5dGVz',
  })
  sealed!: string;
}

/** membership.CaoComposed. */
export class CaoComposedData implements CaoComposed {
  @ApiProperty({ description: 'Date de composition', example: '2026-03-10' })
  composedOn!: string;

  @ApiProperty({
    enum: ['dedicated', 'coordinator'],
    description: 'CAO propre au groupement, ou CAO du coordonnateur',
    example: 'dedicated',
  })
  composition!: 'dedicated' | 'coordinator';

  @ApiProperty({ type: SealedRepresentativeView, description: 'Le président' })
  chair!: SealedRepresentativeView;

  @ApiProperty({ type: [SealedRepresentativeView], description: 'Un élu par membre' })
  members!: SealedRepresentativeView[];
}

/** membership.PersonErased. */
export class PersonErasedData implements PersonErased {
  @ApiProperty({
    format: 'uuid',
    description: 'La personne dont les données sont effacées',
    example: PERSON_ID,
  })
  personId!: string;

  @ApiProperty({ description: 'Date de l’effacement (RGPD art. 17)', example: '2026-05-01' })
  erasedOn!: string;
}

class ActorView implements Actor {
  @ApiProperty({
    description: 'Identifiant de l’utilisateur (ou du service, pour un acte automatique)',
    example: 'u-4821',
  })
  userId!: string;

  @ApiProperty({
    description:
      'Rôle dans lequel il a agi : platform-admin, coordinator, member-buyer, supplier, auditor ou system',
    example: 'coordinator',
  })
  role!: string;

  @ApiPropertyOptional({ description: 'SIRET de la collectivité pour laquelle il a agi', example: CROSSAC })
  authoritySiret?: string;

  @ApiPropertyOptional({
    description: 'SIRET de l’entreprise pour laquelle il a agi',
    example: '73282932000074',
  })
  supplierSiret?: string;

  @ApiPropertyOptional({ description: 'Personne ou organe au nom duquel il a agi', example: 'Saint-Nazaire' })
  onBehalfOf?: string;
}

const EVENT_DATA = [
  ConsortiumFormedData,
  MembershipAppliedData,
  DeliberationRecordedData,
  AdhesionAcceptedData,
  WithdrawalRecordedData,
  LaunchView,
  CaoComposedData,
  PersonErasedData,
];

/** One act of `GET /consortia/{consortiumId}/history`. */
@ApiExtraModels(...EVENT_DATA)
export class HistoryEntryView {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de l’événement',
    example: '0190c6a4-7c1e-7000-8000-0000000000e5',
  })
  id!: string;

  @ApiProperty({
    enum: [
      'membership.ConsortiumFormed',
      'membership.MembershipApplied',
      'membership.DeliberationRecorded',
      'membership.AdhesionAccepted',
      'membership.WithdrawalRecorded',
      'membership.ProcedureLaunched',
      'membership.CaoComposed',
      'membership.PersonErased',
    ],
    description: 'Type de l’acte, qui donne la forme de `data`',
    example: 'membership.AdhesionAccepted',
  })
  type!: string;

  @ApiProperty({
    description: 'Rang de l’acte dans le flux du groupement (1 pour la constitution)',
    example: 4,
  })
  version!: number;

  @ApiProperty({
    format: 'date-time',
    description: 'Quand l’acte a eu lieu, selon son auteur (ISO 8601, UTC)',
    example: '2026-03-01T09:30:00.000Z',
  })
  occurredAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Quand la plateforme l’a enregistré (ISO 8601, UTC)',
    example: '2026-03-01T09:30:00.125Z',
  })
  recordedAt!: string;

  @ApiProperty({ type: ActorView, description: 'Qui l’a fait' })
  actor!: ActorView;

  @ApiProperty({
    oneOf: EVENT_DATA.map((model) => ({ $ref: getSchemaPath(model) })),
    description:
      'Les données de l’acte, selon son type : ConsortiumFormed, MembershipApplied, DeliberationRecorded, ' +
      'AdhesionAccepted, WithdrawalRecorded, ProcedureLaunched (LaunchView), CaoComposed, PersonErased',
  })
  data!: ConsortiumEvent['data'];

  @ApiProperty({
    description:
      'Empreinte SHA-256 (hexadécimal) de l’événement, qui inclut celle du précédent : toute altération se voit',
    example: '9f2c4e1b7a0d3c5e8f6a2b4d1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e',
  })
  contentHash!: string;
}
