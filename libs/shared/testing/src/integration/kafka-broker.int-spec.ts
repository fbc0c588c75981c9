import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { useIntegrationEnvironment } from '../lib/integration-environment';

const environment = useIntegrationEnvironment();

function client(brokers: string[]): Kafka {
  return new Kafka({ clientId: 'mutualis-test', brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } });
}

describe('the Kafka broker of the test environment', () => {
  it('creates a topic, takes messages from an idempotent producer and delivers them to a consumer group that commits', async () => {
    const kafka = client(environment().kafkaBrokers);
    const topic = `mutualis.test.${randomUUID()}`;
    const groupId = `group-${randomUUID()}`;
    const admin = kafka.admin();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    const consumer = kafka.consumer({ groupId });
    await admin.connect();
    try {
      expect(await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true })).toBe(
        true,
      );
      expect(await admin.listTopics()).toContain(topic);

      const sent = Array.from({ length: 30 }, (_, i) => ({
        key: `stream-${i % 5}`,
        value: JSON.stringify({ n: i }),
        headers: { ce_type: 'test.Sent' },
      }));
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: sent });

      const received: { key: string; n: number; type: string; partition: number }[] = [];
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const done = new Promise<void>((resolve) => {
        void consumer.run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            received.push({
              key: message.key!.toString(),
              n: (JSON.parse(message.value!.toString()) as { n: number }).n,
              type: message.headers!['ce_type']!.toString(),
              partition,
            });
            await consumer.commitOffsets([
              { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
            ]);
            if (received.length === sent.length) resolve();
          },
        });
      });
      await done;
      await consumer.disconnect();

      expect(received.map((m) => m.n).sort((a, b) => a - b)).toEqual(sent.map((_, i) => i));
      expect(new Set(received.map((m) => m.type))).toEqual(new Set(['test.Sent']));
      // Messages of one key stay on one partition, in the order they were sent.
      for (const key of new Set(received.map((m) => m.key))) {
        const ofKey = received.filter((m) => m.key === key);
        expect(new Set(ofKey.map((m) => m.partition)).size).toBe(1);
        expect(ofKey.map((m) => m.n)).toEqual([...ofKey.map((m) => m.n)].sort((a, b) => a - b));
      }

      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      // The group's committed offsets reach the end of every partition that received messages.
      const ends = await admin.fetchTopicOffsets(topic);
      for (const { partition, high } of ends) {
        const offset = committed!.partitions.find((p) => p.partition === partition)!.offset;
        expect(offset).toBe(high === '0' ? '-1' : high);
      }
      expect(ends.reduce((sum, p) => sum + Number(p.high), 0)).toBe(sent.length);
    } finally {
      await producer.disconnect();
      await consumer.disconnect();
      await admin.disconnect();
    }
  });

  it('is refused cleanly when the address does not answer, so a wrong KAFKA_BROKERS fails the tests', async () => {
    const admin = client(['127.0.0.1:1']).admin();
    await expect(admin.connect()).rejects.toThrow(/ECONNREFUSED|Connection error/);
  });
});
