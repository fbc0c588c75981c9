import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'supertest';
import { openApiGaps, ResponseConformance } from '../testing/openapi-conformance';
import { CONSORTIUM_A, SampleApp, startSampleApp } from '../testing/sample-app';

const environment = useIntegrationEnvironment();

/** The routes every service gets from the platform, clock control on (the projections come with a context runtime). */
const PLATFORM_ROUTES = ['/', '/health/live', '/health/ready', '/metrics', '/clock'];

describe('the OpenAPI document of a service on the platform', () => {
  let sample: SampleApp;
  let document: OpenAPIObject;

  beforeAll(async () => {
    // Clock control on, so that the document also has the routes that exist only with it.
    sample = await startSampleApp(environment().databaseUrl, { env: { MUTUALIS_CLOCK_CONTROL: 'on' } });
    document = (await sample.http().get('/openapi.json')).body;
  });
  afterAll(() => sample.close());

  /** What is wrong with an answer according to the document. */
  function problems(response: Response): string[] {
    const { method, url } = response.request;
    return new ResponseConformance(document).problems({
      method,
      path: new URL(url).pathname,
      status: response.status,
      contentType: String(response.headers['content-type'] ?? ''),
      body: response.text,
    });
  }

  it('documents every answer, parameter and body of the platform’s routes and of the sample’s', () => {
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(PLATFORM_ROUTES));
    expect(openApiGaps(document)).toEqual([]);
  });

  it('answers on the platform’s routes as it documents', async () => {
    const admin = await sample.bearer('platform-admin');
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const answers = [
      await sample.http().get('/'),
      await sample.http().get('/health/live'),
      await sample.http().get('/health/ready'),
      await sample.http().get('/clock').set('Authorization', admin),
      await sample.http().put('/clock').set('Authorization', admin).send({ now: later }),
      await sample.http().put('/clock').set('Authorization', admin).send({ now: '2020-01-01T00:00:00Z' }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 422]);
    expect(answers.flatMap(problems)).toEqual([]);
  });

  it('answers on the sample’s routes as it documents', async () => {
    const coordinator = await sample.bearer('coordinator');
    const contracts = `/consortia/${CONSORTIUM_A}/sample-contracts`;
    const registered = await sample
      .http()
      .post(contracts)
      .set('Authorization', coordinator)
      .send({ title: 'Licences bureautiques', nature: 'supplies-services', initialAmountCents: 1_000_000 });
    const amended = await sample
      .http()
      .post(`${contracts}/${registered.body.contractId}/de-minimis-amendments`)
      .set('Authorization', coordinator)
      .send({ amountCents: 20_000, reason: 'Ajout de 2 postes' });
    const read = await sample
      .http()
      .get(`${contracts}/${registered.body.contractId}`)
      .set('Authorization', coordinator);
    expect([registered.status, amended.status, read.status]).toEqual([201, 201, 200]);
    expect([registered, amended, read].flatMap(problems)).toEqual([]);
  });
});
