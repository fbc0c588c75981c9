import { PipeTransform } from '@nestjs/common';
import { PLATFORM_TENANT } from '@mutualis/shared/contracts';
import { ProblemException } from '@mutualis/shared/api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whose ledger a route names: a consortium (its UUID), or `platform`, the supplier registry's, which serves every
 * consortium. A token reads the platform's ledger only if it names `platform` among its consortia.
 */
export class LedgerTenantParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (value === PLATFORM_TENANT || UUID.test(value)) return value;
    throw new ProblemException('validation-failed', 'consortiumId is a consortium’s UUID or platform.', {
      errors: [{ field: 'consortiumId', message: 'must be a UUID or platform' }],
    });
  }
}
