import { Problem, ruleOf } from '../api/problem';
import { PROBLEM_MESSAGES, RULE_MESSAGES } from './rule-messages';
import { inFrench } from './validation-messages';

/** A message to show: the French sentence, and the article of the Code (or other text) that grounds it. */
export interface ShownRefusal {
  message: string;
  detail?: string;
  article?: string;
}

/** A refusal split between the fields of a form and the form as a whole. */
export interface FormRefusal {
  fields: Record<string, ShownRefusal[]>;
  form: ShownRefusal[];
}

/** Which field of a form each rule concerns (`deliberation-required` → `deliberation.adoptedOn`). */
export type RuleFields = Record<string, string>;

const PROBLEM_PREFIX = 'urn:mutualis:problem:';

/**
 * Spreads a problem over a form: each invalid field of a validation problem beside its field (by its path in the
 * body), a rule refusal beside the field the form says it concerns, anything else for the form as a whole. A field
 * path the form does not show (`fieldsShown`) falls back to the form, so that no refusal is lost.
 */
export function refusalOf(
  problem: Problem,
  ruleFields: RuleFields,
  fieldsShown: readonly string[],
): FormRefusal {
  const refusal: FormRefusal = { fields: {}, form: [] };
  const place = (field: string | undefined, shown: ShownRefusal) => {
    const target = field === undefined ? undefined : closestShownField(field, fieldsShown);
    if (target === undefined) refusal.form.push(shown);
    else (refusal.fields[target] ??= []).push(shown);
  };
  const rule = ruleOf(problem);
  if (rule !== null) {
    place(ruleFields[rule], {
      // The service's own words only when the console has none in French for the rule.
      message: RULE_MESSAGES[rule] ?? problem.detail ?? problem.title,
      ...(problem.legalReference ? { article: problem.legalReference } : {}),
    });
    return refusal;
  }
  if (problem.errors && problem.errors.length > 0) {
    for (const error of problem.errors) {
      place(error.field, { message: `Valeur refusée : ${inFrench(error.message)}.` });
    }
    return refusal;
  }
  const code = problem.type.startsWith(PROBLEM_PREFIX) ? problem.type.slice(PROBLEM_PREFIX.length) : '';
  refusal.form.push({
    message: PROBLEM_MESSAGES[code] ?? problem.title,
    ...(problem.detail ? { detail: problem.detail } : {}),
  });
  return refusal;
}

/** The field shown for a path: itself, or the closest parent shown (`lots.0.title` → `lots`). */
function closestShownField(path: string, fieldsShown: readonly string[]): string | undefined {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length--) {
    const candidate = parts.slice(0, length).join('.');
    if (fieldsShown.includes(candidate)) return candidate;
  }
  return undefined;
}

/** A refusal as one sentence, its article in parentheses (for a field's error text). */
export function sentenceOf(shown: ShownRefusal): string {
  const article = shown.article ? ` (${shown.article})` : '';
  const detail = shown.detail ? ` ${shown.detail}` : '';
  return `${shown.message}${article}${detail}`;
}
