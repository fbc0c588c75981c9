import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONTEXT_SQL, ProblemException } from '@mutualis/shared/api';
import { migrate, SqlExecutor } from '@mutualis/shared/event-store';
import {
  decpDocument,
  decpFactsFromLedger,
  DecpPending,
  decpPending,
  DecpPublication,
  decpProblems,
  decpRecord,
  publish,
  publishedRecord,
} from '@mutualis/audit/domain';
import { AUDIT_SCHEMA, AuditLedger } from '../ledger/audit-ledger';

const TABLE = `${AUDIT_SCHEMA}.decp_publications`;

/**
 * The DECP as published for each consortium: what was published once stays as it was (D1), later publications
 * append the modifications and records the ledger has since. A document is validated against the official schema
 * before anything of it is recorded.
 */
@Injectable()
export class DecpPublications implements OnModuleInit {
  constructor(
    @Inject(CONTEXT_SQL) private readonly sql: SqlExecutor,
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
  ) {}

  async onModuleInit(): Promise<void> {
    await migrate(
      this.sql,
      AUDIT_SCHEMA,
      [
        {
          version: 1,
          name: 'the essential data as published, per contract',
          sql: (s) => `
            CREATE TABLE ${s}.decp_publications (
              contract_id text PRIMARY KEY,
              consortium_id text NOT NULL,
              record jsonb NOT NULL,
              modifications jsonb NOT NULL
            );
            CREATE INDEX decp_publications_consortium ON ${s}.decp_publications (consortium_id, contract_id);`,
        },
        {
          version: 2,
          name: 'the actes de sous-traitance as published, appended like the modifications',
          sql: (s) =>
            `ALTER TABLE ${s}.decp_publications ADD COLUMN actes jsonb NOT NULL DEFAULT '[]'::jsonb;`,
        },
      ],
      'audit-decp',
    );
  }

  /** Publishes today what the ledger holds beyond what was published; returns the whole document as published. */
  async publish(consortiumId: string, today: string) {
    const previous = await this.publishedByContract(consortiumId);
    const updated = (await this.currentRecords(consortiumId, today)).map(({ contractId, record }) =>
      publish(contractId, previous.get(contractId) ?? null, record, today),
    );
    const all = new Map(previous);
    for (const publication of updated) all.set(publication.contractId, publication);
    const document = this.validated([...all.values()]);
    await this.sql.transaction(async (tx) => {
      for (const { contractId, record, modifications, actes = [] } of updated) {
        await tx.query(
          `INSERT INTO ${TABLE} (contract_id, consortium_id, record, modifications, actes) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (contract_id) DO UPDATE SET modifications = EXCLUDED.modifications, actes = EXCLUDED.actes`,
          [
            contractId,
            consortiumId,
            JSON.stringify(record),
            JSON.stringify(modifications),
            JSON.stringify(actes),
          ],
        );
      }
    });
    return document;
  }

  /** What is notified and not yet published on `today`, with its deadline (D1). */
  async pending(consortiumId: string, today: string): Promise<DecpPending[]> {
    return decpPending(
      await this.currentRecords(consortiumId, today),
      await this.publishedByContract(consortiumId),
      today,
    );
  }

  /** What the compliance calendar needs of the DECP (D1): the records as published, and what is still to publish. */
  async calendarFacts(
    consortiumId: string,
    today: string,
  ): Promise<{ published: DecpPublication[]; pending: DecpPending[] }> {
    const published = await this.publications(consortiumId);
    const byContract = new Map(published.map((one) => [one.contractId, one]));
    const pending = decpPending(await this.currentRecords(consortiumId, today), byContract, today);
    return { published, pending };
  }

  /** Each due contract's record as the ledger has it now, as if published `today`. */
  private async currentRecords(consortiumId: string, today: string) {
    const events = await this.ledger.currentEvents(consortiumId);
    return decpFactsFromLedger(events, today).map((facts) => ({
      contractId: facts.opened.contractId,
      record: decpRecord(facts),
    }));
  }

  private async publishedByContract(consortiumId: string): Promise<Map<string, DecpPublication>> {
    return new Map((await this.publications(consortiumId)).map((one) => [one.contractId, one]));
  }

  /** The consortium's DECP as published so far. */
  async published(consortiumId: string) {
    return this.validated(await this.publications(consortiumId));
  }

  private async publications(consortiumId: string): Promise<DecpPublication[]> {
    const { rows } = await this.sql.query<{
      contract_id: string;
      record: DecpPublication['record'];
      modifications: DecpPublication['modifications'];
      actes: NonNullable<DecpPublication['actes']>;
    }>(
      `SELECT contract_id, record, modifications, actes FROM ${TABLE} WHERE consortium_id = $1 ORDER BY contract_id`,
      [consortiumId],
    );
    return rows.map((row) => ({
      contractId: row.contract_id,
      record: row.record,
      modifications: row.modifications,
      actes: row.actes,
    }));
  }

  private validated(publications: DecpPublication[]) {
    const document = decpDocument(publications.map(publishedRecord));
    const problems = decpProblems(document);
    if (problems.length > 0) {
      throw new ProblemException(
        'unprocessable',
        'The essential data do not validate against the DECP schema.',
        {
          rule: 'decp-invalid',
          problems,
        },
      );
    }
    return document;
  }
}
