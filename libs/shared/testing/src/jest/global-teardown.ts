/** Jest global teardown: stops whatever the global setup started, last started first. */
export default async function globalTeardown(): Promise<void> {
  const stops = globalThis.__mutualisTestInfrastructureStops ?? [];
  globalThis.__mutualisTestInfrastructureStops = [];
  for (const stop of stops.reverse()) await stop();
}
