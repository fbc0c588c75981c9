import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { JWK, Provider } from 'oidc-provider';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import { interactionRoutes } from './interactions';
import { DevIdentityClient, providerConfiguration } from './provider-configuration';
import { generateCookieKeys, generateSigningKey } from './signing-key';

export interface DevIdentityProviderOptions {
  /** The port to listen on; 0 for a free one (the issuer then names it). */
  port: number;
  /** The address to listen on, and the issuer's host: 127.0.0.1 by default. */
  host?: string;
  client: DevIdentityClient;
  /** Who can sign in: the demonstration's people by default. */
  accounts?: readonly DemoAccount[];
  /** The private RS256 JWK signing the ID tokens, to keep them valid across starts; a fresh one by default. */
  signingKey?: JWK;
}

export interface DevIdentityProvider {
  /** The issuer identifier, `http://{host}:{port}`: its discovery document is at `/.well-known/openid-configuration`. */
  issuer: string;
  stop(): Promise<void>;
}

/**
 * Starts the development OpenID provider (ADR 0017) on plain HTTP: never for production, where ProConnect signs
 * people in. Its sessions, codes and tokens live in memory and end with it.
 */
export async function startDevIdentityProvider(
  options: DevIdentityProviderOptions,
): Promise<DevIdentityProvider> {
  const host = options.host ?? '127.0.0.1';
  const accounts = options.accounts ?? DEMO_ACCOUNTS;
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await listen(server, options.port, host);

  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const provider = new Provider(
    issuer,
    providerConfiguration({
      client: options.client,
      accounts,
      signingKey: options.signingKey ?? generateSigningKey(),
      cookieKeys: generateCookieKeys(),
    }),
  );
  const interactions = interactionRoutes(provider, accounts);
  const oidc = provider.callback();
  handle = (req, res) => {
    interactions(req, res)
      .then(async (handled) => {
        if (!handled) await oidc(req, res);
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
  };
  return { issuer, stop: () => close(server) };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
