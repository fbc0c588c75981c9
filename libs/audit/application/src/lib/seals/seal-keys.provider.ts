import { Provider } from '@nestjs/common';
import { AuditConfig } from '../audit.config';
import { sealKeys } from './seal-keys';

export const SEAL_KEYS = Symbol('SealKeys');

/** The seal signing keys, read once from the configuration. */
export const sealKeysProvider: Provider = {
  provide: SEAL_KEYS,
  inject: [AuditConfig],
  useFactory: (config: AuditConfig) => sealKeys(config.MUTUALIS_AUDIT_SIGNING_KEY),
};
