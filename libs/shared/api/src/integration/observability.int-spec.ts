import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { PlatformMetrics } from '../lib/observability/platform-metrics';
import { ReadinessChecks } from '../lib/observability/readiness';
import { CONSORTIUM_A, SampleApp, startSampleApp } from '../testing/sample-app';

const environment = useIntegrationEnvironment();

const contracts = `/consortia/${CONSORTIUM_A}/sample-contracts`;

/** The value of the sample of `metric` that has these labels (among others), in Prometheus' text format. */
function valueOf(text: string, metric: string, labels: Record<string, string>): number | undefined {
  const line = text
    .split('\n')
    .find(
      (candidate) =>
        candidate.startsWith(`${metric}{`) &&
        Object.entries(labels).every(([name, value]) => candidate.includes(`${name}="${value}"`)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('health, metrics and OpenAPI of a service on the platform', () => {
  let sample: SampleApp;
  let coordinator: string;

  beforeAll(async () => {
    sample = await startSampleApp(environment().databaseUrl);
    coordinator = await sample.bearer('coordinator');
  });
  afterAll(() => sample.close());

  describe('health probes', () => {
    it('answers liveness with 200', async () => {
      const response = await sample.http().get('/health/live');
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('ok');
    });

    it('answers readiness with 200 when PostgreSQL answers', async () => {
      const response = await sample.http().get('/health/ready');
      expect(response.status).toBe(200);
      expect(response.body.details).toEqual({ database: { status: 'up' } });
      expect(response.headers['cache-control']).toMatch(/no-store/);
    });

    it('answers readiness with a 503 problem naming the failed check, its reason kept for the logs', async () => {
      sample.app.get(ReadinessChecks).add({
        name: 'broker',
        check: () => Promise.reject(new Error('broker kafka-0.internal:9092 unreachable')),
      });
      const response = await sample.http().get('/health/ready');
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        type: 'urn:mutualis:problem:not-ready',
        detail: 'Not ready: broker down.',
        checks: { database: { status: 'up' }, broker: { status: 'down' } },
      });
      expect(response.text).not.toContain('kafka-0.internal');
      expect(sample.logs.some((line) => line.includes('kafka-0.internal:9092 unreachable'))).toBe(true);
      sample.app.get(ReadinessChecks).add({ name: 'broker', check: async () => undefined });
      expect((await sample.http().get('/health/ready')).status).toBe(200);
    });
  });

  describe('/metrics', () => {
    it('reports HTTP latency per route pattern, command results per outcome, and the lag gauges', async () => {
      const created = await sample
        .http()
        .post(contracts)
        .set('Authorization', coordinator)
        .set('Idempotency-Key', 'metrics-1')
        .send({ title: 'Licences bureautiques', nature: 'supplies-services', initialAmountCents: 100 });
      await sample
        .http()
        .post(contracts)
        .set('Authorization', coordinator)
        .set('Idempotency-Key', 'metrics-1')
        .send({ title: 'Licences bureautiques', nature: 'supplies-services', initialAmountCents: 100 });
      await sample
        .http()
        .post(`${contracts}/${created.body.contractId}/de-minimis-amendments`)
        .set('Authorization', coordinator)
        .send({ amountCents: 50, reason: 'Au-delà du plafond' });
      await sample.http().get(`${contracts}/${created.body.contractId}`).set('Authorization', coordinator);
      const metrics = sample.app.get(PlatformMetrics);
      metrics.setRelayLag('sample-relay', 7);
      metrics.setConsumerLag('tender-from-supplier', 'mutualis.supplier.events', 2, 3);

      const response = await sample.http().get('/metrics');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      const text = response.text;
      const route = '/consortia/:consortiumId/sample-contracts/:contractId';
      expect(
        valueOf(text, 'http_request_duration_seconds_count', { method: 'GET', route, status_code: '200' }),
      ).toBe(1);
      expect(text).not.toContain(created.body.contractId);
      const results = (command: string, outcome: string) =>
        valueOf(text, 'mutualis_command_results_total', { command, outcome });
      expect(results('RegisterContract', 'accepted')).toBe(1);
      expect(results('RegisterContract', 'replayed')).toBe(1);
      expect(results('AmendDeMinimis', 'refused')).toBe(1);
      expect(valueOf(text, 'mutualis_relay_lag_events', { relay: 'sample-relay' })).toBe(7);
      const lag = { consumer: 'tender-from-supplier', topic: 'mutualis.supplier.events', partition: '2' };
      expect(valueOf(text, 'mutualis_consumer_lag_messages', lag)).toBe(3);
      expect(valueOf(text, 'mutualis_relay_lag_events', { service: 'sample-service' })).toBe(7);
      expect(text).toMatch(/process_cpu_user_seconds_total/);
    });
  });

  describe('OpenAPI', () => {
    it('serves the document at /openapi.json with bearer auth and problem+json responses', async () => {
      const { body: document } = await sample.http().get('/openapi.json');
      expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(document.components.schemas.ProblemDetails.properties.legalReference.description).toMatch(
        /Code de la commande publique/,
      );
      const register = document.paths['/consortia/{consortiumId}/sample-contracts'].post;
      expect(register.security).toEqual([{ bearer: [] }]);
      expect(register.description).toMatch(/rôles `coordinator`/);
      expect(register.parameters.map((p: { name: string }) => p.name)).toContain('Idempotency-Key');
      for (const status of ['400', '401', '403', '409', '413', '415', '422', '500']) {
        expect([status, Object.keys(register.responses[status].content)]).toEqual([
          status,
          ['application/problem+json'],
        ]);
      }
      const amend =
        document.paths['/consortia/{consortiumId}/sample-contracts/{contractId}/de-minimis-amendments'].post;
      expect(amend.parameters.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining(['If-Match', 'Idempotency-Key']),
      );
      expect(amend.responses['412']).toBeDefined();
      expect(
        amend.responses['422'].content['application/problem+json'].examples['rule-refusal'].value,
      ).toMatchObject({
        legalReference: 'R2194-8',
      });
      const health = document.paths['/health/ready'].get;
      expect(health.security).toBeUndefined();
      expect(health.summary).toMatch(/Disponibilité \(readiness\)/);
    });

    it('names the service at / with its version and where its documentation and probes are, without a token', async () => {
      const response = await sample.http().get('/');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        service: 'sample-service',
        title: expect.any(String),
        version: '1',
        links: {
          openApi: '/openapi.json',
          documentation: '/docs',
          live: '/health/live',
          ready: '/health/ready',
          metrics: '/metrics',
        },
      });
      for (const link of Object.values(response.body.links as Record<string, string>)) {
        expect([link, (await sample.http().get(link)).status]).toEqual([link, 200]);
      }
      const { body: document } = await sample.http().get('/openapi.json');
      expect(document.paths['/'].get.responses['200'].content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/ServiceIndex',
      });
    });

    it('serves the documentation reader at /docs', async () => {
      const response = await sample.http().get('/docs');
      expect(response.status).toBe(200);
      expect(response.text).toMatch(/swagger-ui/i);
    });
  });
});
