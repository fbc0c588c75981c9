import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Schema = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const DOCUMENT_ID = 'openapi.json';
const JSON_TYPES = ['application/json', 'application/problem+json'];

/**
 * What a service's OpenAPI document leaves out that a client generated from it would need: each 2xx answer that
 * carries a body without a schema, each parameter without a description, each request body without an example,
 * each operation id used twice.
 * Empty when the document is complete.
 */
export function openApiGaps(document: OpenAPIObject): string[] {
  const gaps: string[] = [];
  const operationIds = new Set<string>();
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const name = `${method.toUpperCase()} ${path}`;
      // A generated client names its functions after them: two operations of one name, one is lost.
      if (operation.operationId && operationIds.has(operation.operationId)) {
        gaps.push(`${name}: operationId ${operation.operationId} used twice`);
      }
      if (operation.operationId) operationIds.add(operation.operationId);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^2\d\d$/.test(status) || status === '204') continue;
        const content = (response as { content?: Record<string, { schema?: unknown }> }).content ?? {};
        const schemas = Object.values(content).filter((media) => media.schema);
        if (schemas.length === 0) gaps.push(`${name}: ${status} answer without a schema`);
      }
      for (const parameter of operation.parameters ?? []) {
        if ('in' in parameter && !parameter.description?.trim()) {
          gaps.push(`${name}: ${parameter.in} parameter ${parameter.name} without a description`);
        }
      }
      const body = operation.requestBody as {
        content?: Record<string, { schema?: Schema; example?: unknown }>;
      };
      for (const [type, media] of Object.entries(body?.content ?? {})) {
        if (type === 'application/json' && !hasExample(document, media)) {
          gaps.push(`${name}: request body without an example`);
        }
      }
    }
  }
  return gaps;
}

/** A body has an example when its media type gives one, or its schema's properties each give one. */
function hasExample(document: OpenAPIObject, media: { schema?: Schema; example?: unknown }): boolean {
  if (media.example !== undefined || media.schema?.['example'] !== undefined) return true;
  const schema = resolve(document, media.schema);
  const properties = Object.values((schema?.['properties'] as Record<string, Schema> | undefined) ?? {});
  return properties.length > 0 && properties.every((property) => exampleOf(document, property));
}

function exampleOf(document: OpenAPIObject, property: Schema): boolean {
  if (property['example'] !== undefined || property['enum'] !== undefined) return true;
  const target = resolve(document, property['items'] as Schema | undefined) ?? resolve(document, property);
  if (target && target !== property) return hasExample(document, { schema: target });
  const all = property['allOf'] as Schema[] | undefined;
  return Boolean(all?.some((part) => hasExample(document, { schema: part })));
}

function resolve(document: OpenAPIObject, schema: Schema | undefined): Schema | undefined {
  const ref = schema?.['$ref'];
  if (typeof ref !== 'string') return schema;
  return document.components?.schemas?.[ref.replace('#/components/schemas/', '')] as Schema | undefined;
}

/** One answer a service gave, as recorded on its HTTP server. */
export interface RecordedResponse {
  method: string;
  /** The path asked for, query string removed. */
  path: string;
  status: number;
  contentType: string;
  body: string;
}

/**
 * Checks real answers against the schemas their operation documents, so that the documents cannot drift from the
 * code: a documented object accepts no property it does not name, and must have those it says are required.
 * Answers of undocumented routes or statuses, and bodies that are not JSON, are left to `openApiGaps`.
 */
export class ResponseConformance {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction | null>();
  private readonly routes: { method: string; pattern: RegExp; template: string }[];

  constructor(private readonly document: OpenAPIObject) {
    this.ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    this.ajv.addSchema(closed({ components: document.components ?? {} }) as Schema, DOCUMENT_ID);
    this.routes = Object.entries(document.paths).flatMap(([template, pathItem]) =>
      METHODS.filter((method) => pathItem[method]).map((method) => ({
        method,
        template,
        // Literal segments before parameters: `/consortia/search` before `/consortia/{id}`.
        pattern: new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
        ),
      })),
    );
    this.routes.sort((a, b) => countParams(a.template) - countParams(b.template));
  }

  /** What is wrong with this answer according to the document: empty when it conforms or is not documented. */
  problems(response: RecordedResponse): string[] {
    const type = response.contentType.split(';')[0]!.trim();
    if (!JSON_TYPES.includes(type) || response.body === '') return [];
    const validate = this.validator(response.method.toLowerCase(), response.path, response.status, type);
    if (!validate) return [];
    const body: unknown = JSON.parse(response.body);
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `${response.method} ${response.path} ${response.status}: ${error.instancePath || '(body)'} ${error.message}` +
        (error.params && 'additionalProperty' in error.params
          ? ` (${String(error.params['additionalProperty'])})`
          : ''),
    );
  }

  /**
   * What is wrong with the result of a job, against the schema the operation that starts it documents
   * (`x-mutualis-job-result`): the jobs' result route documents any object, so the answers' check cannot.
   */
  jobResultProblems(method: string, template: string, result: unknown): string[] {
    const operation = this.document.paths[template]?.[method as 'post'] as
      | Record<string, unknown>
      | undefined;
    const schema = operation?.['x-mutualis-job-result'] as Schema | undefined;
    if (!schema) return [`${method.toUpperCase()} ${template} documents no job result`];
    const validate = this.ajv.compile(closed(pointAtDocument(schema)) as Schema);
    if (validate(result)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `result of ${method.toUpperCase()} ${template}: ${error.instancePath || '(body)'} ${error.message}`,
    );
  }

  private validator(method: string, path: string, status: number, type: string): ValidateFunction | null {
    const route = this.routes.find(
      (candidate) => candidate.method === method && candidate.pattern.test(path),
    );
    if (!route) return null;
    const key = `${method} ${route.template} ${status} ${type}`;
    if (!this.validators.has(key)) {
      const operation = this.document.paths[route.template]![method as 'get'] as Operation;
      const response = operation.responses[String(status)] as
        | { content?: Record<string, { schema?: Schema }> }
        | undefined;
      const schema = response?.content?.[type]?.schema;
      this.validators.set(key, schema ? this.ajv.compile(closed(pointAtDocument(schema)) as Schema) : null);
    }
    return this.validators.get(key)!;
  }
}

function countParams(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}

/** `#/components/…` references resolved in the document, from a schema compiled on its own. */
function pointAtDocument(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`));
}

/**
 * Objects that name their properties accept no other: an answer with an undocumented field is drift. Parts of an
 * `allOf` stay open, or no object could satisfy them all.
 */
function closed(schema: unknown, inAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => closed(item, inAllOf));
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples') copy[key] = value;
    else if (key === 'allOf') copy[key] = (value as unknown[]).map((part) => closed(part, true));
    else if (key === 'properties') {
      copy[key] = Object.fromEntries(
        Object.entries(value as Schema).map(([name, part]) => [name, closed(part)]),
      );
    } else copy[key] = closed(value);
  }
  if (copy['properties'] && copy['additionalProperties'] === undefined && !inAllOf) {
    copy['additionalProperties'] = false;
  }
  return copy;
}
