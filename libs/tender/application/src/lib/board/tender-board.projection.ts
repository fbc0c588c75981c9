import { EntityManager } from 'typeorm';
import { EventEnvelope, TenderEventData } from '@mutualis/shared/contracts';
import { Projection } from '@mutualis/shared/messaging';

const dataOf = <Type extends keyof TenderEventData>(event: EventEnvelope, _type: Type) =>
  event.data as TenderEventData[Type];
const tenderIdOf = (event: EventEnvelope) => event.streamId.slice('tender-'.length);
const update = (manager: EntityManager, event: EventEnvelope, set: string, values: unknown[] = []) =>
  manager.query(`UPDATE tenders SET ${set} WHERE tender_id = $1`, [tenderIdOf(event), ...values]);

/**
 * The tender board: each consortium's consultations with their stage, dates and lots decided, for the coordinator,
 * the members and the auditors. Only what the notice makes public, and counts: nothing of the bids.
 */
export const tenderBoard: Projection = {
  name: 'tender_board',
  async createTables(manager: EntityManager) {
    await manager.query(`
      CREATE TABLE tenders (
        tender_id uuid PRIMARY KEY,
        consortium_id uuid NOT NULL,
        object text NOT NULL,
        cpv_code text NOT NULL,
        nature text NOT NULL,
        estimated_cents bigint NOT NULL,
        lots integer NOT NULL,
        framework boolean NOT NULL,
        procedure text,
        stage text NOT NULL,
        notice_sent_on date,
        deadline_at timestamptz,
        opened_at timestamptz,
        lots_signed integer NOT NULL DEFAULT 0,
        lots_closed integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX tenders_consortium ON tenders (consortium_id, created_at);`);
  },
  handlers: {
    'tender.TenderCreated': async (event, manager) => {
      const data = dataOf(event, 'tender.TenderCreated');
      await manager.query(
        `INSERT INTO tenders (tender_id, consortium_id, object, cpv_code, nature, estimated_cents, lots, framework,
           stage, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9)`,
        [
          data.tenderId,
          data.consortiumId,
          data.object,
          data.cpvCode,
          data.nature,
          data.estimatedCents,
          data.lots.length,
          data.framework !== null,
          event.recordedAt,
        ],
      );
    },
    'tender.ProcedureChosen': (event, manager) =>
      update(manager, event, 'procedure = $2', [dataOf(event, 'tender.ProcedureChosen').procedure]),
    'tender.TenderPublished': (event, manager) => {
      const { noticeSentOn, deadlineAt } = dataOf(event, 'tender.TenderPublished');
      return update(manager, event, `stage = 'published', notice_sent_on = $2, deadline_at = $3`, [
        noticeSentOn,
        deadlineAt,
      ]);
    },
    'tender.DeadlineExtended': (event, manager) =>
      update(manager, event, 'deadline_at = $2', [dataOf(event, 'tender.DeadlineExtended').deadlineAt]),
    'tender.BidsOpened': (event, manager) =>
      update(manager, event, `stage = 'opened', opened_at = $2`, [
        dataOf(event, 'tender.BidsOpened').openedAt,
      ]),
    'tender.ContractSigned': (event, manager) => update(manager, event, decided('lots_signed')),
    'tender.LotClosedWithoutAward': (event, manager) => update(manager, event, decided('lots_closed')),
  },
};

/** One more lot signed or closed; the tender is decided when every lot is. */
function decided(column: 'lots_signed' | 'lots_closed'): string {
  return `${column} = ${column} + 1,
    stage = CASE WHEN lots_signed + lots_closed + 1 = lots THEN 'decided' ELSE stage END`;
}
