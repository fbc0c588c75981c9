import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { BidContent } from '../tenders';
import { BidDocument } from './candidate.dto';
import { BidSummaryView } from './tender.responses';
import { EXAMPLE } from './tender-vocabulary';
import { ApiObjectOrNull } from '@mutualis/shared/api';

// The offers as the coordinator and the auditors read them once the bids are opened (`GET …/{tenderId}/bids`), and
// the receipt of an offer as its own supplier reads it (`GET /tenders/{tenderId}/bids/{bidId}`).

class BidContentView implements BidContent {
  @ApiProperty({ description: 'Montant de l’offre HT, en centimes', example: 11_537_911 })
  amountCents!: number;

  @ApiProperty({ type: [BidDocument], description: 'Pièces de l’offre, par leurs empreintes' })
  documents!: BidDocument[];

  @ApiPropertyOptional({
    description: 'Observation du candidat, s’il en a fait une',
    example: 'Offre valable 120 jours',
  })
  note?: string;

  @ApiPropertyOptional({
    description:
      'Aléa scellé avec l’offre : avec lui, l’empreinte publiée (contentSha256) se vérifie sur le contenu ouvert',
    example: 'p3Jx0c2Qm1u9yKX7a0bT4n6VwH8eL5sR2dF1gZ3kC0E',
  })
  salt?: string;
}

export class OpenedBidView extends BidSummaryView {
  @ApiObjectOrNull(BidContentView, {
    description: 'Le contenu ouvert de l’offre ; null quand la clé de la consultation a été effacée',
    example: {
      amountCents: 11_537_911,
      documents: [{ name: 'memoire-technique.pdf', sha256: EXAMPLE.sha256 }],
      salt: 'p3Jx0c2Qm1u9yKX7a0bT4n6VwH8eL5sR2dF1gZ3kC0E',
    },
  })
  content!: BidContentView | null;
}

/** What the supplier that submitted an offer reads of it: the proof of its deposit, never its sealed content. */
export class BidReceiptView extends OmitType(BidSummaryView, ['supplierSiret'] as const) {
  @ApiProperty({
    format: 'date-time',
    description: 'Date et heure du dépôt, à l’heure du serveur (UTC)',
    example: '2026-09-20T07:00:00.000Z',
  })
  submittedAt!: string;
}
