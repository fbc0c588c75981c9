import { Expose, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
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

  /**
   * The publisher's OCDS prefix, registered with the Open Contracting Partnership: `ocds-` and six characters. It
   * starts every `ocid`; the default is a placeholder to replace before publishing.
   */
  @Expose()
  @IsString()
  @Matches(/^ocds-[a-z0-9]{6}$/, {
    message: 'AUDIT_OCDS_PREFIX is ocds- followed by six lowercase letters or digits',
  })
  AUDIT_OCDS_PREFIX = 'ocds-000000';

  /** The name of the OCDS publisher, as the packages give it. */
  @Expose()
  @IsString()
  AUDIT_OCDS_PUBLISHER = 'Mutualis';

  /** Where the OCDS packages are published: the base of their `uri`. */
  @Expose()
  @IsUrl({ require_tld: false })
  AUDIT_PUBLIC_URL = 'http://localhost:3000';
}
