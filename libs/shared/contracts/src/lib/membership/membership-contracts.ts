import { SchemaObject } from 'ajv';
import { EventContracts } from '../event-contracts';
import { schemaContract } from '../schema-contract';
import { cents, date, list, lotNumber, nullable, object, siret, textUpTo, uuid } from '../schema-parts';
import {
  AUTHORITY_KINDS,
  CONSORTIUM_KINDS,
  COST_SHARING_RULES,
  ENTRUSTED_OPERATIONS,
} from './membership-events';

const text = textUpTo(1000);
const count = { type: 'integer', minimum: 0, maximum: 1_000_000 } as const;
const population = { type: 'integer', minimum: 0, maximum: 100_000_000 } as const;

const entrustedOperations: SchemaObject = {
  type: 'array',
  items: { type: 'string', enum: [...ENTRUSTED_OPERATIONS] },
  uniqueItems: true,
  maxItems: ENTRUSTED_OPERATIONS.length,
};
const deliberation = object({ number: text, adoptedOn: date, body: text });

const authority = object({
  siret,
  siren: { type: 'string', pattern: '^[0-9]{9}$' },
  name: text,
  kind: { type: 'string', enum: [...AUTHORITY_KINDS] },
  inseeCode: nullable({ type: 'string', pattern: '^[0-9][0-9AB][0-9]{3}$' }),
  population: nullable(population),
});

const convention = object({
  reference: text,
  signedOn: date,
  effectiveOn: date,
  adhesionClause: { type: 'boolean' },
  exitClause: object({ allowed: { type: 'boolean' }, noticeDays: count, financialConsequencesBorneBy: text }),
  costSharing: object({
    rule: { type: 'string', enum: [...COST_SHARING_RULES] },
    brackets: list(
      object({
        upToPopulation: nullable(population),
        weight: { type: 'integer', minimum: 1, maximum: 1000 },
      }),
      50,
    ),
  }),
  cao: { type: 'string', enum: ['dedicated', 'coordinator'] },
  entrustedOperations,
});

const representative = object({
  siret,
  personId: uuid,
  sealed: { type: 'string', minLength: 1, maxLength: 4000 },
});
const needs = list(object({ lot: lotNumber, annualCents: cents, optionsAnnualCents: cents }), 1000);

/** Every event type consortium membership publishes, at its current schema version. */
export const membershipContracts = new EventContracts([
  schemaContract(
    'membership.ConsortiumFormed',
    1,
    object({
      consortiumId: uuid,
      kind: { type: 'string', enum: [...CONSORTIUM_KINDS] },
      name: text,
      coordinator: authority,
      convention,
      coordinatorDeliberation: nullable(deliberation),
    }),
  ),
  schemaContract('membership.MembershipApplied', 1, object({ authority, appliedOn: date })),
  schemaContract(
    'membership.DeliberationRecorded',
    1,
    object({ siret, number: text, adoptedOn: date, body: text }),
  ),
  schemaContract(
    'membership.AdhesionAccepted',
    1,
    object({ siret, acceptedOn: date, deliberationNumber: nullable(text) }),
  ),
  schemaContract(
    'membership.WithdrawalRecorded',
    1,
    object({ siret, requestedOn: date, effectiveOn: date, financialConsequencesBorneBy: text }),
  ),
  schemaContract(
    'membership.ProcedureLaunched',
    1,
    object({
      procedureId: uuid,
      launchedOn: date,
      object: text,
      beneficiaries: list(siret),
      entrustedOperations,
    }),
  ),
  schemaContract(
    'membership.CaoComposed',
    1,
    object({
      composedOn: date,
      composition: { type: 'string', enum: ['dedicated', 'coordinator'] },
      chair: representative,
      members: list(representative, 2000),
    }),
  ),
  schemaContract('membership.PersonErased', 1, object({ personId: uuid, erasedOn: date })),
  schemaContract(
    'membership.CensusOpened',
    1,
    object({
      censusId: uuid,
      consortiumId: uuid,
      object: text,
      cpvCode: { type: 'string', pattern: '^[0-9]{8}-[0-9]$' },
      lots: { ...list(object({ number: lotNumber, title: text }), 1000), minItems: 1 },
      duration: object({ initialMonths: { ...count, minimum: 1 }, renewals: count, monthsPerRenewal: count }),
      options: { type: 'string', maxLength: 2000 },
      openedOn: date,
    }),
  ),
  schemaContract('membership.NeedsSubmitted', 1, object({ memberSiret: siret, submittedOn: date, needs })),
  schemaContract(
    'membership.CensusClosed',
    1,
    object({
      closedOn: date,
      wholeDurationMonths: count,
      perLot: list(object({ lot: lotNumber, cents, members: count }), 1000),
      totalCents: cents,
      beneficiaries: list(siret),
    }),
  ),
]);
