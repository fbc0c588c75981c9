import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { isCivilDate } from '@mutualis/procurement-rules';

/** A civil date `YYYY-MM-DD` that exists in the calendar (not 2026-02-30): the dates of acts in French law. */
export function IsCivilDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCivilDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCivilDate(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a date YYYY-MM-DD`, options),
      },
    },
    options,
  );
}
