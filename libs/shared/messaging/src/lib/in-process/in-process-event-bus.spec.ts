import { ReceivedMessage } from '../bus-message';
import { InProcessEventBus } from './in-process-event-bus';

const message = (n: number) => ({
  key: `stream-${n % 2}`,
  value: Buffer.from(String(n)),
  headers: { n: String(n) },
});
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('InProcessEventBus', () => {
  it('delivers a topic in order to each group, from the beginning, each message once per group', async () => {
    const bus = new InProcessEventBus();
    await bus.publish('t', [message(1), message(2)]);
    const a: string[] = [];
    const b: string[] = [];
    await bus.consume({
      groupId: 'a',
      topics: ['t'],
      handle: async (batch) => void a.push(...batch.map((m) => m.value.toString())),
    });
    await bus.consume({
      groupId: 'b',
      topics: ['t'],
      handle: async (batch) => void b.push(...batch.map((m) => m.value.toString())),
    });
    await bus.publish('t', [message(3)]);
    await until(() => a.length === 3 && b.length === 3);
    await bus.close();
    expect(a).toEqual(['1', '2', '3']);
    expect(b).toEqual(['1', '2', '3']);
  });

  it('delivers a batch again after its handler failed, and only then the next one', async () => {
    const bus = new InProcessEventBus();
    const seen: string[] = [];
    let failures = 2;
    await bus.consume({
      groupId: 'g',
      topics: ['t'],
      handle: async (batch: ReceivedMessage[]) => {
        seen.push(...batch.map((m) => m.value.toString()));
        if (failures-- > 0) throw new Error('database unavailable');
      },
    });
    await bus.publish('t', [message(1), message(2)]);
    await until(() => seen.length === 6);
    await bus.close();
    expect(seen).toEqual(['1', '2', '1', '2', '1', '2']);
  });

  it('starts a new group at the end when asked not to read from the beginning', async () => {
    const bus = new InProcessEventBus();
    await bus.publish('t', [message(1)]);
    const seen: string[] = [];
    await bus.consume({
      groupId: 'late',
      topics: ['t'],
      fromBeginning: false,
      handle: async (batch) => void seen.push(...batch.map((m) => m.value.toString())),
    });
    await bus.publish('t', [message(2)]);
    await until(() => seen.length === 1);
    await bus.close();
    expect(seen).toEqual(['2']);
    expect((await bus.readTopic('t')).map((m) => m.offset)).toEqual(['0', '1']);
  });
});
