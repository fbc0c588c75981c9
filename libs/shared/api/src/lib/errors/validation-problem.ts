import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from './problem-details';
import { ProblemException } from './problem.exception';

/** class-validator's error tree as one entry per invalid field, named by its dotted path (`lots.0.amountCents`). */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    const own = messages.length > 0 ? [{ field, message: messages.join('; ') }] : [];
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** The 400 problem of a request that failed validation, listing every invalid field and why. */
export function validationProblem(errors: ValidationError[]): ProblemException {
  const fields = fieldErrors(errors);
  return new ProblemException(
    'validation-failed',
    `${fields.length} field(s) of the request are not valid.`,
    {
      errors: fields,
    },
  );
}

/**
 * The platform's global pipe: class-validator with unknown fields refused (not silently dropped, so a typo in a
 * field name is reported), values checked as the DTO classes, and a body that is not a JSON object refused before
 * class-transformer would turn an array into something half-validated. Bodies come out as plain data.
 */
@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: validationProblem,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (metadata.type === 'body' && value !== undefined && !isObject && this.toValidate(metadata)) {
      throw new ProblemException('validation-failed', 'The body must be a JSON object.', {
        errors: [{ field: '', message: 'the body must be a JSON object' }],
      });
    }
    const validated: unknown = await super.transform(value, metadata);
    // Validated bodies go on as plain JSON data, not DTO instances: handlers put them into events, which hold data.
    return metadata.type === 'body' && typeof validated === 'object' && validated !== null
      ? JSON.parse(JSON.stringify(validated))
      : validated;
  }
}
