import { Expose, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ContextConfig } from '@mutualis/shared/api';

/** The audit service's variables, besides the platform's and Kafka's. */
export class AuditConfig extends ContextConfig {
  /**
   * Ed25519 private key that signs the seals, PEM (PKCS#8), or that PEM in base64 to fit on one line. Without it
   * seals are chained and verifiable, but not signed.
   */
  @Expose()
  @IsOptional()
  @IsString()
  MUTUALIS_AUDIT_SIGNING_KEY?: string;

  /** Minutes between periodic seals of every consortium with new events; 0 seals on demand only. */
  @Expose()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_080)
  AUDIT_SEAL_MINUTES = 60;
}
