import { PipeTransform } from '@nestjs/common';
import { endOfParisDay, isCivilDate, startOfParisDay } from '@mutualis/procurement-rules';
import { ProblemException } from '../errors/problem.exception';

const invalid = (field: string, message: string, detail: string) =>
  new ProblemException('validation-failed', detail, { errors: [{ field, message }] });

/** A SIRET in a path: 14 digits (its checksum is the business of the rule that uses it, S1). */
export class SiretParam implements PipeTransform<string, string> {
  constructor(private readonly name = 'siret') {}

  transform(value: string): string {
    if (!/^\d{14}$/.test(value)) {
      throw invalid(this.name, 'must be 14 digits', 'A SIRET in a path is 14 digits, without spaces.');
    }
    return value;
  }
}

/** An optional civil date in a query (`YYYY-MM-DD`, a real calendar date). */
export class OptionalDateQuery implements PipeTransform<string | undefined, string | undefined> {
  constructor(private readonly name: string) {}

  transform(value: string | undefined): string | undefined {
    if (value === undefined || value === '') return undefined;
    if (!isCivilDate(value)) {
      throw invalid(this.name, 'must be a date YYYY-MM-DD', `${this.name} must be a date YYYY-MM-DD.`);
    }
    return value;
  }
}

/**
 * An optional instant in a query (`asOf` by default), as a UTC instant: an ISO 8601 instant with a time zone, or a
 * bare date meaning the end of that day in Paris (what the registry knew by the evening of that day) — or, for the
 * start of a period, its beginning.
 */
export class OptionalInstantQuery implements PipeTransform<string | undefined, string | undefined> {
  constructor(
    private readonly name = 'asOf',
    private readonly dayBoundary: 'start' | 'end' = 'end',
  ) {}

  transform(value: string | undefined): string | undefined {
    if (value === undefined || value === '') return undefined;
    if (isCivilDate(value)) return this.dayBoundary === 'end' ? endOfParisDay(value) : startOfParisDay(value);
    const instant = Date.parse(value);
    const wellFormed =
      /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(value) &&
      isCivilDate(value.slice(0, 10)) &&
      !Number.isNaN(instant) &&
      new Date(instant).getUTCFullYear() <= 9999;
    if (!wellFormed) {
      throw invalid(
        this.name,
        'must be YYYY-MM-DD or an ISO 8601 instant with a time zone',
        `${this.name} must be a date or an ISO 8601 instant with a time zone.`,
      );
    }
    return new Date(instant).toISOString();
  }
}
