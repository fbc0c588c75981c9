import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { CONSORTIUM_A, SampleApp, startSampleApp } from '../testing/sample-app';

const environment = useIntegrationEnvironment();

const contracts = `/consortia/${CONSORTIUM_A}/sample-contracts`;

describe('If-Match on commands', () => {
  let sample: SampleApp;
  let coordinator: string;
  let contract: string;

  beforeAll(async () => {
    sample = await startSampleApp(environment().databaseUrl);
    coordinator = await sample.bearer('coordinator');
    const created = await sample
      .http()
      .post(contracts)
      .set('Authorization', coordinator)
      .send({ title: 'Infogérance', nature: 'supplies-services', initialAmountCents: 50_000_000 });
    contract = created.body.contractId;
  });
  afterAll(() => sample.close());

  const read = () => sample.http().get(`${contracts}/${contract}`).set('Authorization', coordinator);
  const amend = (ifMatch?: string) => {
    const call = sample
      .http()
      .post(`${contracts}/${contract}/de-minimis-amendments`)
      .set('Authorization', coordinator);
    return (ifMatch === undefined ? call : call.set('If-Match', ifMatch)).send({
      amountCents: 1000,
      reason: 'Ajout',
    });
  };

  it('gives the stream version as ETag, and accepts a command whose If-Match names it', async () => {
    const before = await read();
    expect(before.headers['etag']).toBe('"1"');
    const amended = await amend(before.headers['etag']);
    expect(amended.status).toBe(201);
    expect(amended.body.version).toBe(2);
    expect((await read()).headers['etag']).toBe('"2"');
  });

  it('refuses a command whose If-Match names a stale version with 412 and the current version', async () => {
    const current = Number(JSON.parse((await read()).headers['etag']!));
    const stale = await amend(`"${current - 1}"`);
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.body).toMatchObject({
      type: 'urn:mutualis:problem:version-mismatch',
      expectedVersion: current - 1,
      currentVersion: current,
    });
    expect((await read()).headers['etag']).toBe(`"${current}"`);
  });

  it('accepts a bare version number as If-Match', async () => {
    const current = JSON.parse((await read()).headers['etag']!);
    expect((await amend(String(current))).status).toBe(201);
  });

  it('refuses an If-Match that names no single version with 400', async () => {
    for (const value of ['*', 'W/"3"', '"1", "2"', 'abc']) {
      const response = await amend(value);
      expect([value, response.status]).toEqual([value, 400]);
    }
  });

  it('applies a command without If-Match to the latest version', async () => {
    expect((await amend()).status).toBe(201);
  });
});
