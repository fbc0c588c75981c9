import { Expose } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { ContextConfig } from '@mutualis/shared/api';

/** The tender service's variables, besides the platform's and Kafka's. */
export class TenderConfig extends ContextConfig {
  /** Master key wrapping each tender's bid-sealing key: 32 random bytes, base64. Without it no bid can be read. */
  @Expose()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: '$property must be 32 bytes in base64 (openssl rand -base64 32)',
  })
  @IsString()
  MUTUALIS_BID_SEALING_KEY!: string;

  /** Bid bodies hold prices: the fingerprints kept for Idempotency-Key are keyed (derived from the sealing key). */
  override fingerprintSecret(): string {
    return this.MUTUALIS_BID_SEALING_KEY;
  }
}
