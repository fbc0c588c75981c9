import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { K8S_ROOT, K8sObject } from './render';

const SCHEMAS = join(K8S_ROOT, 'schemas');
const KUBERNETES = 'kubernetes.schema.json';
const CRD_FOLDERS = ['strimzi', 'cloudnative-pg', 'gateway-api'];

/** OpenAPI keywords that JSON schema lacks; nullable is turned into a type, example validates nothing. */
const OPENAPI_ONLY = ['nullable', 'example'];

type Schema = { [keyword: string]: unknown };

interface CrdSchemaFile {
  apiVersion: string;
  kind: string;
  openAPIV3Schema: Schema;
}

/** Checks rendered objects against the schemas of k8s/schemas/: one per apiVersion and kind, unknown fields refused. */
export class ManifestValidator {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor() {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    addFormats(ajv);
    ajv.addKeyword('x-kubernetes-group-version-kind');
    const kubernetes = JSON.parse(readFileSync(join(SCHEMAS, 'kubernetes', KUBERNETES), 'utf8')) as {
      definitions: Record<string, Schema>;
    };
    ajv.addSchema({ ...kubernetes, $id: KUBERNETES });
    for (const [name, definition] of Object.entries(kubernetes.definitions)) {
      const gvk = definition['x-kubernetes-group-version-kind'] as
        | { apiVersion: string; kind: string }
        | undefined;
      if (gvk) this.add(gvk, ajv.compile({ $ref: `${KUBERNETES}#/definitions/${name}` }));
    }
    for (const folder of CRD_FOLDERS) {
      for (const file of readdirSync(join(SCHEMAS, folder)).filter((name) => name.endsWith('.schema.json'))) {
        const crd = JSON.parse(readFileSync(join(SCHEMAS, folder, file), 'utf8')) as CrdSchemaFile;
        this.add(crd, ajv.compile(customResourceSchema(crd)));
      }
    }
  }

  /** The `apiVersion/kind` pairs that have a schema. */
  get kinds(): string[] {
    return [...this.validators.keys()].sort();
  }

  /** Everything wrong with one object, as readable lines; none when it is valid. */
  validate(object: K8sObject): string[] {
    const name = `${object.kind ?? '?'} ${object.metadata?.name ?? '?'}`;
    const validator = this.validators.get(`${object.apiVersion}/${object.kind}`);
    if (!validator) return [`${name}: no schema for ${object.apiVersion}/${object.kind}`];
    if (validator(object)) return [];
    return (validator.errors ?? []).map((error) => `${name}: ${describe(error)}`);
  }

  private add(gvk: { apiVersion: string; kind: string }, validator: ValidateFunction): void {
    this.validators.set(`${gvk.apiVersion}/${gvk.kind}`, validator);
  }
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown field ${String(error.params['additionalProperty'])}`;
  }
  return `${where}: ${error.message ?? error.keyword}`;
}

/**
 * The JSON schema of a custom resource, as the API server applies the CRD with strict field validation (the default
 * of kubectl apply): fields a structural schema does not declare are refused unless it preserves unknown fields;
 * metadata is checked as any object's metadata.
 */
export function customResourceSchema(crd: CrdSchemaFile): Schema {
  const root = strict(crd.openAPIV3Schema);
  const properties = { ...(root['properties'] as Record<string, Schema>) };
  properties['apiVersion'] = { const: crd.apiVersion };
  properties['kind'] = { const: crd.kind };
  properties['metadata'] = { $ref: `${KUBERNETES}#/definitions/V1ObjectMeta` };
  const required = new Set([...((root['required'] as string[]) ?? []), 'apiVersion', 'kind', 'metadata']);
  return { ...root, properties, required: [...required], additionalProperties: false };
}

/** OpenAPI v3 (with Kubernetes extensions) to plain JSON schema, closing every object that lists its properties. */
function strict(schema: Schema): Schema {
  const result: Schema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword.startsWith('x-kubernetes-') || OPENAPI_ONLY.includes(keyword)) continue;
    if (keyword === 'properties' || keyword === 'patternProperties') {
      result[keyword] = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([name, child]) => [name, strict(child)]),
      );
    } else if (['items', 'additionalProperties', 'not'].includes(keyword) && typeof value === 'object') {
      result[keyword] = strict(value as Schema);
    } else if (['allOf', 'anyOf', 'oneOf'].includes(keyword)) {
      result[keyword] = (value as Schema[]).map(strict);
    } else {
      result[keyword] = value;
    }
  }
  if (schema['x-kubernetes-int-or-string'] === true) {
    delete result['type'];
    delete result['anyOf'];
    result['type'] = ['integer', 'string'];
  }
  if (schema['nullable'] === true && typeof result['type'] === 'string')
    result['type'] = [result['type'], 'null'];
  const open = schema['x-kubernetes-preserve-unknown-fields'] === true;
  if (schema['properties'] && !open && result['additionalProperties'] === undefined) {
    result['additionalProperties'] = false;
  }
  return result;
}
