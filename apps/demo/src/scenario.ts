import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Api, ServiceUrls } from './client';
import { planCalendar, scenarioStart } from './calendar';
import { busiestDepartement, chooseCoordinator, Commune, parseCommuneBuyers, pickCommunes } from './communes';
import { Demo, latestClock } from './demo';
import { audit, AuditOutcome } from './steps/audit';
import { ClosedCensus, runCensus } from './steps/census';
import { executeContracts, Execution } from './steps/contract';
import { Groupement, onboardGroupement } from './steps/onboarding';
import { registerSuppliers } from './steps/suppliers';
import { awardAndSign, DecidedTender } from './steps/award';
import { collectBids } from './steps/bids';
import { publishTender } from './steps/tender';

export interface ScenarioOptions {
  /** The services' HS256 secret (`MUTUALIS_JWT_SECRET`): the demo mints its own tokens with it. */
  jwtSecret: string;
  /** Where each line of the account goes; nowhere by default. */
  print?: (line: string) => void;
  /** The commune buyers to choose from; the reference file (DECP acheteurs) by default. */
  communes?: Commune[];
  /** The département of the communes; the one with the most communes in the file by default. */
  departement?: string;
  /** How many communes join (a dozen by default). */
  communeCount?: number;
  /** How long to wait for what one service learns from another through the bus (Kafka, or in-process in the suite). */
  patienceMs?: number;
}

/** The ids and the outcomes of one run, for whoever wants to check them (an end-to-end test, the reader). */
export interface ScenarioOutcome {
  start: string;
  groupement: Groupement;
  census: ClosedCensus;
  tender: DecidedTender;
  execution: Execution;
  audit: AuditOutcome;
}

const REFERENCE_BUYERS = join(
  __dirname,
  '../../../libs/procurement-rules/data/acheteurs_communes_siret_from_decp.csv',
);

/**
 * Issue 11's scenario through the five services' public HTTP APIs: a regional platform onboards communes into a
 * permanent groupement for cybersecurity services, runs the census, the tender and the contracts, then audits it.
 * Each run starts after the services' clocks, so a second run on the same data works and adds a new groupement.
 */
export async function runScenario(urls: ServiceUrls, options: ScenarioOptions): Promise<ScenarioOutcome> {
  const api = new Api(urls, options.jwtSecret);
  const start = scenarioStart(await latestClock(api));
  const demo = new Demo(
    api,
    planCalendar(start),
    options.print ?? (() => undefined),
    options.patienceMs ?? 60_000,
  );
  const buyers = options.communes ?? parseCommuneBuyers(readFileSync(REFERENCE_BUYERS, 'utf8'));
  const departement = options.departement ?? busiestDepartement(buyers);
  const communes = pickCommunes(buyers, departement, options.communeCount ?? 12);
  demo.chapter(`Mutualis demonstration: scenario from ${start}, communes of département ${departement}`);

  const groupement = await onboardGroupement(demo, chooseCoordinator(communes), communes);
  await registerSuppliers(demo, groupement);
  const census = await runCensus(demo, groupement);
  const published = await publishTender(demo, groupement, census);
  const tender = await awardAndSign(demo, published, await collectBids(demo, published));
  const execution = await executeContracts(demo, groupement, tender);
  const audited = await audit(demo, groupement, tender, execution);
  return { start, groupement, census, tender, execution, audit: audited };
}
