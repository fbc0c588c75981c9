import { ApiProperty } from '@nestjs/swagger';
import { DecpPending } from '@mutualis/audit/domain';
import { DecpMarcheView } from './decp-record.dto';

class DecpMarches {
  @ApiProperty({ type: () => [DecpMarcheView], description: 'Les marchés publiés' })
  marche!: DecpMarcheView[];
}

/** The consortium's DECP document, under the official root (schema 2.0.3). */
export class DecpDocumentView {
  @ApiProperty({ type: () => DecpMarches, description: 'Marchés (racine officielle du format 2024)' })
  marches!: DecpMarches;
}

/** Essential data notified and not yet published. */
export class DecpPendingView implements DecpPending {
  @ApiProperty({ format: 'uuid', description: 'Le marché', example: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e' })
  contractId!: string;

  @ApiProperty({
    enum: ['record', 'modification'],
    description: 'Les données initiales du marché (record) ou une de ses modifications (modification)',
  })
  item!: 'record' | 'modification';

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Numéro de la modification ; null pour les données initiales',
    example: null,
  })
  modificationId!: number | null;

  @ApiProperty({
    format: 'date',
    description: 'Date de notification du marché ou de l’avenant',
    example: '2026-07-01',
  })
  notifiedOn!: string;

  @ApiProperty({
    format: 'date',
    description: 'Date limite de publication : deux mois après la notification',
    example: '2026-09-01',
  })
  dueBy!: string;

  @ApiProperty({ description: 'La date limite est dépassée au jour demandé', example: false })
  overdue!: boolean;
}

/** `GET …/decp/pending`. */
export class DecpPendingPage {
  @ApiProperty({
    format: 'date',
    description: 'Le jour auquel les retards sont appréciés',
    example: '2026-08-15',
  })
  on!: string;

  @ApiProperty({ type: () => [DecpPendingView], description: 'Ce qui reste à publier, marché par marché' })
  pending!: DecpPendingView[];
}
