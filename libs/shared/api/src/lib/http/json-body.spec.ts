import type { IncomingMessage } from 'node:http';
import { bodyRefusal, isJsonRequest, queryRefusal } from './json-body';

const request = (headers: Record<string, string>, body?: unknown) =>
  ({ headers, body }) as unknown as IncomingMessage & { body?: unknown };

describe('request bodies', () => {
  it('are JSON when typed application/json or application/*+json, whatever the parameters', () => {
    expect(isJsonRequest(request({ 'content-type': 'application/json; charset=utf-8' }))).toBe(true);
    expect(isJsonRequest(request({ 'content-type': 'Application/Merge-Patch+JSON' }))).toBe(true);
    expect(isJsonRequest(request({ 'content-type': 'text/json' }))).toBe(false);
    expect(isJsonRequest(request({}))).toBe(false);
  });

  it('are refused with 415 when present and not JSON', () => {
    expect(bodyRefusal(request({ 'content-type': 'text/plain', 'content-length': '3' }))?.getStatus()).toBe(
      415,
    );
    expect(bodyRefusal(request({ 'transfer-encoding': 'chunked' }))?.getStatus()).toBe(415);
    expect(bodyRefusal(request({ 'content-length': '0' }))).toBeUndefined();
  });

  it('are refused with 400 when no store could keep them', () => {
    const json = { 'content-type': 'application/json', 'content-length': '10' };
    expect(bodyRefusal(request(json, { a: ['x\u0000y'] }))?.problem.detail).toMatch(/U\+0000/);
    expect(bodyRefusal(request(json, { a: Infinity }))?.problem.detail).toMatch(/finite/);
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(bodyRefusal(request(json, deep))?.problem.detail).toMatch(/nest deeper than 64/);
    expect(bodyRefusal(request(json, { title: 'Marché', lots: [{ n: 1 }] }))).toBeUndefined();
  });
});

describe('query strings', () => {
  it('are refused with 400 when a value holds text no store could keep', () => {
    const withQuery = (query: unknown) =>
      ({ headers: {}, query }) as unknown as IncomingMessage & { query?: unknown };
    expect(queryRefusal(withQuery({ name: 'a\u0000b' }))?.getStatus()).toBe(400);
    expect(queryRefusal(withQuery({ tags: ['ok', '\ud800'] }))?.problem.detail).toMatch(
      /well-formed Unicode/,
    );
    expect(queryRefusal(withQuery({ name: 'Armor Cloud', on: '2026-11-29' }))).toBeUndefined();
    expect(queryRefusal(withQuery(undefined))).toBeUndefined();
  });
});
