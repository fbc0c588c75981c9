import { randomUUID } from 'node:crypto';
import { issueLocalToken, Principal } from '@mutualis/shared/api/local';

/** Where the five services answer. */
export interface ServiceUrls {
  membership: string;
  supplier: string;
  tender: string;
  contract: string;
  audit: string;
}

export type ServiceName = keyof ServiceUrls;

/** A service refused a request: the rule it names (problem+json `type`), its article, and what it reported. */
export class RequestRefused extends Error {
  constructor(
    readonly service: ServiceName,
    readonly request: string,
    readonly status: number,
    readonly problem: Problem,
  ) {
    const rule = problem.type?.replace('urn:mutualis:rule:', '') ?? `HTTP ${status}`;
    const article = problem.legalReference ? ` (${problem.legalReference})` : '';
    super(
      `${service} refused ${request}: ${rule}${article}: ${problem.detail ?? problem.title ?? ''}`.trim(),
    );
    this.name = 'RequestRefused';
  }

  /** The rule's short name, e.g. `standstill-not-observed`. */
  get rule(): string | undefined {
    return this.problem.type?.replace('urn:mutualis:rule:', '');
  }
}

export interface Problem {
  type?: string;
  title?: string;
  detail?: string;
  legalReference?: string;
  values?: Record<string, unknown>;
  errors?: unknown;
}

/**
 * The demonstration's side of the public HTTP APIs: JSON in and out, a bearer token minted locally for each
 * principal (the demo plays the identity provider, HS256 with `MUTUALIS_JWT_SECRET`), an `Idempotency-Key` on every
 * POST, and problem+json answers turned into `RequestRefused`.
 */
export class Api {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    private readonly urls: ServiceUrls,
    private readonly secret: string,
  ) {}

  get<T>(service: ServiceName, path: string, as: Principal): Promise<T> {
    return this.send<T>(service, 'GET', path, as);
  }

  post<T>(service: ServiceName, path: string, body: object, as: Principal): Promise<T> {
    return this.send<T>(service, 'POST', path, as, body);
  }

  put<T>(service: ServiceName, path: string, body: object, as: Principal): Promise<T> {
    return this.send<T>(service, 'PUT', path, as, body);
  }

  private async send<T>(
    service: ServiceName,
    method: string,
    path: string,
    as: Principal,
    body?: object,
  ): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${await this.token(as)}`,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method === 'POST') headers['Idempotency-Key'] = randomUUID();
    const response = await fetch(new URL(path, this.urls[service]), {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = /json/.test(response.headers.get('content-type') ?? '');
    if (!response.ok) {
      const problem: Problem = json ? JSON.parse(text) : { detail: text.slice(0, 500) };
      throw new RequestRefused(service, `${method} ${path}`, response.status, problem);
    }
    return (json ? JSON.parse(text) : undefined) as T;
  }

  private token(principal: Principal): Promise<string> {
    const key = JSON.stringify(principal);
    let token = this.tokens.get(key);
    if (!token) {
      token = issueLocalToken(principal, { secret: this.secret, ttl: '8h' });
      this.tokens.set(key, token);
    }
    return token;
  }
}
