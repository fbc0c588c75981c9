import { testDatabaseName } from './test-database';

describe('testDatabaseName', () => {
  it('names the database after the test file, safely and within the PostgreSQL limit', () => {
    expect(testDatabaseName('/repo/libs/x/src/Event-Store.append.int-spec.ts', 'ab12cd34')).toBe(
      'mt_event_store_append_ab12cd34',
    );
    expect(testDatabaseName(`/repo/${'a'.repeat(200)}.int-spec.ts`).length).toBeLessThanOrEqual(63);
  });

  it('gives two calls for the same file two different names', () => {
    expect(testDatabaseName('x.int-spec.ts')).not.toBe(testDatabaseName('x.int-spec.ts'));
  });
});
