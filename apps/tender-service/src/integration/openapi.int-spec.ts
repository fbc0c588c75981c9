import { expectOpenApiSnapshot, openApiGaps } from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startTenderApp, TenderApp } from '../testing/tender-app';

const environment = useIntegrationEnvironment();
let service: TenderApp;

beforeAll(async () => {
  service = await startTenderApp(environment().databaseUrl);
});
environment.teardown(() => service.close());

it('documents every answer, parameter and body that a generated client needs', async () => {
  const document = (await service.http().get('/openapi.json')).body;
  expect(openApiGaps(document)).toEqual([]);
  await expectOpenApiSnapshot('tender', document);
});
