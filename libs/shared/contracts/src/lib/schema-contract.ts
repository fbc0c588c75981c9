import Ajv, { ErrorObject, SchemaObject } from 'ajv';
import addFormats from 'ajv-formats';
import { EventContract } from './event-contracts';

const ajv = addFormats(new Ajv({ allErrors: true, strict: true }), ['date', 'date-time', 'uuid']);

/** The contract of one event type whose payload is described by a JSON Schema (draft-07). */
export function schemaContract(type: string, schemaVersion: number, schema: SchemaObject): EventContract {
  const validate = ajv.compile(schema);
  return {
    type,
    schemaVersion,
    validate: (data) => (validate(data) ? [] : (validate.errors ?? []).map(describe)),
  };
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'data' : `data${error.instancePath.replaceAll('/', '.')}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}
