import { Body, Controller, Get, HttpCode, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AcrossConsortia, Roles } from '../auth/access.decorators';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';
import { RULE_REFUSAL_TITLE, RULE_TYPE_PREFIX } from '../errors/problem-types';
import { DomainError } from '@mutualis/shared/event-sourcing';
import { Clock } from './clock';
import { ClockBody, ClockReading } from './clock.dto';
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
  @ApiOkResponse({ type: ClockReading, description: 'L’heure que lisent les commandes du service.' })
  read(): ClockReading {
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
  @ApiOkResponse({ type: ClockReading, description: 'L’horloge arrêtée à l’instant donné.' })
  @ApiResponse({
    status: 422,
    description:
      'L’instant demandé précède l’heure du service (clock-backwards) : l’horloge ne recule jamais.',
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: '#/components/schemas/ProblemDetails' },
        example: {
          type: `${RULE_TYPE_PREFIX}clock-backwards`,
          title: RULE_REFUSAL_TITLE,
          status: 422,
          detail: 'The clock only moves forward.',
          values: { now: '2027-03-01T08:00:00.000Z', asked: '2027-02-01T08:00:00.000Z' },
        },
      },
    },
  })
  async set(@Body() body: ClockBody): Promise<ClockReading> {
    const instant = new Date(body.now);
    if (instant < this.clock.now()) {
      throw new ClockBackwards(this.clock.now(), instant);
    }
    await this.store.save(instant); // kept first: a restart finds the clock where it was said to be
    this.clock.set(instant);
    return { now: this.clock.now().toISOString() };
  }
}
