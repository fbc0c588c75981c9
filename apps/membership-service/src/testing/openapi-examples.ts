import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

/**
 * The example body of an operation's JSON request as a reader of the document sees it (Swagger UI's "Example
 * Value"): the media type's example, or else one built from the schema — a property's `example` where it gives one,
 * the first value of an enum, one item per array, every property of an object.
 */
export function requestExample(
  document: OpenAPIObject,
  method: string,
  path: string,
): Record<string, unknown> {
  const operation = document.paths[path]?.[method.toLowerCase() as 'post'];
  const body = operation?.requestBody as { content?: Record<string, { schema?: Schema; example?: unknown }> };
  const media = body?.content?.['application/json'];
  if (!media) throw new Error(`${method} ${path} takes no JSON body`);
  return (media.example ?? exampleOf(document, media.schema ?? {})) as Record<string, unknown>;
}

/** The operations of the document that take a JSON body, as `POST /path`. */
export function operationsWithJsonBody(document: OpenAPIObject): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    (['post', 'put', 'patch'] as const)
      .filter((method) => {
        const body = item[method]?.requestBody as { content?: Record<string, unknown> } | undefined;
        return body?.content?.['application/json'] !== undefined;
      })
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

function exampleOf(document: OpenAPIObject, schema: Schema): unknown {
  if (schema['example'] !== undefined) return schema['example'];
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/schemas/', '');
    return exampleOf(document, (document.components?.schemas?.[name] ?? {}) as Schema);
  }
  const parts = (schema['allOf'] ?? schema['oneOf'] ?? schema['anyOf']) as Schema[] | undefined;
  if (parts) return exampleOf(document, parts[0]!);
  const values = schema['enum'] as unknown[] | undefined;
  if (values) return values[0];
  if (schema['type'] === 'array') return [exampleOf(document, (schema['items'] ?? {}) as Schema)];
  const properties = schema['properties'] as Record<string, Schema> | undefined;
  if (properties) {
    return Object.fromEntries(
      Object.entries(properties).map(([name, part]) => [name, exampleOf(document, part)]),
    );
  }
  throw new Error(`no example for the schema ${JSON.stringify(schema)}`);
}
