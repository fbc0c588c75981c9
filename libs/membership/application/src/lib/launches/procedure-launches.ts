import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONTEXT_SQL, ContextRuntime } from '@mutualis/shared/api';
import { eventsTopic, TenderCreated, tenderContracts, TenderPublished } from '@mutualis/shared/contracts';
import { migrate, Migration, SqlExecutor } from '@mutualis/shared/event-store';
import { Consortia } from '../consortia';
import { MEMBERSHIP_SCHEMA } from '../membership.schema';

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'the beneficiaries each tender names, for the launch the tender service reports (M5)',
    sql: (s) =>
      `CREATE TABLE ${s}.tender_beneficiaries (tender_id uuid PRIMARY KEY, beneficiaries jsonb NOT NULL);`,
  },
];

/**
 * Process manager: when the tender service sends a consortium's notice, the consortium records the launch, so that
 * its composition is set (M3) and the procedure's beneficiaries — its mandating members, jointly liable for the
 * operations entrusted to the coordinator (M5) — are those the tender named at its creation (whose needs it
 * covers), not every member of that day. It keeps each tender's beneficiaries from `tender.TenderCreated` until the
 * notice; a tender created before this consumer kept them is launched for every member who signed before the launch.
 * Idempotent: the decider records a procedure's launch once, however often the event is delivered.
 */
@Injectable()
export class ProcedureLaunches implements OnModuleInit {
  constructor(
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Consortia) private readonly consortia: Consortia,
    @Inject(CONTEXT_SQL) private readonly sql: SqlExecutor,
  ) {}

  async onModuleInit(): Promise<void> {
    await migrate(this.sql, MEMBERSHIP_SCHEMA, MIGRATIONS, 'membership-procedure-launches');
    const table = `${MEMBERSHIP_SCHEMA}.tender_beneficiaries`;
    this.runtime.addConsumer({
      name: 'membership.procedure-launches',
      topics: [eventsTopic('tender')],
      contracts: tenderContracts,
      handles: ['tender.TenderCreated', 'tender.TenderPublished'],
      handle: async (event, tx) => {
        const tenderId = event.streamId.slice('tender-'.length);
        if (event.type === 'tender.TenderCreated') {
          const { beneficiaries } = event.data as TenderCreated;
          await tx.query(
            `INSERT INTO ${table} (tender_id, beneficiaries) VALUES ($1, $2) ON CONFLICT (tender_id) DO NOTHING`,
            [tenderId, JSON.stringify(beneficiaries)],
          );
          return;
        }
        const { noticeSentOn, object } = event.data as TenderPublished;
        const { rows } = await tx.query<{ beneficiaries: string[] }>(
          `SELECT beneficiaries FROM ${table} WHERE tender_id = $1`,
          [tenderId],
        );
        const named = rows[0]?.beneficiaries ?? [];
        await this.consortia.handleAsSystem(
          event.consortiumId,
          {
            type: 'RecordProcedureLaunch',
            procedureId: tenderId,
            launchedOn: noticeSentOn,
            object,
            ...(named.length > 0 ? { beneficiaries: named } : {}),
          },
          { correlationId: event.correlationId, causationId: event.id },
        );
      },
    });
  }
}
