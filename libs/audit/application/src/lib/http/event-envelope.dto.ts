import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Actor, EventEnvelope } from '@mutualis/shared/contracts';
import { LedgerEntry } from '@mutualis/audit/domain';

const CONSORTIUM = '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e';
const HASH = '3f0c9a1e5b7d2c4a6e8f0b1d3c5a7e9f1b3d5c7a9e1f3b5d7c9a1e3f5b7d9c1a';

/** Who did something: the person, the role they acted in, and whom they acted for. */
export class ActorView implements Actor {
  @ApiProperty({
    description: 'Identifiant de l’utilisateur qui a agi (sujet du jeton)',
    example: 'u-4f1c2a',
  })
  userId!: string;

  @ApiProperty({
    description:
      'Rôle dans lequel il a agi : coordinator, member-buyer, supplier, auditor, platform-admin, system',
    example: 'coordinator',
  })
  role!: string;

  @ApiPropertyOptional({
    description: 'SIRET de l’acheteur (collectivité) pour lequel il a agi',
    example: '21440184600016',
  })
  authoritySiret?: string;

  @ApiPropertyOptional({
    description: 'SIRET de l’entreprise pour laquelle il a agi',
    example: '73282932000074',
  })
  supplierSiret?: string;

  @ApiPropertyOptional({
    description:
      'Personne ou instance au nom de laquelle l’acte a été fait, quand ce n’est pas son organisation',
    example: 'Commission d’appel d’offres',
  })
  onBehalfOf?: string;
}

/** An event as every service stores and publishes it (architecture §3). */
export class EventEnvelopeView implements EventEnvelope {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de l’événement (UUIDv7)',
    example: '0190c6a4-9b2e-7c3d-8e4f-5a6b7c8d9e0f',
  })
  id!: string;

  @ApiProperty({
    description:
      'Type de l’événement, préfixé par son service : `membership.AdhesionAccepted`, `tender.LotAwarded`…',
    example: 'membership.AdhesionAccepted',
  })
  type!: string;

  @ApiProperty({ description: 'Version du schéma de la charge utile (data)', example: 1 })
  schemaVersion!: number;

  @ApiProperty({
    description:
      'Flux (dossier) de l’événement : `consortium-<uuid>`, `census-<uuid>`, `tender-<uuid>`, `contract-<uuid>`, `supplier-<siret>`',
    example: `consortium-${CONSORTIUM}`,
  })
  streamId!: string;

  @ApiProperty({ description: 'Rang de l’événement dans son flux (1, 2, …)', example: 3 })
  streamVersion!: number;

  @ApiProperty({
    description: 'Ordre de validation dans le magasin du service qui l’a publié (non haché)',
    example: 1842,
  })
  globalPosition!: number;

  @ApiProperty({ description: 'Transaction qui l’a enregistré dans ce magasin (non hachée)', example: 90211 })
  transactionId!: number;

  @ApiProperty({
    description:
      'Groupement (UUID) auquel appartient l’événement, ou `platform` pour le registre des fournisseurs',
    example: CONSORTIUM,
  })
  consortiumId!: string;

  @ApiProperty({
    format: 'date-time',
    description:
      'Instant de l’acte selon l’horloge du service (heure métier, que le contrôle de l’horloge peut avancer)',
    example: '2026-03-01T09:30:00.000Z',
  })
  occurredAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Instant réel de l’enregistrement dans le magasin du service',
    example: '2026-03-01T09:30:00.412Z',
  })
  recordedAt!: string;

  @ApiProperty({ type: () => ActorView, description: 'Qui a agi, dans quel rôle, pour qui' })
  actor!: ActorView;

  @ApiProperty({
    description: 'Identifiant de corrélation de la requête d’origine (X-Request-Id)',
    example: 'req-7f3a',
  })
  correlationId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'L’événement ou la commande qui l’a causé ; null pour un acte premier',
    example: null,
  })
  causationId!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Charge utile, propre au type : son schéma est le contrat d’événement publié par le service (libs/shared/contracts)',
    example: { siret: '21440195900019', acceptedOn: '2026-03-01', deliberationNumber: 'D2026-014' },
  })
  data!: unknown;

  @ApiProperty({ description: 'Empreinte SHA-256 (hex) du contenu de l’événement', example: HASH })
  contentHash!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Empreinte de l’événement précédent du flux (chaîne) ; null pour le premier',
    example: null,
  })
  prevHash!: string | null;
}

/** An event as the audit ledger received it, at its position. */
export class LedgerEntryView implements LedgerEntry {
  @ApiProperty({
    description:
      'Position dans le registre d’audit : croissante, partagée entre groupements (donc avec des sauts)',
    example: 128,
  })
  position!: number;

  @ApiProperty({ type: () => EventEnvelopeView, description: 'L’événement tel que reçu' })
  event!: EventEnvelopeView;
}

/** `GET …/ledger`. */
export class LedgerPage {
  @ApiProperty({
    type: () => [LedgerEntryView],
    description: 'Les événements de la page, dans l’ordre de réception',
  })
  entries!: LedgerEntryView[];

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Position à passer en `after` pour la page suivante ; null sur la dernière page',
    example: null,
  })
  next!: number | null;
}

/** `GET …/alerts`. */
export class AlertsView {
  @ApiProperty({
    type: () => [EventEnvelopeView],
    description:
      'Les événements `audit.ChainBreakDetected` du groupement, du plus ancien au plus récent : chacun nomme ' +
      'l’événement reçu hors de la chaîne de son flux (modifié, manquant, déplacé) et sa position dans le registre',
  })
  alerts!: EventEnvelopeView[];
}
