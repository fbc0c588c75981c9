import { Body, Controller, Get, HttpCode, Inject, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Expose } from 'class-transformer';
import { AcrossConsortia, Roles } from '../auth/access.decorators';
import { DomainError } from '@mutualis/shared/event-sourcing';
import { IsInstant } from '../http/civil-date.decorator';
import { Clock } from './clock';
import { ClockStore } from './clock-store';

/** The clock was asked to move back: acts would no longer be recorded in the order of their dates. */
class ClockBackwards extends DomainError {
  constructor(now: Date, asked: Date) {
    super('The clock only moves forward.', {
      rule: 'clock-backwards',
      values: { now: now.toISOString(), asked: asked.toISOString() },
    });
  }
}

export class ClockBody {
  /** The instant the service's clock is set to, with its offset. */
  @Expose()
  @IsInstant()
  now!: string;
}

/**
 * The service's clock, set by the platform administrator where clock control is on (MUTUALIS_CLOCK_CONTROL=on):
 * demonstrations and end-to-end tests live through deadlines in minutes. Time only moves forward, so that the acts
 * recorded keep the order of their dates.
 */
@ApiTags('Plateforme : horloge (démonstration et essais)')
@Controller('clock')
@AcrossConsortia()
export class ClockController {
  constructor(
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ClockStore) private readonly store: ClockStore,
  ) {}

  @Get()
  @Roles('platform-admin')
  @ApiOperation({ summary: 'L’heure du service' })
  read() {
    return { now: this.clock.now().toISOString() };
  }

  @Put()
  @HttpCode(200)
  @Roles('platform-admin')
  @ApiOperation({
    summary: 'Avancer l’horloge du service (démonstration et essais uniquement)',
    description:
      'L’horloge s’arrête à l’instant donné, et y reste après un redémarrage ; elle ne recule jamais ' +
      '(422, clock-backwards).',
  })
  async set(@Body() body: ClockBody) {
    const instant = new Date(body.now);
    if (instant < this.clock.now()) {
      throw new ClockBackwards(this.clock.now(), instant);
    }
    await this.store.save(instant); // kept first: a restart finds the clock where it was said to be
    this.clock.set(instant);
    return { now: this.clock.now().toISOString() };
  }
}
