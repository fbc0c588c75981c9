import { ApiProperty } from '@nestjs/swagger';
import { InclusionProof, Seal } from '@mutualis/audit/domain';
import { RecordedSeal } from '../seals/seals';
import { ApiObjectOrNull } from '@mutualis/shared/api';

const CONSORTIUM = '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e';
const HASH = '9a4f0c2e6b8d1a3c5e7f9b0d2c4a6e8f1b3d5c7a9e0f2b4d6c8a1e3f5b7d9c0a';

/** A seal: a Merkle root over the events received since the previous seal, chained to it. */
export class SealView implements Seal {
  @ApiProperty({
    description: 'Groupement scellé (UUID), ou `platform` pour le registre des fournisseurs',
    example: CONSORTIUM,
  })
  consortiumId!: string;

  @ApiProperty({ description: 'Numéro du scellement dans le groupement : 1, 2, 3…', example: 2 })
  sequence!: number;

  @ApiProperty({
    description: 'Position dans le registre du premier événement scellé (incluse)',
    example: 129,
  })
  fromPosition!: number;

  @ApiProperty({
    description: 'Position dans le registre du dernier événement scellé (incluse)',
    example: 214,
  })
  toPosition!: number;

  @ApiProperty({ description: 'Nombre d’événements scellés', example: 37 })
  eventCount!: number;

  @ApiProperty({
    description:
      'Racine de Merkle (RFC 6962, SHA-256 hex) des empreintes des événements scellés, dans l’ordre du registre',
    example: HASH,
  })
  merkleRoot!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Empreinte du scellement précédent, qui chaîne les scellements ; null pour le premier',
    example: '1c3e5a7f9b0d2e4c6a8f0b1d3e5c7a9f1b2d4e6c8a0f1b3d5e7c9a1f3b5d7e9c',
  })
  previousSealHash!: string | null;

  @ApiProperty({
    format: 'date-time',
    description: 'Instant du scellement',
    example: '2026-11-30T10:00:00.000Z',
  })
  sealedAt!: string;
}

/** A seal as recorded: the seal, its hash and its signature. */
export class RecordedSealView implements RecordedSeal {
  @ApiProperty({ type: () => SealView, description: 'Le scellement' })
  seal!: SealView;

  @ApiProperty({
    description:
      'SHA-256 (hex) du JSON canonique du scellement : ce que signe la signature et ce qu’enchaîne le suivant',
    example: '5d7f9b1c3e5a7c9e1f3b5d7a9c1e3f5b7d9a1c3e5f7b9d1a3c5e7f9b1d3a5c7e',
  })
  sealHash!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Signature Ed25519 (base64) de l’empreinte ; null quand aucune clé de signature n’est configurée',
    example: 'q8m2vJ0yW4cV0b7s1oZ5uQ9kP3nL6tR8xA2dF4hJ7kM1pS5vY8zB3eG6iN9qT2wC5fH8jL1oR4uX7aD0gK3mP6s==',
  })
  signature!: string | null;
}

/** `GET …/seals`. */
export class SealsView {
  @ApiProperty({
    type: () => [RecordedSealView],
    description: 'Les scellements du groupement, du premier au dernier',
  })
  seals!: RecordedSealView[];
}

/** `POST …/seals`. */
export class SealAnswer {
  @ApiObjectOrNull(RecordedSealView, {
    description: 'Le scellement fait ; null quand le registre n’a rien reçu depuis le précédent',
  })
  seal!: RecordedSealView | null;
}

/** An RFC 6962 audit path. */
export class InclusionProofView implements InclusionProof {
  @ApiProperty({
    description: 'Rang (à partir de 0) de l’événement parmi les événements du scellement',
    example: 4,
  })
  leafIndex!: number;

  @ApiProperty({ description: 'Nombre d’événements du scellement (taille de l’arbre)', example: 37 })
  treeSize!: number;

  @ApiProperty({
    type: [String],
    description: 'Empreintes sœurs (SHA-256 hex), de la feuille vers la racine',
    example: [HASH],
  })
  path!: string[];
}

/** `GET …/events/{eventId}/proof`. */
export class ProofView {
  @ApiProperty({
    format: 'uuid',
    description: 'L’événement prouvé',
    example: '0190c6a4-9b2e-7c3d-8e4f-5a6b7c8d9e0f',
  })
  eventId!: string;

  @ApiProperty({
    description: 'Son empreinte de contenu (SHA-256 hex), la feuille de l’arbre',
    example: HASH,
  })
  contentHash!: string;

  @ApiProperty({ type: () => RecordedSealView, description: 'Le scellement qui le couvre' })
  seal!: RecordedSealView;

  @ApiProperty({
    type: () => InclusionProofView,
    description: 'Le chemin de Merkle qui mène de l’empreinte à la racine du scellement (RFC 6962)',
  })
  proof!: InclusionProofView;
}
