import { expectOpenApiSnapshot, followJob, openApiGaps } from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startSupplierApp, SupplierApp } from '../testing/supplier-app';

const environment = useIntegrationEnvironment();
let service: SupplierApp;

beforeAll(async () => {
  // Clock control on, so that the document also has the routes that exist only with it (GET and PUT /clock).
  service = await startSupplierApp(environment().databaseUrl, { env: { MUTUALIS_CLOCK_CONTROL: 'on' } });
});
environment.teardown(() => service.close());

it('documents every answer, parameter and body that a generated client needs, platform routes included', async () => {
  const document = (await service.http().get('/openapi.json')).body;
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/clock', '/projections']));
  expect(openApiGaps(document)).toEqual([]);
  await expectOpenApiSnapshot('supplier', document);
});

it('gives every creation a Location that is a documented GET route', async () => {
  const document = (await service.http().get('/openapi.json')).body;
  const shape = (path: string) => path.replace(/\{\w+\}/g, '{}');
  const readable = new Set(
    Object.entries(document.paths)
      .filter(([, operations]) => (operations as Record<string, unknown>)['get'])
      .map(([path]) => shape(path)),
  );
  const locations: Record<string, string> = {};
  for (const operations of Object.values(document.paths) as Record<string, Record<string, unknown>>[]) {
    for (const operation of Object.values(operations)) {
      const location = operation['x-mutualis-location'];
      if (typeof location === 'string') locations[operation['x-mutualis-command'] as string] = location;
    }
  }
  expect(locations).toMatchObject({
    RegisterSupplier: '/suppliers/{siret}',
    FileDocument: '/suppliers/{supplierSiret}/documents/{documentId}',
    RecordCertification: '/suppliers/{supplierSiret}/certifications/{certificationId}',
    RecordExclusion: '/suppliers/{supplierSiret}/exclusions/{exclusionId}',
  });
  expect(Object.values(locations).filter((location) => !readable.has(shape(location)))).toEqual([]);
});

it('answers on the platform’s routes as it documents (checked when the service closes)', async () => {
  const admin = await service.bearer('platform-admin');
  const answers = [
    await service.http().get('/'),
    await service.http().get('/health/live'),
    await service.http().get('/health/ready'),
    await service.http().get('/projections').set('Authorization', admin),
    await service.http().post('/projections/supplier_directory/rebuild').set('Authorization', admin),
    await service.http().get('/clock').set('Authorization', admin),
    await service
      .http()
      .put('/clock')
      .set('Authorization', admin)
      .send({ now: new Date(Date.now() + 86_400_000).toISOString() }),
  ];
  expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 202, 200, 200]);
  const { job } = await followJob(service, answers[4]!.headers['location']!, admin);
  expect(job.status).toBe('succeeded');
});
