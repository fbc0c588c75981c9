import { Type } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

/** OpenAPI 3.0 has no `null` type: an object schema that admits null and nothing else. */
const NULL_ONLY = { type: 'object', nullable: true, enum: [null] };

/**
 * A nested object, or null. `{ type: () => Model, nullable: true }` documents `allOf: [Model]` beside `nullable`,
 * which in OpenAPI 3.0 widens only a `type` of its own schema and so still refuses null: one of the object or null
 * says it. (The contract and tender services have the same helper: one for the platform belongs in
 * @mutualis/shared/api.)
 */
export function ApiObjectOrNull(model: Type<unknown>, options: { description: string }): PropertyDecorator {
  return (target, key) => {
    ApiExtraModels(model)(target.constructor);
    ApiProperty({ ...options, oneOf: [{ $ref: getSchemaPath(model) }, NULL_ONLY] })(target, key);
  };
}
