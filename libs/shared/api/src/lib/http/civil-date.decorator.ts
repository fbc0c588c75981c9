import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { isCivilDate, isInstant } from '@mutualis/procurement-rules';

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

/** An instant: an ISO 8601 date-time ending in `Z` or an offset (never read in the server's own time zone). */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isInstant(value),
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be an ISO 8601 date-time with Z or an offset (e.g. 2026-10-05T12:00:00+02:00)`,
          options,
        ),
      },
    },
    options,
  );
}
