import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CostShare } from '@mutualis/membership/domain';
import { AuthorityView } from './consortium.responses';

// What the consortium's readers ask of its members: who they are on a date, what each owes, who sits on the CAO.

/** A member on a date, and since when it has been one. */
export class MemberView extends AuthorityView {
  @ApiProperty({
    description: 'Début de sa période d’appartenance en cours : date de signature de la convention',
    example: '2026-03-01',
  })
  since!: string;
}

/** `GET /consortia/{consortiumId}/members`. */
export class MembersView {
  @ApiProperty({ description: 'Date de lecture (`on`)', example: '2026-03-01' })
  on!: string;

  @ApiProperty({ type: [MemberView], description: 'Les membres à cette date, par SIRET croissant' })
  members!: MemberView[];
}

class CostShareView implements CostShare {
  @ApiProperty({ description: 'SIRET du membre', example: '21440050900011' })
  siret!: string;

  @ApiProperty({ description: 'Nom du membre', example: 'Crossac' })
  name!: string;

  @ApiProperty({
    description:
      'Assiette de sa part : poids de sa tranche de population, besoins annuels recensés HT en centimes, ou 1 ' +
      '(parts égales)',
    example: 1,
  })
  basis!: number;

  @ApiProperty({
    description: 'Sa part du montant, en centimes (même base HT ou TTC que le montant)',
    example: 500_000,
  })
  shareCents!: number;
}

/** `GET /consortia/{consortiumId}/cost-shares`. */
export class CostSharesView {
  @ApiProperty({ description: 'Date dont les membres se partagent les frais', example: '2026-03-01' })
  on!: string;

  @ApiProperty({ description: 'Montant réparti, en centimes', example: 1_000_000 })
  amountCents!: number;

  @ApiProperty({
    type: [CostShareView],
    description: 'Une part par membre, par SIRET croissant ; leur somme est exactement le montant',
  })
  shares!: CostShareView[];
}

class CaoRepresentativeView {
  @ApiProperty({ description: 'SIRET du membre représenté', example: '21440050900011' })
  siret!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de la personne, pour effacer ses données (RGPD art. 17)',
    example: '0190c6a4-7c1e-7000-8000-0000000000c2',
  })
  personId!: string;

  @ApiPropertyOptional({
    description: 'Nom de l’élu, déchiffré ; absent quand ses données ont été effacées',
    example: 'Jean Martin',
  })
  name?: string;

  @ApiProperty({ description: 'Ses données personnelles ont été effacées (RGPD art. 17)', example: false })
  erased!: boolean;
}

/** `GET /consortia/{consortiumId}/cao`: the commission d'appel d'offres (CGCT L1414-3). */
export class CaoView {
  @ApiProperty({ description: 'Date de composition', example: '2026-03-10' })
  composedOn!: string;

  @ApiProperty({
    enum: ['dedicated', 'coordinator'],
    description: 'CAO propre au groupement, ou CAO du coordonnateur désignée par la convention (règle M6)',
    example: 'dedicated',
  })
  composition!: 'dedicated' | 'coordinator';

  @ApiProperty({ type: CaoRepresentativeView, description: 'Président : le représentant du coordonnateur' })
  chair!: CaoRepresentativeView;

  @ApiProperty({
    type: [CaoRepresentativeView],
    description: 'Un élu par membre à la date de composition, président compris',
  })
  members!: CaoRepresentativeView[];
}
