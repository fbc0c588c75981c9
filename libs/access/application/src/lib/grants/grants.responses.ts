import { ApiProperty } from '@nestjs/swagger';
import { GRANTED_ROLES, GrantedRole } from '@mutualis/access/domain';

export class GrantView {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant du droit',
    example: '0190c6a4-7c1e-7000-8000-0000000000f1',
  })
  grantId!: string;

  @ApiProperty({ description: 'Adresse électronique de la personne', example: 'controle@crc-occitanie.fr' })
  email!: string;

  @ApiProperty({ enum: GRANTED_ROLES, description: 'Rôle donné', example: 'auditor' })
  role!: GrantedRole;

  @ApiProperty({
    type: [String],
    description: 'Groupements contrôlés (contrôleur)',
    example: ['0190c6a4-7c1e-7000-8000-00000000000a'],
  })
  consortia!: string[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'SIRET de l’entreprise (fournisseur)',
    example: null,
  })
  supplierSiret!: string | null;

  @ApiProperty({ description: 'Pourquoi', example: 'Lettre de mission du 2 décembre 2026' })
  reason!: string;

  @ApiProperty({
    description: 'Qui l’a donné (identifiant chez le fournisseur d’identité)',
    example: 'admin-plateforme',
  })
  grantedBy!: string;

  @ApiProperty({ format: 'date', description: 'Date où il a été donné', example: '2026-12-07' })
  grantedOn!: string;
}

export class GrantsPage {
  @ApiProperty({ type: [GrantView], description: 'Les droits en vigueur, du plus ancien au plus récent' })
  grants!: GrantView[];
}

export class GrantRecorded {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant du droit',
    example: '0190c6a4-7c1e-7000-8000-0000000000f1',
  })
  grantId!: string;

  @ApiProperty({ description: 'Version du registre des droits après l’acte', example: 3 })
  version!: number;
}
