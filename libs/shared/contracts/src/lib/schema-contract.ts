import Ajv, { ErrorObject, SchemaObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { EventContract } from './event-contracts';

let ajv: Ajv | undefined;

/**
 * The contract of one event type whose payload is described by a JSON Schema (draft-07). The schema is compiled at
 * its first validation: a service declares a few hundred contracts and validates a few of them, and compiling them
 * all held a start back by about a second.
 */
export function schemaContract(type: string, schemaVersion: number, schema: SchemaObject): EventContract {
  let validate: ValidateFunction | undefined;
  return {
    type,
    schemaVersion,
    validate: (data) => {
      ajv ??= addFormats(new Ajv({ allErrors: true, strict: true }), ['date', 'date-time', 'uuid']);
      validate ??= ajv.compile(schema);
      return validate(data) ? [] : (validate.errors ?? []).map(describe);
    },
  };
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'data' : `data${error.instancePath.replaceAll('/', '.')}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}
