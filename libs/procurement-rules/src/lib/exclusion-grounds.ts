/**
 * Grounds of exclusion from public procurement (CCP L2141-1 to L2141-11), rule S3. An exclusion "de plein droit"
 * binds every buyer; one "à l'appréciation" is decided on the facts. How long each lasts is data, so that a value
 * found wrong is corrected here with a comment, and events keep the end date computed when they were recorded.
 */
export type ExclusionDuration =
  /** A fixed number of years from the decision date, unless the court fixed another end. */
  | { kind: 'years'; years: number; courtMayFix: boolean }
  /** Until the situation is regularised and the exclusion lifted, or until the end the decision fixed. */
  | { kind: 'until-lifted' };

export interface ExclusionGround {
  article: string;
  basis: 'plein-droit' | 'appreciation';
  label: string;
  duration: ExclusionDuration;
}

const DISCRETIONARY_YEARS = 3; // UNCONFIRMED: directive 2014/24 art. 57(7) caps optional exclusions at 3 years from the facts.

export const EXCLUSION_GROUNDS: readonly ExclusionGround[] = [
  {
    article: 'L2141-1',
    basis: 'plein-droit',
    label:
      'condamnation définitive pour une infraction listée (corruption, fraude, blanchiment, terrorisme…)',
    duration: { kind: 'years', years: 5, courtMayFix: true },
  },
  {
    article: 'L2141-2',
    basis: 'plein-droit',
    label: 'obligations fiscales ou sociales non remplies',
    duration: { kind: 'until-lifted' },
  },
  {
    article: 'L2141-3',
    basis: 'plein-droit',
    label: 'liquidation judiciaire, faillite personnelle ou redressement judiciaire sans habilitation',
    duration: { kind: 'until-lifted' },
  },
  // L2141-4 and L2141-5: contents as summarised in domain-rules §7; durations UNCONFIRMED, so they last until lifted
  // or until the end the decision fixed.
  {
    article: 'L2141-4',
    basis: 'plein-droit',
    label: 'condamnation pour une infraction au code du travail',
    duration: { kind: 'until-lifted' },
  },
  {
    article: 'L2141-5',
    basis: 'plein-droit',
    label: 'interdiction de soumissionner prononcée par une décision',
    duration: { kind: 'until-lifted' },
  },
  // Exclusions à l'appréciation: the summary in domain-rules §7 lists their facts without tying each to its article
  // (UNCONFIRMED mapping below); all last at most DISCRETIONARY_YEARS from the facts.
  discretionary('L2141-7', 'manquements graves à un contrat antérieur (résiliation, dommages et intérêts)'),
  discretionary('L2141-7-1', 'manquement à l’obligation d’établir un plan de vigilance'),
  discretionary('L2141-8', 'influence indue sur la décision ou informations trompeuses'),
  discretionary('L2141-9', 'conflit d’intérêts'),
  discretionary('L2141-10', 'distorsion de concurrence (entente, participation à la préparation)'),
  discretionary('L2141-11', 'faute professionnelle grave ou fausse déclaration'),
];

/** The ground of an article, or undefined when the article is not a ground of exclusion. */
export function exclusionGround(article: string): ExclusionGround | undefined {
  return EXCLUSION_GROUNDS.find((ground) => ground.article === article);
}

function discretionary(article: string, label: string): ExclusionGround {
  return {
    article,
    basis: 'appreciation',
    label,
    duration: { kind: 'years', years: DISCRETIONARY_YEARS, courtMayFix: true },
  };
}
