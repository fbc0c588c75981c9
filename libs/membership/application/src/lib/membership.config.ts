import { Expose } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { ContextConfig } from '@mutualis/shared/api';

/** The membership service's variables, besides the platform's and Kafka's. */
export class MembershipConfig extends ContextConfig {
  /** Master key sealing the personal-data keys of CAO representatives: 32 random bytes, base64. */
  @Expose()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: '$property must be 32 bytes in base64 (openssl rand -base64 32)',
  })
  @IsString()
  MUTUALIS_PERSONAL_DATA_KEY!: string;
}
