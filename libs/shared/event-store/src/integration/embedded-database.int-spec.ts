import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DataFolderInUseError } from '../lib/pglite/data-folder-lock';
import { DataFolderVersionError } from '../lib/pglite/data-folder-version';
import { EmbeddedDatabase } from '../lib/pglite/embedded-database';
import { pgCompatibleDriver } from '../lib/pglite/pg-compatible-driver';

// The embedded suite's database, on PGlite itself (the only engine it has): unit-level, one database per file.
let database: EmbeddedDatabase;
beforeAll(async () => {
  database = await EmbeddedDatabase.open();
  await database.executor().exec('CREATE TABLE notes (id int PRIMARY KEY, text text NOT NULL)');
});
afterAll(() => database.close());
beforeEach(() => database.executor().exec('TRUNCATE notes'));

const notes = async () =>
  (await database.executor().query<{ id: number }>('SELECT id FROM notes ORDER BY id')).rows.map((r) => r.id);

describe('EmbeddedDatabase', () => {
  it('returns values as the pg driver does: 64-bit integers as text, byte arrays as Buffers, dates at local midnight', async () => {
    const { rows } = await database
      .executor()
      .query(
        "SELECT 9007199254740993::int8 AS big, '\\x6869'::bytea AS bytes, 2::int4 AS small, '2027-03-01'::date AS day",
      );
    expect(rows[0]).toEqual({
      big: '9007199254740993',
      bytes: Buffer.from('hi'),
      small: 2,
      day: new Date(2027, 2, 1),
    });
  });

  it('lets work inside a transaction use another executor without waiting for itself (a process manager)', async () => {
    const consumer = database.executor();
    const store = database.executor();
    await consumer.transaction(async (tx) => {
      await tx.query("INSERT INTO notes VALUES (1, 'inbox row')");
      // The command's own transaction joins the consumer's, as a savepoint.
      await store.transaction(async (inner) => inner.query("INSERT INTO notes VALUES (2, 'event')"));
      await store.query("INSERT INTO notes VALUES (3, 'checkpoint')");
    });
    expect(await notes()).toEqual([1, 2, 3]);
  });

  it('undoes a failed inner transaction alone, and everything when the outer one fails', async () => {
    const sql = database.executor();
    await sql.transaction(async (tx) => {
      await tx.query("INSERT INTO notes VALUES (1, 'kept')");
      await expect(
        sql.transaction(async (inner) => {
          await inner.query("INSERT INTO notes VALUES (2, 'undone')");
          await inner.query("INSERT INTO notes VALUES (1, 'duplicate')");
        }),
      ).rejects.toThrow(/duplicate key/);
    });
    expect(await notes()).toEqual([1]);
    await expect(
      sql.transaction(async (tx) => {
        await tx.query("INSERT INTO notes VALUES (5, 'undone with its transaction')");
        await sql.transaction((inner) => inner.query("INSERT INTO notes VALUES (6, 'also undone')"));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await notes()).toEqual([1]);
  });

  it('runs nested transactions started together one after another; a failed one undoes only itself', async () => {
    const sql = database.executor();
    await sql.transaction(async () => {
      const outcomes = await Promise.allSettled([
        sql.transaction(async (inner) => {
          await inner.query("INSERT INTO notes VALUES (1, 'first')");
          await inner.query("INSERT INTO notes VALUES (1, 'duplicate')");
        }),
        sql.transaction((inner) => inner.query("INSERT INTO notes VALUES (2, 'second')")),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'fulfilled']);
    });
    expect(await notes()).toEqual([2]);
  });

  it('refuses statements through a transaction’s handle once it has ended', async () => {
    let kept: { query(text: string): Promise<unknown> } | undefined;
    await database.executor().transaction(async (tx) => {
      kept = tx;
    });
    await expect(kept!.query("INSERT INTO notes VALUES (9, 'late')")).rejects.toThrow(
      'this transaction has ended',
    );
    expect(await notes()).toEqual([]);
  });

  it('runs transactions one at a time: a statement from elsewhere waits for the commit', async () => {
    const sql = database.executor();
    const seen: string[] = [];
    let inside!: () => void;
    const started = new Promise<void>((resolve) => (inside = resolve));
    const transaction = sql.transaction(async (tx) => {
      await tx.query("INSERT INTO notes VALUES (1, 'first')");
      inside();
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen.push('commit');
    });
    await started;
    const count = sql.query<{ n: string }>('SELECT count(*) AS n FROM notes').then(({ rows }) => {
      seen.push(`read ${rows[0]!.n}`);
    });
    await Promise.all([transaction, count]);
    expect(seen).toEqual(['commit', 'read 1']);
  });

  it('serves TypeORM through a pg-compatible driver: queries, multi-statement texts, commits and rollbacks', async () => {
    const dataSource = await new DataSource({
      type: 'postgres',
      driver: pgCompatibleDriver(database),
    }).initialize();
    try {
      await dataSource.query("INSERT INTO notes VALUES (1, 'a'); INSERT INTO notes VALUES (2, 'b')");
      const [rows, changed] = await dataSource.query(
        "UPDATE notes SET text = 'c' WHERE id = $1 RETURNING id",
        [2],
      );
      expect([rows, changed]).toEqual([[{ id: 2 }], 1]);
      await dataSource.transaction((manager) => manager.query("INSERT INTO notes VALUES (3, 'd')"));
      await expect(
        dataSource.transaction(async (manager) => {
          await manager.query("INSERT INTO notes VALUES (4, 'e')");
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await notes()).toEqual([1, 2, 3]);
      // A TypeORM transaction and the executor's statements take turns rather than interleave.
      await Promise.all([
        dataSource.transaction(async (manager) => {
          await manager.query("INSERT INTO notes VALUES (10, 'x')");
          await new Promise((resolve) => setTimeout(resolve, 20));
          await manager.query('DELETE FROM notes WHERE id = 10');
        }),
        database
          .executor()
          .query<{ n: string }>('SELECT count(*) AS n FROM notes WHERE id = 10')
          .then(({ rows }) => expect(rows[0]!.n).toBe('0')),
      ]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses a TypeORM transaction inside an executor’s transaction, leaving the enclosing one whole', async () => {
    const dataSource = await new DataSource({
      type: 'postgres',
      driver: pgCompatibleDriver(database),
    }).initialize();
    try {
      const sql = database.executor();
      await expect(
        sql.transaction(async (tx) => {
          await tx.query("INSERT INTO notes VALUES (1, 'outer')");
          await expect(
            dataSource.transaction((manager) => manager.query("INSERT INTO notes VALUES (2, 'inner')")),
          ).rejects.toThrow(/cannot begin or end a transaction/);
          await tx.query("INSERT INTO notes VALUES (3, 'outer again')");
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await notes()).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('gives the database back when a TypeORM commit fails', async () => {
    await database.executor().exec('CREATE TABLE deferred (id int UNIQUE DEFERRABLE INITIALLY DEFERRED)');
    const dataSource = await new DataSource({
      type: 'postgres',
      driver: pgCompatibleDriver(database),
    }).initialize();
    try {
      await expect(
        dataSource.transaction((manager) => manager.query('INSERT INTO deferred VALUES (1), (1)')),
      ).rejects.toThrow(/duplicate key/);
      expect(await notes()).toEqual([]); // would wait forever if the failed COMMIT had kept the turn
    } finally {
      await dataSource.destroy();
    }
  });

  it('keeps its data in its folder across a restart, and in one process at a time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mutualis-embedded-'));
    try {
      const first = await EmbeddedDatabase.open(folder);
      await expect(EmbeddedDatabase.open(folder)).rejects.toBeInstanceOf(DataFolderInUseError);
      await first.executor().exec("CREATE TABLE kept (text text); INSERT INTO kept VALUES ('history')");
      await first.close();
      const second = await EmbeddedDatabase.open(folder);
      expect((await second.executor().query('SELECT text FROM kept')).rows).toEqual([{ text: 'history' }]);
      await second.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses a folder of another PostgreSQL major version, saying so, and gives the folder back', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mutualis-embedded-'));
    try {
      writeFileSync(join(folder, 'PG_VERSION'), '17\n'); // as a PGlite of PostgreSQL 17 leaves it
      const refusal = EmbeddedDatabase.open(folder);
      await expect(refusal).rejects.toBeInstanceOf(DataFolderVersionError);
      await expect(refusal).rejects.toThrow(/holds a PostgreSQL 17 database/);
      rmSync(join(folder, 'PG_VERSION'));
      await (await EmbeddedDatabase.open(folder)).close(); // not left claimed
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
