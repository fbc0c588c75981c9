/**
 * Where to send a person after signing in: a path of the console only (`/groupements/…`), never another site
 * (`//evil.example`, `https://…`, `/\evil`), so the sign-in cannot be turned into an open redirect.
 */
export function safeReturnTo(asked: unknown): string {
  if (typeof asked !== 'string' || asked.length > 2000) return '/';
  if (!/^\/(?![/\\])/.test(asked) || [...asked].some((char) => char.charCodeAt(0) < 0x20)) return '/';
  return asked;
}
