import { Injectable } from '@nestjs/common';
import { parisDate } from '@mutualis/procurement-rules';

/**
 * The service's one reading of time: commands take their `today` (Europe/Paris) and their instant from it. It reads
 * the system clock unless it was set to an instant (tests, and `PUT /clock` where clock control is on).
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  today(): string {
    return parisDate(this.now());
  }

  /** Stops the clock at `instant`, or lets it follow the system clock again with null. */
  set(instant: Date | null): void {
    this.fixed = instant ? new Date(instant) : null;
  }
}
