import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { CommandAccepted } from '../../lib/commands/command-accepted';
import { Nature, NATURES } from './sample-contract.decider';

/** Largest amount accepted, in cents: a hundred billion euros, far beyond any public contract. */
const MAX_CENTS = 10_000_000_000_000;

export class RegisterContractBody {
  @ApiProperty({
    description: 'Objet du marché (title)',
    example: 'Hébergement SecNumCloud des données des communes du groupement',
    minLength: 1,
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({
    enum: NATURES,
    description: 'Nature du marché : fournitures et services (supplies-services) ou travaux (works)',
  })
  @IsIn(NATURES)
  nature!: Nature;

  @ApiProperty({
    description: 'Montant initial HT, en centimes d’euro (initialAmountCents)',
    example: 10_000_000,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  initialAmountCents!: number;
}

export class AmendContractBody {
  @ApiProperty({
    description: 'Montant HT de la modification, en centimes d’euro (amountCents)',
    example: 250_000,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  amountCents!: number;

  @ApiProperty({
    description: 'Motif de la modification (reason)',
    example: 'Ajout de 20 postes',
    maxLength: 500,
  })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

/** The answer of `POST …/sample-contracts`: the accepted command and the new contract's id. */
export class ContractRegistered extends CommandAccepted {
  @ApiProperty({
    description: 'Identifiant du marché enregistré (contractId)',
    format: 'uuid',
    example: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  contractId!: string;
}

/** The answer of `GET …/sample-contracts/{contractId}`. */
export class ContractView {
  @ApiProperty({
    description: 'Identifiant du marché (contractId)',
    format: 'uuid',
    example: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  contractId!: string;

  @ApiProperty({
    description: 'Groupement de commandes ou centrale d’achat (consortiumId)',
    format: 'uuid',
    example: '0190c6a4-7c1e-7000-8000-00000000000a',
  })
  consortiumId!: string;

  @ApiProperty({
    description: 'Objet du marché (title)',
    example: 'Hébergement SecNumCloud des données des communes du groupement',
  })
  title!: string;

  @ApiProperty({
    enum: NATURES,
    description: 'Nature du marché : fournitures et services (supplies-services) ou travaux (works)',
  })
  nature!: Nature;

  @ApiProperty({
    description: 'Montant initial HT, en centimes d’euro (initialAmountCents)',
    example: 10_000_000,
  })
  initialAmountCents!: number;

  @ApiProperty({
    description:
      'Cumul HT des modifications de faible montant (R2194-8, cumul selon R2194-9), en centimes d’euro ' +
      '(deMinimisCents)',
    example: 250_000,
  })
  deMinimisCents!: number;

  @ApiProperty({ description: 'Version du flux : la valeur de l’ETag, à renvoyer dans If-Match', example: 2 })
  version!: number;
}
