import authorityLists from './data/public-authorities.json';
import { checkSiren, checkSiret, sirenOf } from './siret';

/**
 * The kinds of public authority (pouvoirs adjudicateurs that are collectivités or their groupings). The reference
 * data holds communes and EPCI only: it gives no SIREN for départements and régions, so `findPublicAuthority` never
 * returns 'departement', 'region' or 'other' today.
 */
export type AuthorityKind = 'commune' | 'epci' | 'departement' | 'region' | 'other';

/** A public authority of the reference data, known by its SIREN. */
export interface KnownAuthority {
  siren: string;
  kind: AuthorityKind;
  /** A commune's official (COG) name, e.g. `Prévessin-Moëns`; an EPCI's name, e.g. `CA du Pays de Laon`. */
  name: string;
  /** A commune's INSEE code (`01313`, `2A004`); null for an EPCI. */
  inseeCode: string | null;
  /** A commune's département (INSEE code); null for an EPCI, which may span several. */
  departement: string | null;
  /** Population totale (INSEE); null for a commune of the buyers file that is not in the communes sample. */
  population: number | null;
  /** The EPCI a commune belongs to; an EPCI's own SIREN; null when the data does not say. */
  epciSiren: string | null;
  /** The type of the EPCI of `epciSiren`: CC, CA, CU, METRO or MET69; null when `epciSiren` is. */
  epciType: string | null;
}

/** The rows scripts/generate-data.js writes, sorted by SIREN (see the library README). */
type CommuneRow = readonly [
  siren: string,
  inseeCode: string,
  name: string,
  departement: string,
  population: number | null,
  epciSiren: string | null,
];
type EpciRow = readonly [siren: string, name: string, type: string, population: number];

const { communes, epcis } = authorityLists as unknown as {
  communes: readonly CommuneRow[];
  epcis: readonly EpciRow[];
};

const EPCI_BY_SIREN: ReadonlyMap<string, KnownAuthority> = new Map(
  epcis.map(([siren, name, type, population]) => [
    siren,
    Object.freeze<KnownAuthority>({
      siren,
      kind: 'epci',
      name,
      inseeCode: null,
      departement: null,
      population,
      epciSiren: siren,
      epciType: type,
    }),
  ]),
);

const AUTHORITY_BY_SIREN: ReadonlyMap<string, KnownAuthority> = new Map([
  ...EPCI_BY_SIREN,
  ...communes.map(
    ([siren, inseeCode, name, departement, population, epciSiren]): [string, KnownAuthority] => [
      siren,
      Object.freeze<KnownAuthority>({
        siren,
        kind: 'commune',
        name,
        inseeCode,
        departement,
        population,
        epciSiren,
        // The generator checks that every EPCI a commune belongs to is in the EPCI list.
        epciType: epciSiren === null ? null : (EPCI_BY_SIREN.get(epciSiren)?.epciType ?? null),
      }),
    ],
  ),
]);

/**
 * The authority the reference data knows under this SIREN (or the SIREN of this SIRET), or null.
 * The input must be a valid SIREN or SIRET (rule S1, spaces allowed); anything else gives null, never an exception.
 */
export function findPublicAuthority(sirenOrSiret: string): KnownAuthority | null {
  if (typeof sirenOrSiret !== 'string') return null;
  const digits = sirenOrSiret.replace(/ /g, '');
  const check = digits.length === 14 ? checkSiret(digits) : checkSiren(digits);
  if (!check.valid) return null;
  return AUTHORITY_BY_SIREN.get(sirenOf(check.value)) ?? null;
}
