import { ExpectedVersion } from './event-store.port';

/** Base of the event store's typed errors; the API maps each to its HTTP status. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** The stream is not at the version the writer expected: someone else appended first (409, or 412 with If-Match). */
export class WrongExpectedVersionError extends EventStoreError {
  readonly code = 'wrong-expected-version';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream ${streamId} is at version ${actual}, expected ${expected}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** The stream was archived: it can still be read, never appended to. */
export class StreamArchivedError extends EventStoreError {
  readonly code = 'stream-archived';

  constructor(readonly streamId: string) {
    super(`stream ${streamId} is archived and accepts no new events`);
    this.name = 'StreamArchivedError';
  }
}

/** The events given to append cannot be stored as they are (bad id, time, or payload). */
export class InvalidEventError extends EventStoreError {
  readonly code = 'invalid-event';

  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

/** Some, not all, of the event ids of an append are already stored: a retry that does not match the first try. */
export class ConflictingRetryError extends EventStoreError {
  readonly code = 'conflicting-retry';

  constructor(
    readonly streamId: string,
    readonly storedIds: string[],
  ) {
    super(`append to ${streamId} repeats event ids ${storedIds.join(', ')} among new ones`);
    this.name = 'ConflictingRetryError';
  }
}
