import { randomUUID } from 'node:crypto';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { KafkaEventBus } from '../lib/kafka/kafka-event-bus';

const environment = useIntegrationEnvironment();

describe('topics declared by services starting together', () => {
  it('are created once, whichever of ten clients creating the same missing topics at the same time wins', async () => {
    const topics = Array.from({ length: 10 }, () => `race-${randomUUID()}.events`);
    const buses = Array.from(
      { length: 10 },
      (_, n) => new KafkaEventBus({ brokers: environment().kafkaBrokers, clientId: `starting-service-${n}` }),
    );
    try {
      const outcomes = await Promise.allSettled(buses.map((bus) => bus.ensureTopics(topics)));
      expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(10).fill('fulfilled'));
      // Every client can publish at once: each partition has its leader.
      await Promise.all(
        buses.map((bus, n) =>
          bus.publish(topics[0]!, [{ key: `k${n}`, value: Buffer.from(`v${n}`), headers: {} }]),
        ),
      );
    } finally {
      await Promise.all(buses.map((bus) => bus.close()));
    }
  });
});
