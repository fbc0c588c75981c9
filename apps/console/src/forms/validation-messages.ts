import { formatNumber } from '../format/money';

/** class-validator's sentences as the services send them (`<field> must …`), and how a French form says them. */
const SENTENCES: [RegExp, (...values: string[]) => string][] = [
  [/^must not be greater than (-?[\d.]+)$/, (max) => `au plus ${number(max)}`],
  [/^must not be less than (-?[\d.]+)$/, (min) => `au moins ${number(min)}`],
  [/^should not be empty$|^must not be empty$|^should not be null or undefined$/, () => 'à remplir'],
  [/^must be shorter than or equal to (\d+) characters$/, (max) => `${number(max)} caractères au plus`],
  [/^must be longer than or equal to (\d+) characters$/, (min) => `${number(min)} caractères au moins`],
  [/^must be an integer number$/, () => 'un nombre entier'],
  [/^must be a number conforming to the specified constraints$|^must be a number$/, () => 'un nombre'],
  [/^must be a string$/, () => 'un texte'],
  [/^must be a boolean value$/, () => 'oui ou non'],
  [/^must be a UUID$/, () => 'un identifiant (UUID)'],
  [/^must be an array$/, () => 'une liste'],
  [/^must be one of the following values: (.+)$/, (values) => `l’une de ces valeurs : ${values}`],
  [/^must be a valid ISO 8601 date string$|^must be a date \(YYYY-MM-DD\).*$/, () => 'une date (JJ/MM/AAAA)'],
  [/^must match .+ regular expression$/, () => 'de la forme attendue'],
  [/^should not exist$/, () => 'un champ que ce formulaire n’envoie pas'],
];

/**
 * A validation message of the services in French, when it is one of class-validator's usual sentences
 * (`upToPopulation must not be greater than 100000000` → `au plus 100 000 000`); any other as it came.
 */
export function inFrench(message: string): string {
  const sentence = message.replace(/^(property )?[\w.[\]]+ (?=must|should)/, '');
  for (const [pattern, say] of SENTENCES) {
    const match = pattern.exec(sentence);
    if (match) return say(...match.slice(1));
  }
  return message;
}

function number(text: string): string {
  return Number.isFinite(Number(text)) ? formatNumber(Number(text)) : text;
}
