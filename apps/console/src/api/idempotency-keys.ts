/**
 * The Idempotency-Key of each write a form sends: the same key while the same body is sent again (a retry after a
 * network or server failure is then decided once), a new one as soon as the body changes (after a refusal, the
 * corrected form is a new request, which the service would refuse under the old key as `idempotency-key-reused`).
 */
export class IdempotencyKeys {
  private readonly sent = new Map<string, { body: string; key: string }>();

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key of `request` (e.g. `POST /consortia`) with this body. */
  keyFor(request: string, body: unknown): string {
    const text = JSON.stringify(body ?? null);
    const previous = this.sent.get(request);
    if (previous && previous.body === text) return previous.key;
    const key = this.newKey();
    this.sent.set(request, { body: text, key });
    return key;
  }

  /** Forgets every key: after an accepted request, the form's next one is a new request even with the same body. */
  clear(): void {
    this.sent.clear();
  }
}
