import { ApiProperty } from '@nestjs/swagger';

/** The answer of `GET /projections`. */
export class ProjectionList {
  @ApiProperty({
    type: [String],
    description:
      'Les modèles de lecture (projections) du service, par nom : le nom à donner à ' +
      '`POST /projections/{name}/rebuild`',
    example: ['supplier_directory'],
  })
  projections!: string[];
}

/** The answer of `POST /projections/{name}/rebuild` once the read model is rebuilt and swapped in. */
export class ProjectionRebuilt {
  @ApiProperty({
    description: 'Le modèle de lecture reconstruit (projection)',
    example: 'supplier_directory',
  })
  projection!: string;

  @ApiProperty({
    description:
      'Nombre d’événements du journal du service relus pour le reconstruire (eventsApplied), depuis le premier',
    minimum: 0,
    example: 1287,
  })
  eventsApplied!: number;
}
