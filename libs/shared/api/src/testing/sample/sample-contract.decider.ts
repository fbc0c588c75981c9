import { Decider, DomainEvent } from '@mutualis/shared/event-sourcing';

/**
 * The sample domain of the platform's tests: a contract registered by a consortium's coordinator, then amended by
 * de minimis modifications (modifications de faible montant), refused once they reach 10% of the initial amount
 * for supplies and services, 15% for works (CCP R2194-8, cumulated per R2194-9). A sample: the EU-threshold half
 * of R2194-8 is left out, and the real rule belongs to procurement-rules.
 */
export type Nature = 'supplies-services' | 'works';
export const NATURES: readonly Nature[] = ['supplies-services', 'works'];

export type SampleContractCommand =
  | {
      type: 'RegisterContract';
      consortiumId: string;
      title: string;
      nature: Nature;
      initialAmountCents: number;
    }
  | { type: 'AmendDeMinimis'; amountCents: number; reason: string };

export type SampleContractEvent =
  | DomainEvent<
      'sample.ContractRegistered',
      { consortiumId: string; title: string; nature: Nature; initialAmountCents: number }
    >
  | DomainEvent<'sample.DeMinimisAmendmentRecorded', { amountCents: number; reason: string }>;

export interface SampleContractState {
  registered: boolean;
  consortiumId: string;
  title: string;
  nature: Nature;
  initialAmountCents: number;
  deMinimisCents: number;
  amendments: number;
}

const CAP_PERCENT: Record<Nature, number> = { 'supplies-services': 10, works: 15 };

export class ContractAlreadyRegisteredError extends Error {
  readonly refusal = { rule: 'contract-already-registered' };

  constructor() {
    super('this contract is already registered');
    this.name = 'ContractAlreadyRegisteredError';
  }
}

export class ContractNotRegisteredError extends Error {
  readonly refusal = { rule: 'contract-not-registered' };

  constructor() {
    super('this contract is not registered: it cannot be amended');
    this.name = 'ContractNotRegisteredError';
  }
}

export class DeMinimisCapExceededError extends Error {
  readonly refusal: { rule: string; legalReference: string; values: Record<string, unknown> };

  constructor(values: {
    initialAmountCents: number;
    previousAmendmentsCents: number;
    requestedCents: number;
    capPercent: number;
  }) {
    super(
      `de minimis amendments would reach ${values.capPercent}% of the initial amount ` +
        '(R2194-8, cumulated per R2194-9): use another ground of modification',
    );
    this.name = 'DeMinimisCapExceededError';
    this.refusal = { rule: 'de-minimis-cap-exceeded', legalReference: 'R2194-8', values };
  }
}

export const sampleContractDecider: Decider<SampleContractCommand, SampleContractEvent, SampleContractState> =
  {
    initialState: {
      registered: false,
      consortiumId: '',
      title: '',
      nature: 'supplies-services',
      initialAmountCents: 0,
      deMinimisCents: 0,
      amendments: 0,
    },
    decide(command, state) {
      switch (command.type) {
        case 'RegisterContract': {
          if (state.registered) throw new ContractAlreadyRegisteredError();
          const { consortiumId, title, nature, initialAmountCents } = command;
          return [
            { type: 'sample.ContractRegistered', data: { consortiumId, title, nature, initialAmountCents } },
          ];
        }
        case 'AmendDeMinimis': {
          if (!state.registered) throw new ContractNotRegisteredError();
          const capPercent = CAP_PERCENT[state.nature];
          // Integer arithmetic on cents: no rounding decides whether the cap is reached.
          if ((state.deMinimisCents + command.amountCents) * 100 >= state.initialAmountCents * capPercent) {
            throw new DeMinimisCapExceededError({
              initialAmountCents: state.initialAmountCents,
              previousAmendmentsCents: state.deMinimisCents,
              requestedCents: command.amountCents,
              capPercent,
            });
          }
          return [
            {
              type: 'sample.DeMinimisAmendmentRecorded',
              data: { amountCents: command.amountCents, reason: command.reason },
            },
          ];
        }
      }
    },
    evolve(state, event) {
      switch (event.type) {
        case 'sample.ContractRegistered':
          return { ...state, registered: true, ...event.data };
        case 'sample.DeMinimisAmendmentRecorded':
          return {
            ...state,
            deMinimisCents: state.deMinimisCents + event.data.amountCents,
            amendments: state.amendments + 1,
          };
      }
    },
  };
