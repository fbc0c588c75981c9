import { Api, RequestRefused, ServiceName } from './client';
import { actors } from './actors';
import { ScenarioCalendar, ScenarioStep } from './calendar';

const SERVICES: readonly ServiceName[] = ['membership', 'supplier', 'tender', 'contract', 'audit'];

/** What every step of the scenario works with: the APIs, the calendar, the clocks and the account printed. */
export class Demo {
  constructor(
    readonly api: Api,
    readonly calendar: ScenarioCalendar,
    private readonly print: (line: string) => void,
    private readonly patienceMs: number,
  ) {}

  /** Opens a chapter of the account. */
  chapter(title: string): void {
    this.print(`\n== ${title}`);
  }

  /** One line of the account. */
  say(line: string): void {
    this.print(`   ${line}`);
  }

  /** Sets the five services' clocks to a step's day (10:00 in Paris unless told), and says so. */
  async moveTo(step: ScenarioStep, time?: string): Promise<void> {
    const now = this.calendar.at(step, time);
    await setClocks(this.api, now);
    this.print(`\n-- ${now}`);
  }

  /** Calls again until the answer is there: what another service learns from published events arrives a moment later. */
  async eventually<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + this.patienceMs;
    for (;;) {
      const answer = await attempt();
      if (answer !== undefined) return answer;
      if (Date.now() > deadline) throw new Error(`gave up waiting ${this.patienceMs} ms: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Runs a command again while it is refused for a rule that only news from another service can lift. */
  retryWhileRefused<T>(what: string, rules: readonly string[], command: () => Promise<T>): Promise<T> {
    return this.eventually(what, async () => {
      try {
        return await command();
      } catch (error) {
        if (error instanceof RequestRefused && rules.includes(error.rule ?? '')) return undefined;
        throw error;
      }
    });
  }

  /** Runs a command the law forbids, and returns the refusal (a rule, or an HTTP status): the rule at work. */
  async refusal(command: () => Promise<unknown>, expected: string | number): Promise<RequestRefused> {
    try {
      await command();
    } catch (error) {
      if (error instanceof RequestRefused && [error.rule, error.status].includes(expected)) return error;
      throw error;
    }
    throw new Error(`the services accepted what ${expected} forbids`);
  }
}

/** Freezes every service's clock at `now` (clock control must be on; clocks only move forward). */
export async function setClocks(api: Api, now: string): Promise<void> {
  for (const service of SERVICES) await api.put(service, '/clock', { now }, actors.platformAdmin());
}

/** The latest of the five services' clocks. */
export async function latestClock(api: Api): Promise<Date> {
  const clocks = await Promise.all(
    SERVICES.map((service) => api.get<{ now: string }>(service, '/clock', actors.platformAdmin())),
  );
  return new Date(Math.max(...clocks.map((clock) => Date.parse(clock.now))));
}
