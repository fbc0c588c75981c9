import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiGaps, ResponseConformance } from './openapi-conformance';

const document = (paths: OpenAPIObject['paths'], schemas = {}): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths,
  components: { schemas },
});
const json = (schema: object) => ({ description: 'ok', content: { 'application/json': { schema } } });

describe('openApiGaps', () => {
  it('names an answer without schema, a parameter without description, a body without example, a repeated id', () => {
    const gaps = openApiGaps(
      document({
        '/a/{id}': {
          get: {
            operationId: 'Same_read',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': { description: 'ok' } },
          },
          post: {
            operationId: 'Same_read',
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: { '204': { description: 'none' } },
          },
        },
      }),
    );
    expect(gaps).toEqual([
      'GET /a/{id}: 200 answer without a schema',
      'GET /a/{id}: path parameter id without a description',
      'POST /a/{id}: operationId Same_read used twice',
      'POST /a/{id}: request body without an example',
    ]);
  });
});

describe('ResponseConformance', () => {
  const conformance = new ResponseConformance(
    document(
      {
        '/things/{id}': {
          get: { responses: { '200': json({ $ref: '#/components/schemas/Thing' }) } },
          post: {
            responses: { '202': { description: 'job' } },
            'x-mutualis-job-result': { $ref: '#/components/schemas/Thing' },
          } as never,
        },
      },
      {
        Thing: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, note: { type: 'string', nullable: true } },
        },
      },
    ),
  );
  const answer = (body: unknown) =>
    conformance.problems({
      method: 'GET',
      path: '/things/1',
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify(body),
    });

  it('accepts an answer as documented, null where the document allows it', () => {
    expect(answer({ name: 'a', note: null })).toEqual([]);
  });

  it('refuses a field the document does not name, and a missing required one', () => {
    expect(answer({ name: 'a', secret: 1 })).toEqual([
      'GET /things/1 200: (body) must NOT have additional properties (secret)',
    ]);
    expect(answer({})).toEqual(["GET /things/1 200: (body) must have required property 'name'"]);
  });

  it('checks a job’s result against the schema its starting operation names', () => {
    expect(conformance.jobResultProblems('post', '/things/{id}', { name: 'a' })).toEqual([]);
    expect(conformance.jobResultProblems('post', '/things/{id}', { name: 1 })).toEqual([
      'result of POST /things/{id}: /name must be string',
    ]);
  });
});
