import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, Role } from '../auth/principal';
import { LoggedPersonalDataRead } from './personal-data-reads';

/** Who read personal data in clear. */
export class PersonalDataReaderView {
  @ApiProperty({ description: 'Utilisateur du jeton (userId)', example: 'platform-admin-user' })
  userId!: string;

  @ApiProperty({ enum: ROLES, description: 'Rôle du jeton (role)', example: 'platform-admin' })
  role!: Role;

  @ApiPropertyOptional({
    description: 'SIRET du fournisseur pour lequel agit le jeton',
    example: '73282932000074',
  })
  supplierSiret?: string;

  @ApiPropertyOptional({
    description: 'SIRET de l’acheteur pour lequel agit le jeton',
    example: '21440050900011',
  })
  authoritySiret?: string;
}

/** One read of personal data in clear, as logged before the data was decrypted. */
export class PersonalDataReadView implements LoggedPersonalDataRead {
  @ApiProperty({ description: 'Instant de la lecture (readAt)', example: '2026-11-29T08:00:00.000Z' })
  readAt!: string;

  @ApiProperty({ type: PersonalDataReaderView, description: 'Qui a lu (reader)' })
  reader!: PersonalDataReaderView;

  @ApiProperty({
    description:
      'De qui : le flux dont les données personnelles ont été lues (subject : fournisseur, groupement)',
    example: 'supplier-73282932000074',
  })
  subject!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Les personnes dont les données ont été déchiffrées (personIds)',
    example: ['0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e'],
  })
  personIds!: readonly string[];

  @ApiProperty({
    description:
      'Pourquoi : le droit invoqué (own-record : le fournisseur lui-même ; platform-administration : ' +
      'l’administrateur de la plateforme ; cao-composition : la commission d’appel d’offres du groupement) et la ' +
      'route lue (purpose)',
    example: 'platform-administration: GET /suppliers/{supplierSiret}',
  })
  purpose!: string;

  @ApiProperty({ description: 'Identifiant de corrélation de la requête (X-Request-Id)', example: 'demo-42' })
  correlationId!: string;
}
