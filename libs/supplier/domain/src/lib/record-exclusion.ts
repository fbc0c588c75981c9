import { addYears, exclusionGround } from '@mutualis/procurement-rules';
import { SupplierEvent } from '@mutualis/shared/contracts';
import { requireDate } from './file-document';
import { requireRegistered } from './register-supplier';
import { LiftExclusion, RecordExclusion } from './supplier.commands';
import { refuse } from './supplier-refusal';
import { activeExclusions, SupplierState } from './supplier.state';

/**
 * Records an exclusion on one of the grounds of L2141-1 to L2141-11 (S3). Its end is computed from the ground: an
 * L2141-1 conviction excludes for 5 years from the conviction unless the court fixed another end; grounds that
 * last until the situation is regularised have no end until lifted.
 */
export function recordExclusion(command: RecordExclusion, state: SupplierState): SupplierEvent[] {
  requireRegistered(state);
  const { exclusionId, decidedOn, fixedEndsOn, reference, description, today } = command;
  const ground = exclusionGround(command.ground);
  if (!ground) {
    throw refuse(`${command.ground} is not a ground of exclusion (L2141-1 to L2141-11)`, {
      rule: 'unknown-exclusion-ground',
      legalReference: 'L2141-1',
      values: { ground: command.ground },
    });
  }
  if (state.exclusions[exclusionId]) {
    throw refuse(`the exclusion ${exclusionId} is already recorded`, { rule: 'exclusion-already-recorded' });
  }
  requireDate('decidedOn', decidedOn);
  if (fixedEndsOn !== undefined) requireDate('fixedEndsOn', fixedEndsOn);
  if (decidedOn > today) {
    throw refuse(`an exclusion cannot run from a future date (${decidedOn})`, {
      rule: 'exclusion-decided-in-future',
      values: { decidedOn, today },
    });
  }
  if (fixedEndsOn !== undefined && fixedEndsOn <= decidedOn) {
    throw refuse(`the exclusion would end (${fixedEndsOn}) before it starts (${decidedOn})`, {
      rule: 'exclusion-ends-before-start',
      values: { decidedOn, fixedEndsOn },
    });
  }
  const endsOn =
    ground.duration.kind === 'years' && fixedEndsOn === undefined
      ? addYears(decidedOn, ground.duration.years)
      : (fixedEndsOn ?? null);
  if (endsOn !== null && endsOn <= today) {
    throw refuse(`an exclusion under ${ground.article} decided on ${decidedOn} ended on ${endsOn}`, {
      rule: 'exclusion-period-over',
      legalReference: ground.article,
      values: { decidedOn, endsOn, today },
    });
  }
  return [
    {
      type: 'supplier.ExclusionRecorded',
      data: {
        exclusionId,
        ground: ground.article,
        basis: ground.basis,
        decidedOn,
        endsOn,
        reference,
        description,
      },
    },
  ];
}

/** Lifts an exclusion before its end (self-cleaning, regularisation, a decision quashed): only with a reason. */
export function liftExclusion(command: LiftExclusion, state: SupplierState): SupplierEvent[] {
  requireRegistered(state);
  const { exclusionId, today } = command;
  const reason = command.reason.trim();
  if (!activeExclusions(state).some((exclusion) => exclusion.exclusionId === exclusionId)) {
    throw refuse(`no exclusion ${exclusionId} is in force for this supplier`, {
      rule: 'exclusion-not-in-force',
      values: { exclusionId },
    });
  }
  if (reason.length === 0) {
    throw refuse('lifting an exclusion before its end requires the reason to be recorded', {
      rule: 'lift-reason-required',
      legalReference: state.exclusions[exclusionId]!.ground,
    });
  }
  return [{ type: 'supplier.ExclusionLifted', data: { exclusionId, liftedOn: today, reason } }];
}
