import { Expose } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { Transform } from 'class-transformer';
import { ContextConfig } from '@mutualis/shared/api';

/** The supplier registry's variables, besides the platform's and Kafka's. */
export class SupplierConfig extends ContextConfig {
  /** Master key sealing contacts' personal-data keys: 32 random bytes, base64 (`openssl rand -base64 32`). */
  @Expose()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: '$property must be 32 bytes in base64 (openssl rand -base64 32)',
  })
  @IsString()
  MUTUALIS_PERSONAL_DATA_KEY!: string;

  /** How often the daily sweep checks whether the Paris day changed, in minutes; 0 turns the automatic sweep off. */
  @Expose()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value,
  )
  @Min(0)
  @Max(1440)
  @IsInt()
  SUPPLIER_SWEEP_CHECK_MINUTES = 15;
}
