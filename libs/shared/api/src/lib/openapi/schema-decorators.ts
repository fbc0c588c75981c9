import { Type } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';

type Described = Omit<ApiPropertyOptions, 'type' | 'nullable' | 'oneOf' | 'additionalProperties'>;
type SchemaObject = Record<string, unknown>;

/** OpenAPI 3.0 has no `null` type: an object schema that admits null and nothing else. */
const NULL_ONLY = { type: 'object', nullable: true, enum: [null] };

/**
 * A nested object, or null. `{ type: () => Model, nullable: true }` documents `allOf: [Model]` beside `nullable`, which
 * in OpenAPI 3.0 widens only a `type` of its own schema and so still refuses null: one of the object or null says it.
 * Use it rather than `nullable` for every nested object that may be null.
 */
export function ApiObjectOrNull(model: Type<unknown>, options: Described): PropertyDecorator {
  return (target, key) => {
    ApiExtraModels(model)(target.constructor);
    ApiProperty({ ...options, oneOf: [{ $ref: getSchemaPath(model) }, NULL_ONLY] } as ApiPropertyOptions)(
      target,
      key,
    );
  };
}

/**
 * A map whose keys are data (a lot's number, a bid's id): its values are of one class (`Model`), a list of one class
 * (`[Model]`) or of one plain schema.
 */
export function ApiMap(
  values: Type<unknown> | [Type<unknown>] | SchemaObject,
  options: Described,
): PropertyDecorator {
  return (target, key) => {
    let schema: SchemaObject;
    if (Array.isArray(values)) {
      ApiExtraModels(values[0])(target.constructor);
      schema = { type: 'array', items: { $ref: getSchemaPath(values[0]) } };
    } else if (typeof values === 'function') {
      ApiExtraModels(values)(target.constructor);
      schema = { $ref: getSchemaPath(values) };
    } else schema = values;
    ApiProperty({ ...options, type: 'object', additionalProperties: schema } as ApiPropertyOptions)(
      target,
      key,
    );
  };
}
