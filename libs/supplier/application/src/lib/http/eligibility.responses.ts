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
    enum: ['bid', 'payment'],
    description:
      'Ce que le motif interdit (blocks) : soumissionner et être attributaire (bid), être payé (payment)',
    example: ['bid', 'payment'],
  })
  blocks!: ('bid' | 'payment')[];
}

/** Whether a supplier may bid and be paid on a civil date, with every reason it may not. */
export class EligibilityView implements Eligibility {
  @ApiProperty({
    description: 'Date d’appréciation (on), YYYY-MM-DD, heure de Paris',
    format: 'date',
    example: '2026-11-29',
  })
  on!: string;

  @ApiProperty({
    description: 'Peut soumissionner et se voir attribuer un marché ce jour-là (mayBid)',
    example: false,
  })
  mayBid!: boolean;

  @ApiProperty({
    description:
      'Peut être payé ce jour-là (mayBePaid) : l’attestation de vigilance de moins de 6 mois est exigée (D8222-5)',
    example: false,
  })
  mayBePaid!: boolean;

  @ApiProperty({
    type: [EligibilityReasonView],
    description: 'Les motifs qui l’en empêchent (reasons) ; vide quand il peut soumissionner et être payé',
  })
  reasons!: EligibilityReasonView[];
}

/** The answer of `GET /suppliers/{supplierSiret}/eligibility`. */
export class SupplierEligibilityView extends EligibilityView {
  @ApiProperty({ description: 'SIRET de l’établissement (14 chiffres)', example: '73282932000074' })
  siret!: string;
}
