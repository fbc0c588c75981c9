import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChainBreak } from '@mutualis/shared/contracts';
import { BUNDLE_FORMAT } from '@mutualis/audit/domain';
import { EventEnvelopeView, LedgerEntryView } from './event-envelope.dto';
import { ApiObjectOrNull } from '@mutualis/shared/api';

const HASH = '3f0c9a1e5b7d2c4a6e8f0b1d3c5a7e9f1b3d5c7a9e1f3b5d7c9a1e3f5b7d9c1a';

/** The first event whose stored form does not follow its stream's chain. */
export class ChainBreakView implements ChainBreak {
  @ApiProperty({
    enum: ['content-hash', 'prev-hash', 'version-gap'],
    description:
      'Ce qui ne correspond pas : contenu modifié (content-hash), maillon précédent différent (prev-hash), ' +
      'événement manquant ou déplacé (version-gap)',
  })
  reason!: ChainBreak['reason'];

  @ApiProperty({
    description: 'Le flux (dossier) rompu',
    example: 'tender-0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  streamId!: string;

  @ApiProperty({ description: 'Le rang de l’événement en cause dans son flux', example: 4 })
  streamVersion!: number;

  @ApiProperty({
    format: 'uuid',
    description: 'L’événement en cause',
    example: '0190c6a4-9b2e-7c3d-8e4f-5a6b7c8d9e0f',
  })
  eventId!: string;

  @ApiProperty({ description: 'Sa position dans le magasin du service qui l’a publié', example: 1842 })
  globalPosition!: number;

  @ApiProperty({ description: 'Ce que la chaîne attendait (empreinte, ou rang)', example: HASH })
  expected!: string;

  @ApiProperty({
    description: 'Ce qui a été trouvé',
    example: '0000000000000000000000000000000000000000000000000000000000000000',
  })
  actual!: string;
}

/** The first thing in a consortium's ledger that does not recompute. */
export class AuditBreakView {
  @ApiProperty({
    enum: ['chain', 'seal-root', 'seal-count', 'seal-chain', 'seal-signature'],
    description:
      'chain : un événement rompt la chaîne de son flux ; seal-root : la racine recalculée d’un scellement diffère ' +
      '(événement modifié, retiré, ajouté ou déplacé) ; seal-count : le nombre d’événements couverts diffère ; ' +
      'seal-chain : le scellement ne suit pas le précédent ; seal-signature : signature invalide',
    example: 'seal-root',
  })
  kind!: 'chain' | 'seal-root' | 'seal-count' | 'seal-chain' | 'seal-signature';

  @ApiPropertyOptional({ type: () => ChainBreakView, description: 'La rupture de chaîne (kind chain)' })
  break?: ChainBreakView;

  @ApiPropertyOptional({ description: 'Le scellement en cause (kinds seal-*)', example: 2 })
  sequence?: number;

  @ApiPropertyOptional({
    oneOf: [{ type: 'string', nullable: true }, { type: 'integer' }],
    description:
      'Ce qui était attendu : racine ou empreinte (texte, null pour « aucun scellement précédent »), ou nombre d’événements (seal-count)',
    example: HASH,
  })
  expected?: string | number | null;

  @ApiPropertyOptional({
    oneOf: [{ type: 'string', nullable: true }, { type: 'integer' }],
    description: 'Ce qui a été recalculé ou trouvé, de même nature',
    example: '0000000000000000000000000000000000000000000000000000000000000000',
  })
  actual?: string | number | null;
}

/** The result of a `POST …/verifications` job: everything recomputed from the database. */
export class VerificationView {
  @ApiProperty({
    description: 'Tout correspond : empreintes, chaînes, scellements, signatures et manifeste',
    example: true,
  })
  ok!: boolean;

  @ApiProperty({ description: 'Événements vérifiés (jusqu’à la première rupture)', example: 214 })
  eventsChecked!: number;

  @ApiProperty({ description: 'Flux (dossiers) vérifiés', example: 9 })
  streamsChecked!: number;

  @ApiProperty({ description: 'Scellements vérifiés', example: 2 })
  sealsChecked!: number;

  @ApiObjectOrNull(AuditBreakView, {
    description: 'La première chose qui ne correspond pas ; null quand tout correspond',
  })
  firstBreak!: AuditBreakView | null;

  @ApiProperty({
    description: 'Le dossier contient ce que dit son manifeste (nombres, dernier scellement, empreinte)',
    example: true,
  })
  manifestMatches!: boolean;

  @ApiObjectOrNull(ChainBreakView, {
    description:
      'Première rupture dans l’enregistrement des scellements lui-même ; null quand il suit sa chaîne',
  })
  sealRecordBreak!: ChainBreakView | null;

  @ApiProperty({
    description:
      'Les signatures ont été vérifiées (une clé est configurée) ; sinon seuls chaînes et racines le sont',
    example: true,
  })
  signaturesChecked!: boolean;
}

class BundleManifestView {
  @ApiProperty({ enum: [BUNDLE_FORMAT], description: 'Format du dossier' })
  format!: typeof BUNDLE_FORMAT;

  @ApiProperty({ enum: [1], description: 'Version du format' })
  version!: 1;

  @ApiProperty({
    description: 'Le groupement exporté (UUID), ou `platform`',
    example: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  consortiumId!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Instant de l’export',
    example: '2026-12-01T08:00:00.000Z',
  })
  exportedAt!: string;

  @ApiProperty({ description: 'Nombre d’événements du registre exportés', example: 214 })
  eventCount!: number;

  @ApiProperty({ description: 'Nombre de scellements exportés', example: 2 })
  sealCount!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Empreinte du dernier scellement (à conserver ailleurs : elle révèle un dossier amputé) ; null sans scellement',
    example: HASH,
  })
  lastSealHash!: string | null;

  @ApiProperty({ description: 'SHA-256 du JSON canonique de `entries` et `sealEvents`', example: HASH })
  contentSha256!: string;
}

/** The result of a `POST …/bundle-exports` job: the consortium's record, verifiable offline. */
export class AuditBundleView {
  @ApiProperty({ type: () => BundleManifestView, description: 'Ce que contient le dossier' })
  manifest!: BundleManifestView;

  @ApiProperty({
    type: () => [LedgerEntryView],
    description: 'Les événements du registre, dans l’ordre de réception',
  })
  entries!: LedgerEntryView[];

  @ApiProperty({
    type: () => [EventEnvelopeView],
    description:
      'Les événements `audit.ConsortiumSealed` tels que stockés par le service d’audit, chaînés entre eux',
  })
  sealEvents!: EventEnvelopeView[];
}
