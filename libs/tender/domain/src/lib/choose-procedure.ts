import { determineProcedure, ProcedureDecision, THRESHOLD_PERIODS } from '@mutualis/procurement-rules';
import {
  NegotiationGround,
  TenderCreated,
  TenderEvent,
  TenderProcedure,
  tenderRegime,
} from '@mutualis/shared/contracts';
import { ChooseProcedure } from './tender.commands';
import { refuse } from './tender-refusal';
import { TenderState } from './tender.state';

const FORMALISED: readonly TenderProcedure[] = ['open', 'restricted', 'negotiated', 'competitive-dialogue'];

/** The procedure the coordinator chooses, checked against what the value calls for on the planned launch (T2–T7). */
export function chooseProcedure(command: ChooseProcedure, state: TenderState): TenderEvent[] {
  const created = requireCreated(state);
  if (state.published)
    throw refuse('the procedure cannot change once the notice is sent', { rule: 'tender-published' });
  const decision = lawfulProcedure(
    created,
    command.procedure,
    command.negotiationGround,
    command.plannedLaunchOn,
  );
  return [
    {
      type: 'tender.ProcedureChosen',
      data: {
        procedure: command.procedure,
        negotiationGround: command.negotiationGround,
        required: decision.procedure,
        thresholdTable: decision.table,
      },
    },
  ];
}

/**
 * T2: a value at or above the EU threshold calls for a formalised procedure; T3: no publicity nor competition only
 * under the dispense thresholds; T7: a public authority negotiates (or holds a dialogue) only on an R2124-3 ground.
 * The thresholds are those in force on the launch date.
 */
export function lawfulProcedure(
  created: TenderCreated,
  procedure: TenderProcedure,
  negotiationGround: NegotiationGround | null,
  launchedOn: string,
): ProcedureDecision {
  if (launchedOn < THRESHOLD_PERIODS[0]!.from) {
    throw refuse(`no threshold table covers a launch on ${launchedOn}`, {
      rule: 'launch-date-out-of-range',
      values: { launchedOn, earliest: THRESHOLD_PERIODS[0]!.from },
    });
  }
  const decision = determineProcedure({
    estimatedCents: created.estimatedCents,
    nature: created.nature,
    buyer: created.buyer,
    launchedOn,
    innovative: created.innovative,
    specificServices: (created.specificServicesCategory ?? null) !== null,
  });
  const values = {
    estimatedCents: created.estimatedCents,
    thresholdCents: decision.thresholdCents,
    table: decision.table,
  };
  if (decision.procedure === 'formalised' && !FORMALISED.includes(procedure)) {
    throw refuse(
      `an estimated value of ${created.estimatedCents} cents reaches the EU threshold: a formalised procedure is required`,
      {
        rule: 'formalised-procedure-required',
        legalReference: 'L2124-1',
        values,
      },
    );
  }
  if (procedure === 'dispense' && decision.procedure !== 'dispense') {
    throw refuse(
      'a purchase without publicity nor competition is allowed only under the dispense thresholds',
      {
        rule: 'dispense-not-allowed',
        legalReference: 'R2122-8',
        values,
      },
    );
  }
  const negotiates = procedure === 'negotiated' || procedure === 'competitive-dialogue';
  if (negotiates && created.buyer !== 'utility' && negotiationGround === null) {
    throw refuse('a public authority negotiates or holds a dialogue only on one of the grounds of R2124-3', {
      rule: 'negotiation-ground-required',
      legalReference: 'R2124-3',
    });
  }
  return decision;
}

export function requireCreated(state: TenderState): TenderCreated {
  if (!state.created) throw refuse('no such tender', { rule: 'tender-not-created' });
  return state.created;
}

/** Whether the procedure runs under the rules of formalised procedures: chosen as such, or called for by the value. */
export function isFormalised(procedure: TenderProcedure, required: ProcedureDecision['procedure']): boolean {
  return tenderRegime(procedure, required) === 'formalised';
}
