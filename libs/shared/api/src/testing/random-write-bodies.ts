import fc from 'fast-check';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Pool } from 'pg';
import { JsonWriteRoute, requestBodies } from './openapi-bodies';
import type { ServiceApp } from './service-app';

/** How many bodies each write route is sent: 200 unless MUTUALIS_BODY_RUNS says otherwise. */
export const BODY_RUNS = Number(process.env['MUTUALIS_BODY_RUNS'] ?? 200);

/** The state a refused command must leave as it was: the number of events of the service's store and its last one. */
export function eventStoreState(
  databaseUrl: string,
  schema: string,
): {
  read(): Promise<string>;
  close(): Promise<void>;
} {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  return {
    read: async () => {
      const { rows } = await pool.query<{ state: string }>(
        `SELECT count(*) || ':' || coalesce(max(global_position), 0) AS state FROM ${schema}.events`,
      );
      return rows[0]!.state;
    },
    close: () => pool.end(),
  };
}

/**
 * Sends a route `BODY_RUNS` bodies drawn from its OpenAPI schema (mostly invalid or at a boundary, see requestBodies)
 * and checks each answer: never a 5xx; a 4xx is a problem (application/problem+json, its status in its body) and
 * leaves the state as it was. Returns how many answers had each status, to show how far the bodies went.
 */
export async function sendRandomBodies(options: {
  service: ServiceApp;
  document: OpenAPIObject;
  route: JsonWriteRoute;
  /** The route's path with its parameters filled in. */
  path: string;
  authorization: string;
  state: () => Promise<string>;
  headers?: Record<string, string>;
  numRuns?: number;
}): Promise<Record<number, number>> {
  const { service, document, route, path, authorization, state, headers = {} } = options;
  const statuses: Record<number, number> = {};
  await fc.assert(
    fc.asyncProperty(requestBodies(document, route), async (body) => {
      const before = await state();
      const response = await service
        .http()
        [route.method](path)
        .set({ ...headers, Authorization: authorization, 'Content-Type': 'application/json' })
        .send(JSON.stringify(body) ?? '');
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      const seen = `${route.method.toUpperCase()} ${path} ${JSON.stringify(body)} → ${response.status} ${JSON.stringify(response.body)}`;
      if (response.status >= 500) throw new Error(`A server error: ${seen}`);
      if (response.status < 400) return;
      if (!/^application\/problem\+json/.test(String(response.headers['content-type']))) {
        throw new Error(`A refusal that is not a problem (application/problem+json): ${seen}`);
      }
      if (response.body.status !== response.status) throw new Error(`A problem with another status: ${seen}`);
      const after = await state();
      if (after !== before)
        throw new Error(`A refusal that changed the state (${before} → ${after}): ${seen}`);
    }),
    // One seed per route unless MUTUALIS_BODY_SEED says otherwise: a CI run is reproducible, and a failure names it.
    { numRuns: options.numRuns ?? BODY_RUNS, seed: bodySeed(`${route.method} ${route.path}`) },
  );
  return statuses;
}

/** The seed of a route's bodies: `MUTUALIS_BODY_SEED` when set (to explore), else one derived from the route. */
function bodySeed(route: string): number {
  const chosen = process.env['MUTUALIS_BODY_SEED'];
  if (chosen !== undefined && chosen !== '') return Number(chosen);
  let hash = 0;
  for (const char of route) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}
