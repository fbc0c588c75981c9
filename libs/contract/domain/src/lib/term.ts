import { addDays, addMonths } from '@mutualis/procurement-rules';

/** The last day of a term of `months` that starts on `start`: 12 months from 15 January end on 14 January. */
export const lastDayOf = (start: string, months: number): string => addDays(addMonths(start, months), -1);

/** The last day once a term ending on `endsOn` is extended by `months`. */
export const extendTerm = (endsOn: string, months: number): string => lastDayOf(addDays(endsOn, 1), months);
