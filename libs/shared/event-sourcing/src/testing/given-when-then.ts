import { deepStrictEqual } from 'node:assert/strict';
import { Decider, DomainEvent, fold } from '../lib/decider';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Given/when/then for deciders, with no database: given past events, when a command, then the new events or the
 * domain error. Works in any test runner (it throws assertion errors).
 *
 *   given(tenderDecider, [tenderCreated]).when(publish).then([tenderPublished]);
 *   given(tenderDecider, [tenderCreated]).when(award).thenThrows(ProcedureNotClosedError, /R2181-1/);
 */
export function given<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  events: Event[] = [],
) {
  const state = fold(decider, decider.initialState, events);
  return {
    when(command: Command) {
      const run = () => decider.decide(command, state);
      return {
        then(expected: Event[]): Event[] {
          const actual = run();
          deepStrictEqual(actual, expected);
          return actual;
        },
        thenThrows(errorClass: ErrorClass, message?: RegExp): Error {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          if (!(thrown instanceof errorClass)) {
            throw new Error(
              `expected ${errorClass.name} to be thrown, got ${thrown === undefined ? 'events' : String(thrown)}`,
            );
          }
          if (message && !message.test(thrown.message)) {
            throw new Error(
              `expected the ${errorClass.name} message to match ${message}, got "${thrown.message}"`,
            );
          }
          return thrown;
        },
      };
    },
    /** The state after the given events, for assertions on evolve. */
    state,
  };
}

type RefusalClass = abstract new (...args: never[]) => Error & { refusal: unknown };

/**
 * The three helpers decider specs write again and again: `decide` a command after past events, `run` commands one
 * after the other (the history grows with each one's events), and the `refusal` a command meets.
 */
export function scenarios<Command, Event extends DomainEvent, State, Refusal extends RefusalClass>(
  decider: Decider<Command, Event, State>,
  refusalClass: Refusal,
) {
  const decide = (events: Event[], command: Command): Event[] =>
    decider.decide(command, given(decider, events).state);
  const run = (events: Event[], ...commands: Command[]): Event[] =>
    commands.reduce((history, command) => [...history, ...decide(history, command)], events);
  const refusal = (events: Event[], command: Command) =>
    (given(decider, events).when(command).thenThrows(refusalClass) as InstanceType<Refusal>)
      .refusal as InstanceType<Refusal>['refusal'];
  return { decide, run, refusal };
}
