import { PipeTransform } from '@nestjs/common';
import { PLATFORM_TENANT } from '@mutualis/shared/contracts';
import { ProblemException } from '../errors/problem.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whose records a route names in `consortiumId`: a consortium (its UUID), or `platform`, the tenant of the supplier
 * registry, which serves every consortium. A token reaches the platform's records only if it names `platform`
 * among its consortia (the access guard checks it like any consortium).
 */
export class TenantParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (value === PLATFORM_TENANT || UUID.test(value)) return value;
    throw new ProblemException('validation-failed', 'consortiumId is a consortium’s UUID or platform.', {
      errors: [{ field: 'consortiumId', message: 'must be a UUID or platform' }],
    });
  }
}
