import { EventEnvelope } from './envelope';

/** Turns the data of one event type from `fromVersion` into the shape of `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown, event: EventEnvelope): unknown;
}

/**
 * Upcasters by event type and version. Stores apply them on read, so old events reach code in the current shape;
 * the stored form, and so the content hash, never changes.
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Upcaster>();

  register(...upcasters: Upcaster[]): this {
    for (const upcaster of upcasters) {
      const key = `${upcaster.type}@${upcaster.fromVersion}`;
      if (this.steps.has(key)) throw new Error(`an upcaster from ${key} is already registered`);
      this.steps.set(key, upcaster);
    }
    return this;
  }

  /** The event in the newest shape the registry knows, applying each step in turn. */
  upcast<E extends EventEnvelope>(event: E): E {
    let current = event;
    for (let step = this.steps.get(`${current.type}@${current.schemaVersion}`); step; ) {
      current = {
        ...current,
        data: step.upcast(current.data, current),
        schemaVersion: current.schemaVersion + 1,
      };
      step = this.steps.get(`${current.type}@${current.schemaVersion}`);
    }
    return current;
  }
}
