import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Actor, supplierContracts } from '@mutualis/shared/contracts';

/** Who recorded an event. */
export class EventActorView implements Actor {
  @ApiProperty({
    description: 'Identifiant de la personne, ou du service pour un acte automatique (userId)',
    example: 'platform-admin-user',
  })
  userId!: string;

  @ApiProperty({
    description:
      'Rôle sous lequel elle a agi (role) : platform-admin, coordinator, member-buyer, supplier, auditor, ou ' +
      'system pour le balayage quotidien',
    example: 'supplier',
  })
  role!: string;

  @ApiPropertyOptional({
    description: 'SIRET de l’acheteur pour lequel elle agissait (authoritySiret), le cas échéant',
    example: '21440109300015',
  })
  authoritySiret?: string;

  @ApiPropertyOptional({
    description: 'SIRET de l’entreprise pour laquelle elle agissait (supplierSiret), le cas échéant',
    example: '73282932000074',
  })
  supplierSiret?: string;

  @ApiPropertyOptional({
    description:
      'La personne ou l’organisme pour le compte duquel elle agissait (onBehalfOf), le cas échéant',
    example: 'Cyberdéfense Atlantique SAS',
  })
  onBehalfOf?: string;
}

/** One event of `GET /suppliers/{supplierSiret}/history`. */
export class SupplierHistoryEntry {
  @ApiProperty({
    description: 'Identifiant de l’événement (id)',
    format: 'uuid',
    example: '0190c6a5-2b3c-7d4e-8f00-000000000001',
  })
  id!: string;

  @ApiProperty({
    enum: supplierContracts.types,
    description: 'Type de l’événement (type), dans le langage publié du registre des fournisseurs',
    example: 'supplier.SupplierRegistered',
  })
  type!: string;

  @ApiProperty({ description: 'Version du flux du fournisseur après cet événement (version)', example: 1 })
  version!: number;

  @ApiProperty({
    description: 'Date et heure de l’acte, données par son auteur (occurredAt), ISO 8601',
    format: 'date-time',
    example: '2026-11-29T09:00:00.000+01:00',
  })
  occurredAt!: string;

  @ApiProperty({
    description: 'Date et heure de son enregistrement par le registre (recordedAt), ISO 8601',
    format: 'date-time',
    example: '2026-11-29T08:00:00.123Z',
  })
  recordedAt!: string;

  @ApiProperty({ type: EventActorView, description: 'Qui l’a enregistré (actor)' })
  actor!: EventActorView;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Contenu de l’événement (data), selon son type ; les données personnelles des contacts y restent chiffrées ' +
      '(`sealed`)',
    example: { cpvCodes: ['72212000-4', '79212000-3'] },
  })
  data!: unknown;

  @ApiProperty({
    description: 'Empreinte SHA-256 de l’événement (contentHash), qui le scelle dans la chaîne du flux',
    example: 'c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2',
  })
  contentHash!: string;
}
