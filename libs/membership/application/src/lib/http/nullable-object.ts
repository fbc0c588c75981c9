import { ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';

/**
 * The schema of a nested object that may be null. OpenAPI 3.0.3's `nullable` widens only the `type` beside it and
 * never reaches into a `$ref`, so `{ nullable: true, allOf: [$ref] }` refuses null; this accepts the object or null.
 * The class must also be named in `@ApiExtraModels` of the class that holds the property.
 */
export function objectOrNull(model: abstract new (...args: never[]) => unknown): ApiPropertyOptions {
  return { oneOf: [{ $ref: getSchemaPath(model) }, { type: 'object', nullable: true, enum: [null] }] };
}
