/** The services the console reaches through the access context, by the name in `/api/<name>/…`. */
export const PROXIED_SERVICES = ['membership', 'supplier', 'tender', 'contract', 'audit'] as const;
export type ProxiedService = (typeof PROXIED_SERVICES)[number];

/** Parses MUTUALIS_SERVICE_URLS (`membership=http://…,supplier=http://…`); every proxied service must be named. */
export function serviceAddresses(variable: string): Record<ProxiedService, URL> {
  const given = new Map(
    variable.split(',').map((pair) => {
      const [name, url] = pair.split(/=(.*)/s) as [string, string];
      return [name.trim(), new URL(url.trim())];
    }),
  );
  const missing = PROXIED_SERVICES.filter((name) => !given.has(name));
  if (missing.length > 0) throw new Error(`MUTUALIS_SERVICE_URLS names no address for ${missing.join(', ')}`);
  return Object.fromEntries(PROXIED_SERVICES.map((name) => [name, given.get(name)!])) as Record<
    ProxiedService,
    URL
  >;
}

/** The injection token of the parsed addresses. */
export const SERVICE_ADDRESSES = Symbol('ServiceAddresses');
