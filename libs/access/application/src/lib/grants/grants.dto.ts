import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { GRANTED_ROLES, GrantedRole } from '@mutualis/access/domain';

export class GrantBody {
  @ApiProperty({
    description: 'L’adresse électronique avec laquelle la personne se connecte',
    example: 'controle@crc-occitanie.fr',
  })
  @MaxLength(254)
  @IsString()
  email!: string;

  @ApiProperty({
    enum: GRANTED_ROLES,
    description:
      'Le rôle donné : administrateur de la plateforme, contrôleur (de groupements nommés), ou salarié d’un fournisseur',
    example: 'auditor',
  })
  @IsIn(GRANTED_ROLES)
  role!: GrantedRole;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Les groupements contrôlés (contrôleur seulement)',
    example: ['0190c6a4-7c1e-7000-8000-00000000000a'],
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  @IsArray()
  consortia?: string[];

  @ApiPropertyOptional({
    type: String,
    description: 'Le SIRET de l’entreprise (fournisseur seulement)',
    example: null,
  })
  @IsOptional()
  @Matches(/^\d{14}$/, { message: 'supplierSiret must be a SIRET of 14 digits' })
  supplierSiret?: string | null;

  @ApiProperty({
    description: 'Pourquoi : lettre de mission, contrat, délibération…',
    example: 'Lettre de mission de la chambre régionale des comptes du 2 décembre 2026',
  })
  @MaxLength(500)
  @MinLength(3)
  @IsString()
  reason!: string;
}

export class RevocationBody {
  @ApiProperty({ description: 'Pourquoi le droit prend fin', example: 'Fin de la mission de contrôle' })
  @MaxLength(500)
  @MinLength(3)
  @IsString()
  reason!: string;
}
