import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Eligibility, EligibilityReason, EligibilityReasonCode } from '@mutualis/shared/contracts';

const REASON_CODES: readonly EligibilityReasonCode[] = [
  'not-registered',
  'excluded',
  'vigilance-missing',
  'vigilance-expired',
  'tax-regularity-missing',
  'tax-regularity-expired',
];

/** One reason a supplier may not bid or be paid on a date. */
export class EligibilityReasonView implements EligibilityReason {
  @ApiProperty({
    enum: REASON_CODES,
    description:
      'Motif (code) : non immatriculé (not-registered), exclu de la commande publique (excluded), attestation de ' +
      'vigilance URSSAF absente ou de plus de 6 mois (vigilance-missing, vigilance-expired), attestation de ' +
      'régularité fiscale absente ou expirée (tax-regularity-missing, tax-regularity-expired)',
    example: 'vigilance-expired',
  })
  code!: EligibilityReasonCode;

  @ApiPropertyOptional({
    description:
      'Article qui fonde le motif (legalReference) : D8222-5 du Code du travail pour la vigilance, L2141-2 pour ' +
      'la régularité fiscale, le motif d’exclusion (L2141-1 à L2141-11) ; absent pour non immatriculé',
    example: 'D8222-5',
  })
  legalReference?: string;

  @ApiProperty({
    description: 'Explication (detail), en anglais',
    example: 'no attestation de vigilance (URSSAF) less than 6 months old on 2026-11-29',
  })
  detail!: string;

  @ApiProperty({
    type: [String],
    enum: ['bid', 'award', 'payment'],
    description:
      'Ce à quoi le motif fait obstacle (blocks) : soumissionner (bid, exclusion ou inconnu du registre), ' +
      'être attributaire (award, pièces demandées au seul candidat pressenti, R2144-4), le paiement sans alerte ' +
      '(payment, attestation de vigilance, D8222-5)',
    example: ['award', 'payment'],
  })
  blocks!: ('bid' | 'award' | 'payment')[];
}

/** Whether a supplier may bid, be awarded and be paid on a civil date, with every reason it may not. */
export class EligibilityView implements Eligibility {
  @ApiProperty({
    description: 'Date d’appréciation (on), YYYY-MM-DD, heure de Paris',
    format: 'date',
    example: '2026-11-29',
  })
  on!: string;

  @ApiProperty({
    description:
      'Peut soumissionner ce jour-là (mayBid) : immatriculé et non exclu ; la déclaration sur l’honneur ou le DUME ' +
      'tient lieu des attestations au dépôt du pli (R2143-3)',
    example: true,
  })
  mayBid!: boolean;

  @ApiProperty({
    description:
      'Peut se voir attribuer un marché ce jour-là (mayBeAwarded) : non exclu et attestations de régularité ' +
      'fiscale et sociale valables, pièces demandées au seul candidat pressenti (R2144-4)',
    example: false,
  })
  mayBeAwarded!: boolean;

  @ApiProperty({
    description:
      'Attestation de vigilance de moins de 6 mois détenue ce jour-là (mayBePaid, D8222-5) ; sinon le paiement ' +
      'reste dû, mais une alerte et une demande au titulaire sont enregistrées',
    example: false,
  })
  mayBePaid!: boolean;

  @ApiProperty({
    type: [EligibilityReasonView],
    description: 'Les motifs qui y font obstacle (reasons) ; vide quand rien n’y fait obstacle',
  })
  reasons!: EligibilityReasonView[];
}

/** The answer of `GET /suppliers/{supplierSiret}/eligibility`. */
export class SupplierEligibilityView extends EligibilityView {
  @ApiProperty({ description: 'SIRET de l’établissement (14 chiffres)', example: '73282932000074' })
  siret!: string;
}
