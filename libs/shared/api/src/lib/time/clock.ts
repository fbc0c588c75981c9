import { Injectable } from '@nestjs/common';
import { parisDate } from '@mutualis/procurement-rules';

/** The service's one reading of time: commands take their `today` (Europe/Paris) and their instant from it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return parisDate(this.now());
  }
}
