import { SchemaObject } from 'ajv';

/** The JSON-Schema pieces every context's published language is written with. */
export const date = { type: 'string', format: 'date' } as const;
export const instant = { type: 'string', format: 'date-time' } as const;
export const uuid = { type: 'string', format: 'uuid' } as const;
export const siret = { type: 'string', pattern: '^[0-9]{14}$' } as const;
export const cents = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } as const;
export const lotNumber = { type: 'integer', minimum: 1, maximum: 1000 } as const;

/** Free text of at least one character. */
export const textUpTo = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

/** An object with exactly these properties, all required. */
export const object = (properties: Record<string, SchemaObject>): SchemaObject => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});
export const nullable = (schema: SchemaObject): SchemaObject => ({ ...schema, nullable: true });
/** The object schema with these properties no longer required: added by a later version, absent from older events. */
export const optional = (schema: SchemaObject, ...properties: string[]): SchemaObject => ({
  ...schema,
  required: (schema['required'] as string[]).filter((name) => !properties.includes(name)),
});
export const list = (items: SchemaObject, maxItems = 10_000): SchemaObject => ({
  type: 'array',
  items,
  maxItems,
});
export const oneOf = (values: readonly string[]) => ({ type: 'string', enum: [...values] });
/** ajv: a nullable enum lists null among its values. */
export const oneOfOrNull = (values: readonly string[]) => ({
  type: 'string',
  nullable: true,
  enum: [...values, null],
});
