import { EntityManager } from 'typeorm';
import { locateInseeCode } from '@mutualis/procurement-rules';
import { Authority, EventEnvelope, MembershipEventData } from '@mutualis/shared/contracts';
import { Projection } from '@mutualis/shared/messaging';

const dataOf = <Type extends keyof MembershipEventData>(event: EventEnvelope, _type: Type) =>
  event.data as MembershipEventData[Type];
const streamConsortiumId = (event: EventEnvelope) => event.streamId.slice('consortium-'.length);

/** Where an authority stands in the directory, from the last act recorded about it. */
export type DirectoryStanding = 'applicant' | 'member' | 'withdrawn';

async function addAuthority(
  manager: EntityManager,
  consortiumId: string,
  authority: Authority,
  standing: DirectoryStanding,
) {
  await manager.query(
    `INSERT INTO authorities (consortium_id, siret, siren, name, kind, region, standing)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (consortium_id, siret) DO UPDATE SET standing = EXCLUDED.standing`,
    [
      consortiumId,
      authority.siret,
      authority.siren,
      authority.name,
      authority.kind,
      authority.inseeCode ? (locateInseeCode(authority.inseeCode)?.region ?? null) : null,
      standing,
    ],
  );
}

const setStanding =
  (standing: DirectoryStanding) =>
  async (event: EventEnvelope, manager: EntityManager): Promise<void> => {
    const { siret } = event.data as { siret: string };
    await manager.query('UPDATE authorities SET standing = $3 WHERE consortium_id = $1 AND siret = $2', [
      streamConsortiumId(event),
      siret,
      standing,
    ]);
  };

/**
 * The directory of groupements and centrales d'achat: each consortium with its coordinator and the authorities it
 * knows (with their région, from the commune's INSEE code), so that a platform administrator, a coordinator or a
 * member finds the consortia they may see by name, kind, SIREN/SIRET or région.
 */
export const consortiumDirectory: Projection = {
  name: 'consortium_directory',
  async createTables(manager: EntityManager) {
    await manager.query(`
      CREATE TABLE consortia (
        consortium_id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        coordinator_siret text NOT NULL,
        coordinator_name text NOT NULL,
        effective_on date NOT NULL,
        formed_at timestamptz NOT NULL
      );
      CREATE INDEX consortia_name ON consortia (lower(name), consortium_id);
      CREATE TABLE authorities (
        consortium_id uuid NOT NULL,
        siret text NOT NULL,
        siren text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        region text,
        standing text NOT NULL,
        PRIMARY KEY (consortium_id, siret)
      );
      CREATE INDEX authorities_siret ON authorities (siret);
      CREATE INDEX authorities_siren ON authorities (siren);
      CREATE INDEX authorities_region ON authorities (region, consortium_id);`);
  },
  handlers: {
    'membership.ConsortiumFormed': async (event, manager) => {
      const data = dataOf(event, 'membership.ConsortiumFormed');
      await manager.query(
        `INSERT INTO consortia (consortium_id, name, kind, coordinator_siret, coordinator_name, effective_on, formed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          data.consortiumId,
          data.name,
          data.kind,
          data.coordinator.siret,
          data.coordinator.name,
          data.convention.effectiveOn,
          event.recordedAt,
        ],
      );
      await addAuthority(manager, data.consortiumId, data.coordinator, 'member');
    },
    'membership.MembershipApplied': async (event, manager) => {
      const data = dataOf(event, 'membership.MembershipApplied');
      await addAuthority(manager, streamConsortiumId(event), data.authority, 'applicant');
    },
    'membership.AdhesionAccepted': setStanding('member'),
    'membership.WithdrawalRecorded': setStanding('withdrawn'),
  },
};
