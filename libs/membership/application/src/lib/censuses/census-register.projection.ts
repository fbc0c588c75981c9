import { EntityManager } from 'typeorm';
import { EventEnvelope, MembershipEventData } from '@mutualis/shared/contracts';
import { Projection } from '@mutualis/shared/messaging';

const dataOf = <Type extends keyof MembershipEventData>(event: EventEnvelope, _type: Type) =>
  event.data as MembershipEventData[Type];
const streamCensusId = (event: EventEnvelope) => event.streamId.slice('census-'.length);

/**
 * The register of each groupement's recensements des besoins: what each census asks (object, CPV code, lots), when
 * it opened, which authorities answered, and at closing its date and total estimated value (T1), so that a
 * coordinator, a member or an auditor lists a groupement's censuses without loading each one's stream.
 * Its tables are created with its schema when the service first starts with it, then filled from the whole store.
 */
export const censusRegister: Projection = {
  name: 'census_register',
  async createTables(manager: EntityManager) {
    await manager.query(`
      CREATE TABLE censuses (
        census_id uuid PRIMARY KEY,
        consortium_id uuid NOT NULL,
        object text NOT NULL,
        cpv_code text NOT NULL,
        lots jsonb NOT NULL,
        opened_on date NOT NULL,
        opened_position bigint NOT NULL,
        closed_on date,
        total_cents bigint
      );
      CREATE INDEX censuses_newest ON censuses (consortium_id, opened_on DESC, opened_position DESC);
      CREATE TABLE census_answers (
        census_id uuid NOT NULL,
        member_siret text NOT NULL,
        PRIMARY KEY (census_id, member_siret)
      );`);
  },
  handlers: {
    'membership.CensusOpened': async (event, manager) => {
      const data = dataOf(event, 'membership.CensusOpened');
      await manager.query(
        `INSERT INTO censuses (census_id, consortium_id, object, cpv_code, lots, opened_on, opened_position)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          data.censusId,
          data.consortiumId,
          data.object,
          data.cpvCode,
          JSON.stringify(data.lots.map(({ number, title }) => ({ number, title }))),
          data.openedOn,
          event.globalPosition,
        ],
      );
    },
    // A new statement replaces the member's previous one: the member is counted once.
    'membership.NeedsSubmitted': async (event, manager) => {
      const data = dataOf(event, 'membership.NeedsSubmitted');
      await manager.query(
        `INSERT INTO census_answers (census_id, member_siret) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [streamCensusId(event), data.memberSiret],
      );
    },
    'membership.CensusClosed': async (event, manager) => {
      const data = dataOf(event, 'membership.CensusClosed');
      await manager.query('UPDATE censuses SET closed_on = $2, total_cents = $3 WHERE census_id = $1', [
        streamCensusId(event),
        data.closedOn,
        data.totalCents,
      ]);
    },
  },
};
