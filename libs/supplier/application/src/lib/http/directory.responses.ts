import { ApiProperty } from '@nestjs/swagger';
import { CERTIFICATION_SCHEMES, SUPPLIER_SIZES } from '@mutualis/shared/contracts';
import { SupplierSummary } from '../directory/supplier-directory';
import { SweepReport } from '../sweep/daily-sweep';

/** One supplier of a search page. */
export class SupplierSummaryView implements SupplierSummary {
  @ApiProperty({ description: 'SIRET de l’établissement (14 chiffres)', example: '73282932000074' })
  siret!: string;

  @ApiProperty({ description: 'Raison sociale (legalName)', example: 'Cyberdéfense Atlantique SAS' })
  legalName!: string;

  @ApiProperty({
    enum: SUPPLIER_SIZES,
    description: 'Catégorie d’entreprise : micro, PME, ETI ou grande entreprise (ge)',
    example: 'pme',
  })
  size!: string;

  @ApiProperty({ description: 'Commune de l’établissement (city)', example: 'Nantes' })
  city!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Département (departement) ; null hors d’un département français',
    example: '44',
  })
  departement!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Code INSEE de la région (region) ; null hors d’une région française',
    example: '52',
  })
  region!: string | null;

  @ApiProperty({
    type: [String],
    description: 'Codes CPV des catégories (cpvCodes)',
    example: ['72212000-4', '79212000-3'],
  })
  cpvCodes!: string[];

  @ApiProperty({
    type: [String],
    enum: CERTIFICATION_SCHEMES,
    description: 'Référentiels des certifications valables à la date `on` (certifications)',
    example: ['secnumcloud'],
  })
  certifications!: string[];

  @ApiProperty({
    description: 'Peut soumissionner à la date `on` (mayBid) : non exclu (R2143-3)',
    example: true,
  })
  mayBid!: boolean;

  @ApiProperty({
    description:
      'Peut se voir attribuer un marché à la date `on` (mayBeAwarded) : non exclu, attestations de vigilance et ' +
      'de régularité fiscale valables (R2144-4)',
    example: true,
  })
  mayBeAwarded!: boolean;
}

/** The answer of `GET /suppliers`. */
export class SupplierSearchPage {
  @ApiProperty({
    type: [SupplierSummaryView],
    description: 'Les fournisseurs de la page, dans l’ordre des SIRET',
  })
  suppliers!: SupplierSummaryView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'La valeur de `after` pour la page suivante (le dernier SIRET de celle-ci) ; null sur la dernière',
    example: null,
  })
  next!: string | null;
}

/** The answer of `POST /supplier-sweeps`. */
export class SweepReportView implements SweepReport {
  @ApiProperty({
    description: 'Le jour balayé (today), YYYY-MM-DD, heure de Paris',
    format: 'date',
    example: '2026-11-29',
  })
  today!: string;

  @ApiProperty({
    description: 'Fournisseurs pour qui une échéance était arrivée (suppliersChecked)',
    example: 3,
  })
  suppliersChecked!: number;

  @ApiProperty({
    description:
      'Événements enregistrés (eventsRecorded) : attestations de vigilance échues, certifications expirées, ' +
      'exclusions arrivées à terme ; 0 quand le jour a déjà été balayé',
    example: 4,
  })
  eventsRecorded!: number;
}
