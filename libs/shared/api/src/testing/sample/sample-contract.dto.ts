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

export class ContractRegistered extends CommandAccepted {
  @ApiProperty({ description: 'Identifiant du marché (contractId)', format: 'uuid' })
  contractId!: string;
}

export class ContractView {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ format: 'uuid', description: 'Groupement de commandes ou centrale d’achat (consortiumId)' })
  consortiumId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: NATURES }) nature!: Nature;
  @ApiProperty({ description: 'Montant initial HT, en centimes d’euro' }) initialAmountCents!: number;
  @ApiProperty({
    description: 'Cumul HT des modifications de faible montant (R2194-8/9), en centimes d’euro',
  })
  deMinimisCents!: number;
  @ApiProperty({ description: 'Version du flux : la valeur de l’ETag, à renvoyer dans If-Match' })
  version!: number;
}
