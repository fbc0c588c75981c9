import { ProblemException } from '../errors/problem.exception';

const STRONG_TAG = /^"?(\d{1,15})"?$/;

/** The entity tag of a stream version, as GET answers it in `ETag` and commands expect it in `If-Match`. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/**
 * The stream version an `If-Match` header names: `"3"` (the ETag a GET returned) or a bare `3`. Undefined without
 * the header; 400 for anything else, since a weak tag, a list or `*` cannot name one version of one stream.
 */
export function expectedVersionOf(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = typeof header === 'string' ? STRONG_TAG.exec(header.trim()) : null;
  if (!match) {
    throw new ProblemException(
      'bad-request',
      'If-Match must name one version of the resource, e.g. If-Match: "3".',
    );
  }
  return Number(match[1]);
}
