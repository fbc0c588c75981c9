import { ProblemException } from '@mutualis/shared/api';

/**
 * Refuses dates after `today` for acts recorded after the fact (a notification, an avenant's signature, a receipt):
 * a date to come would shift a délai or a rule's reference day. Acts done through the API now take today's date.
 */
export function refuseFutureDates(today: string, dates: Record<string, string | undefined>): void {
  const future = Object.entries(dates).filter(([, date]) => date !== undefined && date > today);
  if (future.length > 0) {
    throw new ProblemException('validation-failed', `Dates after today (${today}) are not accepted.`, {
      errors: future.map(([field, date]) => ({ field, message: `${date} is after today` })),
    });
  }
}
