import { deepStrictEqual } from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The services whose documents are committed under docs/openapi/ (the console's API types are generated from them). */
export type SnapshotService = 'membership' | 'supplier' | 'tender' | 'contract' | 'audit' | 'access';

const SNAPSHOTS = join(__dirname, '../../../../../docs/openapi');

/** Where a service's committed OpenAPI document lives. */
export function openApiSnapshotPath(service: SnapshotService): string {
  return join(SNAPSHOTS, `${service}.json`);
}

/**
 * Checks that the service serves the OpenAPI document committed in docs/openapi/<service>.json, so that a changed API
 * shows in the diff and breaks the console's typecheck rather than a page. With `UPDATE_OPENAPI_SNAPSHOTS=1` it
 * rewrites the file instead (formatted as Prettier writes JSON, so `prettier --check` accepts it).
 */
export async function expectOpenApiSnapshot(service: SnapshotService, document: object): Promise<void> {
  const path = openApiSnapshotPath(service);
  if (process.env['UPDATE_OPENAPI_SNAPSHOTS'] === '1') {
    mkdirSync(SNAPSHOTS, { recursive: true });
    const { format } = await import('prettier');
    writeFileSync(path, await format(JSON.stringify(document), { parser: 'json', printWidth: 110 }));
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`No ${path}: run this test with UPDATE_OPENAPI_SNAPSHOTS=1 to write it, then commit it`);
  }
  const committed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  // A difference means the API changed: rerun with UPDATE_OPENAPI_SNAPSHOTS=1 and commit docs/openapi with the change.
  deepStrictEqual(
    JSON.parse(JSON.stringify(document)),
    committed,
    `${path} is not the document the ${service} service serves: rerun with UPDATE_OPENAPI_SNAPSHOTS=1 and commit it`,
  );
}
