import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { Clock } from '../lib/time/clock';
import { SampleApp, startSampleApp } from '../testing/sample-app';

const environment = useIntegrationEnvironment();

describe('clock control (MUTUALIS_CLOCK_CONTROL), for demonstrations and end-to-end tests', () => {
  let controlled: SampleApp;
  let ordinary: SampleApp;

  beforeAll(async () => {
    controlled = await startSampleApp(environment().databaseUrl, { env: { MUTUALIS_CLOCK_CONTROL: 'on' } });
    ordinary = await startSampleApp(environment().databaseUrl);
  });
  afterAll(async () => {
    await controlled.close();
    await ordinary.close();
  });

  const setClock = async (
    app: SampleApp,
    now: string,
    role: 'platform-admin' | 'coordinator' = 'platform-admin',
  ) =>
    app
      .http()
      .put('/clock')
      .set('Authorization', await app.bearer(role))
      .send({ now });

  it('lets the platform administrator move the clock forward; the service’s acts then read it', async () => {
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString();
    const moved = await setClock(controlled, later);
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ now: later });
    expect(controlled.app.get(Clock).now().toISOString()).toBe(later);
    const read = await controlled
      .http()
      .get('/clock')
      .set('Authorization', await controlled.bearer('platform-admin'));
    expect(read.body).toEqual({ now: later });
  });

  it('never moves it back, takes an instant with its offset, and only from the platform administrator', async () => {
    const backwards = await setClock(controlled, '2020-01-01T00:00:00Z');
    expect([backwards.status, backwards.body.type]).toEqual([422, 'urn:mutualis:rule:clock-backwards']);
    expect((await setClock(controlled, '2099-01-01T00:00:00')).status).toBe(400);
    expect((await setClock(controlled, '2099-01-01T00:00:00Z', 'coordinator')).status).toBe(403);
  });

  it('keeps the clock where it was set across a restart, so that time still only moves forward', async () => {
    const later = new Date(Date.now() + 80 * 86_400_000).toISOString();
    expect((await setClock(controlled, later)).status).toBe(200);
    const restarted = await startSampleApp(environment().databaseUrl, {
      env: { MUTUALIS_CLOCK_CONTROL: 'on' },
    });
    try {
      expect(restarted.app.get(Clock).now().toISOString()).toBe(later);
    } finally {
      await restarted.close();
    }
  });

  it('does not exist where clock control is off (the default)', async () => {
    expect((await setClock(ordinary, '2099-01-01T00:00:00Z')).status).toBe(404);
  });
});
