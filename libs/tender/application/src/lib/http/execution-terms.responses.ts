import { ApiProperty } from '@nestjs/swagger';
import {
  ExecutionClauses,
  PLACE_OF_EXECUTION_KINDS,
  PlaceOfExecution,
  PlaceOfExecutionKind,
  TenderReconductions,
} from '@mutualis/shared/contracts';

// What the consultation announces of the contract's execution: its reconductions, place and clauses.

export class ReconductionsView implements TenderReconductions {
  @ApiProperty({ description: 'Durée de la période initiale reconduite, en mois', example: 12 })
  initialMonths!: number;

  @ApiProperty({ description: 'Nombre de reconductions annoncées', example: 3 })
  count!: number;

  @ApiProperty({ description: 'Durée de chaque reconduction, en mois', example: 12 })
  monthsEach!: number;

  @ApiProperty({
    description:
      'Reconduction tacite (au terme, sauf décision contraire de l’acheteur avant lui) ou expresse (décidée à ' +
      'chaque fois par l’acheteur)',
    example: true,
  })
  tacit!: boolean;
}

export class PlaceOfExecutionView implements PlaceOfExecution {
  @ApiProperty({
    description: 'Code INSEE de la commune, du département ou de la région ; code ISO 3166-1 du pays',
    example: '31555',
  })
  code!: string;

  @ApiProperty({
    enum: PLACE_OF_EXECUTION_KINDS,
    description: 'Nature du code : commune, département, région ou pays',
    example: 'commune',
  })
  kind!: PlaceOfExecutionKind;
}

export class ExecutionClausesView implements ExecutionClauses {
  @ApiProperty({ description: 'Clause sociale d’exécution (L2112-2)', example: false })
  socialClause!: boolean;

  @ApiProperty({
    description: 'Marché réservé aux structures d’insertion ou du handicap (L2113-12, L2113-13)',
    example: false,
  })
  reservedContract!: boolean;

  @ApiProperty({ description: 'Clause environnementale d’exécution (L2112-2)', example: false })
  environmentalClause!: boolean;
}
