/**
 * What a rule of the tender lifecycle reports when the facts break it. The shape is the `RuleRefusal` that the API
 * answers with a 422 problem, plus the message, so a service can throw it as it is; callers branch on `rule`, never
 * on `message`.
 */
export interface RuleBreach {
  /** Stable kebab-case code of the rule, e.g. `deadline-too-short`. */
  rule: string;
  /** Article of the Code de la commande publique, e.g. `R2161-2`. */
  legalReference: string;
  /** For people; English, with the amounts and dates that matter. */
  message: string;
  /** The values that broke the rule and the limit they broke (cents, days, dates, the threshold table in force). */
  values: Record<string, unknown>;
}
