import { expectOpenApiSnapshot, openApiGaps } from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { AuditApp, startAuditApp } from '../testing/audit-app';

const environment = useIntegrationEnvironment();
let service: AuditApp;

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startAuditApp(databaseUrl, { kafkaBrokers });
}, 120_000);
// Closing the service checks every answer it gave against the schemas the document gives them.
environment.teardown(() => service.close());

it('documents every answer, parameter and body that a generated client needs', async () => {
  const document = (await service.http().get('/openapi.json')).body;
  expect(openApiGaps(document)).toEqual([]);
  await expectOpenApiSnapshot('audit', document);
});
