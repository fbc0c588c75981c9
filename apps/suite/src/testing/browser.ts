/** One answer as a browser sees it, before following any redirect. */
export interface BrowserAnswer {
  status: number;
  location: string | null;
  type: string;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

/**
 * A browser's share of HTTP for sign-in flows: cookies kept per origin (name=value, honouring Max-Age=0), redirects
 * followed one at a time so a test sees each hop, forms posted as a browser posts them.
 */
export class Browser {
  private readonly cookies = new Map<string, Map<string, string>>();

  async request(
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) {
    const target = new URL(url);
    const jar = this.cookies.get(target.origin) ?? new Map<string, string>();
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { accept: 'text/html,application/json', ...(cookie ? { cookie } : {}), ...init.headers },
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair!.trim().split('=');
      if (attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))) jar.delete(name!);
      else jar.set(name!, value.join('='));
    }
    this.cookies.set(target.origin, jar);
    const text = await response.text();
    const location = response.headers.get('location');
    return {
      status: response.status,
      location: location === null ? null : new URL(location, target).href,
      type: response.headers.get('content-type') ?? '',
      text,
      json: <T>() => JSON.parse(text) as T,
    } satisfies BrowserAnswer;
  }

  /** Follows redirects from `url` until a page answers (or `stopAt` is reached); every hop's address. */
  async follow(
    url: string,
    stopAt?: (url: string) => boolean,
  ): Promise<{ answer: BrowserAnswer; hops: string[] }> {
    const hops = [url];
    let answer = await this.request(url);
    while (answer.location && hops.length < 20 && !stopAt?.(answer.location)) {
      hops.push(answer.location);
      answer = await this.request(answer.location);
    }
    return { answer, hops };
  }

  cookie(origin: string, name: string): string | undefined {
    return this.cookies.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.cookies.set(origin, jar);
  }
}
