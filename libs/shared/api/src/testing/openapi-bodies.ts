import fc from 'fast-check';
import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;
type Json = unknown;

/** A route that takes a JSON body, as its OpenAPI document describes it. */
export interface JsonWriteRoute {
  method: 'post' | 'put' | 'patch';
  /** The path template, `/consortia/{consortiumId}/applications`. */
  path: string;
  /** The roles its access note names (`x-mutualis-roles`). */
  roles: string[];
  schema: Schema;
  /** The documented example of its body (the first of its examples, or Swagger UI's "Example Value"). */
  example: Json;
}

/** Every route of the document that takes a JSON body. */
export function jsonWriteRoutes(document: OpenAPIObject): JsonWriteRoute[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    (['post', 'put', 'patch'] as const).flatMap((method) => {
      const operation = item[method] as Schema | undefined;
      const body = operation?.['requestBody'] as
        | {
            content?: Record<
              string,
              { schema?: Schema; example?: Json; examples?: Record<string, { value?: Json }> }
            >;
          }
        | undefined;
      const media = body?.content?.['application/json'];
      if (!operation || !media?.schema) return [];
      const schema = resolve(document, media.schema);
      return [
        {
          method,
          path,
          roles: (operation['x-mutualis-roles'] as string[] | undefined) ?? [],
          schema,
          example:
            media.example ?? Object.values(media.examples ?? {})[0]?.value ?? exampleOf(document, schema),
        },
      ];
    }),
  );
}

/**
 * Bodies for a route, mostly invalid or at a boundary: its example with one to three of its fields (at any depth)
 * removed, set to null, to a value of another type, to a bound of its schema or past it, or to text no store keeps,
 * or given an unknown field; now and then the example itself (which may change the state), `{}`, a value that is
 * not an object, or any JSON object.
 */
export function requestBodies(document: OpenAPIObject, route: JsonWriteRoute): fc.Arbitrary<Json> {
  const fields = fieldsOf(document, route.schema, route.example, []);
  const change = fc.oneof(
    fc
      .constantFrom(...fields)
      .chain((field) =>
        fc
          .oneof(
            { arbitrary: fc.constant(REMOVED), weight: 2 },
            { arbitrary: valuesFor(field.schema, field.example), weight: 5 },
          )
          .map((value) => ({ path: field.path, value })),
      ),
    fc
      .tuple(fc.constantFrom(...fields), fc.constantFrom('unknownField', '__proto__', 'constructor'))
      .map(([field, name]) => ({ path: [...field.path.slice(0, -1), name], value: 'x' as Json })),
  );
  return fc.oneof(
    { arbitrary: fc.constant(route.example), weight: 1 },
    {
      arbitrary: fc
        .array(change, { minLength: 1, maxLength: 3 })
        .map((changes) =>
          changes.reduce((body, { path, value }) => changed(body, path, value), route.example),
        ),
      weight: 16,
    },
    { arbitrary: fc.constantFrom<Json>({}, [], null, 'text', 0, [route.example]), weight: 1 },
    { arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })), weight: 1 },
  );
}

const REMOVED = Symbol('removed');

interface Field {
  path: (string | number)[];
  schema: Schema;
  example: Json;
}

/** Every field of the example, nested ones included (the first item of each list), with its schema. */
function fieldsOf(document: OpenAPIObject, schema: Schema, example: Json, path: Field['path']): Field[] {
  const own: Field[] = path.length > 0 ? [{ path, schema, example }] : [];
  const properties = schema['properties'] as Record<string, Schema> | undefined;
  if (Array.isArray(example) && example.length > 0 && schema['items']) {
    return [
      ...own,
      ...fieldsOf(document, resolve(document, schema['items'] as Schema), example[0], [...path, 0]),
    ];
  }
  if (typeof example === 'object' && example !== null && properties) {
    return [
      ...own,
      ...Object.entries(properties).flatMap(([name, part]) =>
        fieldsOf(document, resolve(document, part), (example as Record<string, Json>)[name], [...path, name]),
      ),
    ];
  }
  return own;
}

/** Values of another type, bounds and values past them, malformed dates, text no store keeps. */
function valuesFor(schema: Schema, example: Json): fc.Arbitrary<Json> {
  const numbers = [schema['minimum'], schema['maximum']].filter((bound) => typeof bound === 'number');
  const lengths = [schema['minLength'], schema['maxLength']].filter((bound) => typeof bound === 'number');
  const candidates: fc.Arbitrary<Json>[] = [
    fc.constantFrom<Json>(null, 0, -1, 1.5, 2 ** 53, -(2 ** 31), '', ' ', 'x'.repeat(1001), true, [], {}),
    fc.constantFrom<Json>(
      '\u0000',
      '\ud800',
      '2026-02-30',
      '2026-13-01',
      '2026-02-28T25:00:00Z',
      '12345678901234',
    ),
  ];
  if (numbers.length > 0) {
    candidates.push(fc.constantFrom<Json>(...numbers.flatMap((n) => [n - 1, n - 0.5, n, n + 0.5, n + 1])));
  }
  if (lengths.length > 0) {
    candidates.push(
      fc.constantFrom<Json>(
        ...lengths.flatMap((n) => [n - 1, n, n + 1].filter((k) => k >= 0).map((k) => 'é'.repeat(k))),
      ),
    );
  }
  const values = schema['enum'] as Json[] | undefined;
  if (values && values.length > 0)
    candidates.push(fc.constantFrom<Json>(...values, `${String(values[0])}-x`));
  if (schema['type'] === 'integer' || schema['type'] === 'number') {
    candidates.push(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
  }
  if (schema['type'] === 'string') candidates.push(fc.string({ maxLength: 20 }));
  if (schema['type'] === 'array' && example !== undefined) {
    candidates.push(
      fc.constantFrom<Json>([], [null], [{}], Array.isArray(example) ? [...example, ...example] : [example]),
    );
  }
  if (typeof example === 'object' && example !== null && !Array.isArray(example)) {
    candidates.push(fc.constantFrom<Json>({}, { ...example, unknownField: 1 }, [example]));
  }
  return fc.oneof(...candidates);
}

/** A copy of the body with the value at this path set (or removed); the parts on the way are made when missing. */
function changed(body: Json, path: Field['path'], value: Json | typeof REMOVED): Json {
  if (path.length === 0) return value === REMOVED ? undefined : value;
  const [head, ...rest] = path;
  const container: Record<string | number, Json> = Array.isArray(body)
    ? ([...(body as Json[])] as unknown as Record<number, Json>)
    : typeof body === 'object' && body !== null
      ? { ...(body as Record<string, Json>) }
      : {};
  const next = changed(container[head!], rest, value);
  if (next === undefined && rest.length === 0) delete container[head!];
  else
    Object.defineProperty(container, head!, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return container;
}

function resolve(document: OpenAPIObject, schema: Schema): Schema {
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    return resolve(document, (document.components?.schemas?.[ref.split('/').pop()!] ?? {}) as Schema);
  }
  const parts = (schema['allOf'] ?? schema['oneOf'] ?? schema['anyOf']) as Schema[] | undefined;
  return parts ? { ...resolve(document, parts[0]!), ...schema, allOf: undefined, oneOf: undefined } : schema;
}

/** The example a reader of the document sees: each property's `example`, an enum's first value, one item per list. */
function exampleOf(document: OpenAPIObject, schema: Schema): Json {
  const resolved = resolve(document, schema);
  if (resolved['example'] !== undefined) return resolved['example'];
  const values = resolved['enum'] as Json[] | undefined;
  if (values) return values[0];
  if (resolved['type'] === 'array') return [exampleOf(document, (resolved['items'] ?? {}) as Schema)];
  const properties = resolved['properties'] as Record<string, Schema> | undefined;
  if (properties) {
    return Object.fromEntries(
      Object.entries(properties).map(([name, part]) => [name, exampleOf(document, part)]),
    );
  }
  return undefined;
}
