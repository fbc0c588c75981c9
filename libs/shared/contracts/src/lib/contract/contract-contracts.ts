import { EventContracts } from '../event-contracts';
import { schemaContract } from '../schema-contract';
import {
  cents,
  date,
  list,
  lotNumber,
  nullable,
  object,
  oneOf,
  optional,
  siret,
  textUpTo,
  uuid,
} from '../schema-parts';
import { TENDER_PROCEDURES } from '../tender/tender-events';
import {
  AMENDMENT_GROUNDS,
  CONTRACT_CCAGS,
  PAYING_BUYERS,
  PRICE_FORMS,
  PRICE_TYPES,
  SUBCONTRACT_PRICE_VARIATIONS,
  TERMINATION_GROUNDS,
} from './contract-events';

const text = textUpTo(4000);

const months = { type: 'integer', minimum: 1, maximum: 600 } as const;
const days = { type: 'integer', minimum: 0, maximum: 100_000 } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;
const signedCents = {
  type: 'integer',
  minimum: -Number.MAX_SAFE_INTEGER,
  maximum: Number.MAX_SAFE_INTEGER,
} as const;

const renewalTerms = object({
  count: { type: 'integer', minimum: 1, maximum: 20 },
  monthsEach: months,
  tacit: { type: 'boolean' },
});

const contracts = [
  // Version 2 adds the reconductions the tender announced, optional: a version 1 payload, opened before tenders
  // announced them, means what it meant (the notification's reconductions stand), so no upcaster is needed.
  schemaContract(
    'contract.ContractOpened',
    2,
    optional(
      object({
        contractId: uuid,
        consortiumId: uuid,
        tenderId: uuid,
        lot: lotNumber,
        object: text,
        cpvCode: { type: 'string', pattern: '^[0-9]{8}-[0-9]$' },
        nature: oneOf(['supplies', 'services', 'works']),
        buyer: oneOf(['sub-central', 'central', 'utility']),
        procedure: oneOf(TENDER_PROCEDURES),
        formalised: { type: 'boolean' },
        launchedOn: date,
        thresholdTable: date,
        kind: oneOf(['contract', 'framework-agreement']),
        holderSiret: siret,
        amountCents: { ...cents, minimum: 1 },
        signedOn: date,
        beneficiaries: list(siret),
        durationMonths: nullable(months),
        openedFrom: uuid,
        tenderedRenewals: nullable(renewalTerms),
      }),
      'tenderedRenewals',
    ),
  ),
  schemaContract(
    'contract.ContractNotified',
    1,
    object({
      notifiedOn: date,
      durationMonths: months,
      endsOn: date,
      renewals: nullable(
        object({
          count: { type: 'integer', minimum: 1, maximum: 20 },
          monthsEach: months,
          tacit: { type: 'boolean' },
        }),
      ),
      priceForm: oneOf(PRICE_FORMS),
      priceType: oneOf(PRICE_TYPES),
      ccag: oneOf(CONTRACT_CCAGS),
      penaltyDerogation: { type: 'boolean' },
      amountCentsTTC: cents,
      payingBuyer: oneOf(PAYING_BUYERS),
      holderSme: { type: 'boolean' },
      buyerSpendingOver60M: { type: 'boolean' },
      advance: object({
        required: { type: 'boolean' },
        minimumRatePercent: percent,
        ratePercent: percent,
        waived: { type: 'boolean' },
        amountCents: cents,
      }),
      retentionPercent: percent,
    }),
  ),
  schemaContract(
    'contract.OrderPlaced',
    1,
    object({
      orderId: uuid,
      memberSiret: siret,
      placedOn: date,
      amountCents: { ...cents, minimum: 1 },
      description: text,
      orderedTotalCents: cents,
    }),
  ),
  schemaContract(
    'contract.AmendmentSigned',
    1,
    object({
      amendmentId: uuid,
      ground: oneOf(AMENDMENT_GROUNDS),
      signedOn: date,
      amountCents: signedCents,
      description: text,
      extensionMonths: { type: 'integer', minimum: 0, maximum: 600 },
      amountAfterCents: cents,
      endsOn: date,
      joueNoticeRequired: { type: 'boolean' },
      newHolderSiret: nullable(siret),
    }),
  ),
  schemaContract('contract.AmendmentNotified', 1, object({ amendmentId: uuid, notifiedOn: date })),
  schemaContract(
    'contract.InvoiceReceived',
    1,
    object({
      invoiceId: uuid,
      receivedOn: date,
      amountCents: { ...cents, minimum: 1 },
      amountCentsTTC: { ...cents, minimum: 1 },
      orderId: nullable(uuid),
      subcontractorSiret: nullable(siret),
      dueOn: date,
    }),
  ),
  schemaContract(
    'contract.PaymentPeriodInterrupted',
    1,
    object({ invoiceId: uuid, interruptedOn: date, reason: text, remainingDays: days }),
  ),
  schemaContract(
    'contract.PaymentPeriodResumed',
    1,
    object({ invoiceId: uuid, completedOn: date, dueOn: date }),
  ),
  schemaContract(
    'contract.InvoicePaid',
    1,
    object({
      invoiceId: uuid,
      paidOn: date,
      daysLate: days,
      rateBasisPoints: { type: 'integer', minimum: 0, maximum: 100_000 },
      interestCents: cents,
      indemnityCents: cents,
      retainedCents: cents,
    }),
  ),
  schemaContract(
    'contract.VigilanceAttestationRequested',
    1,
    object({
      requestedOn: date,
      holderSiret: siret,
      invoiceId: uuid,
      reasons: list(textUpTo(200)),
      legalReference: textUpTo(200),
    }),
  ),
  schemaContract(
    'contract.SubcontractorAccepted',
    2,
    // Version 2 adds what the DECP's acte de sous-traitance needs, absent from version 1 actes: no upcaster.
    optional(
      object({
        subcontractorSiret: siret,
        acceptedOn: date,
        subcontractCentsTTC: { ...cents, minimum: 1 },
        directPayment: { type: 'boolean' },
        subcontractCentsHT: { ...cents, minimum: 1 },
        durationMonths: months,
        priceVariation: oneOf(SUBCONTRACT_PRICE_VARIATIONS),
      }),
      'subcontractCentsHT',
      'durationMonths',
      'priceVariation',
    ),
  ),
  schemaContract(
    'contract.PenaltyObservationsInvited',
    1,
    object({
      penaltyId: uuid,
      invitedOn: date,
      daysLate: { ...days, minimum: 1 },
      valueCents: cents,
      penaltyCents: cents,
      reason: text,
    }),
  ),
  schemaContract(
    'contract.OrderPenaltyObservationsInvited',
    1,
    object({
      penaltyId: uuid,
      orderId: uuid,
      invitedOn: date,
      daysLate: { ...days, minimum: 1 },
      valueCents: cents,
      penaltyCents: cents,
      reason: text,
    }),
  ),
  schemaContract(
    'contract.PenaltyApplied',
    1,
    object({ penaltyId: uuid, appliedOn: date, penaltyCents: cents, totalDueCents: cents }),
  ),
  schemaContract(
    'contract.ContractRenewed',
    1,
    object({ renewal: { type: 'integer', minimum: 1, maximum: 20 }, renewedOn: date, endsOn: date }),
  ),
  schemaContract('contract.ContractSuspended', 1, object({ suspendedOn: date, reason: text })),
  schemaContract('contract.ContractResumed', 1, object({ resumedOn: date })),
  schemaContract(
    'contract.ContractTerminated',
    1,
    object({ terminatedOn: date, ground: oneOf(TERMINATION_GROUNDS), reason: text }),
  ),
  schemaContract(
    'contract.ContractEnded',
    1,
    object({ endedOn: date, reason: oneOf(['term-reached', 'maximum-reached']) }),
  ),
  schemaContract(
    'contract.RenewalDeclined',
    1,
    object({
      renewal: { type: 'integer', minimum: 1, maximum: 20 },
      declinedOn: date,
      endsOn: date,
      reason: text,
    }),
  ),
  schemaContract(
    'contract.ModificationNoticePublished',
    1,
    object({
      amendmentId: uuid,
      publishedOn: date,
      reference: { type: 'string', minLength: 1, maxLength: 200 },
    }),
  ),
];

/** Every event type contract execution publishes, at its current schema version. */
export const contractContracts = new EventContracts(contracts);

const versions = new Map(contracts.map((contract) => [contract.type, contract.schemaVersion]));

/** The schema version a contract event is written with: its contract's current one. */
export const contractSchemaVersion = (type: string): number => versions.get(type) ?? 1;
