import { expectOpenApiSnapshot, openApiGaps } from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { ContractApp, startContractApp } from '../testing/contract-app';

const environment = useIntegrationEnvironment();
let service: ContractApp;

beforeAll(async () => {
  service = await startContractApp(environment().databaseUrl);
});
environment.teardown(() => service.close());

it('documents every answer, parameter and body that a generated client needs', async () => {
  const document = (await service.http().get('/openapi.json')).body;
  expect(openApiGaps(document)).toEqual([]);
  await expectOpenApiSnapshot('contract', document);
});
