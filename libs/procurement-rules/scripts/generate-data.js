#!/usr/bin/env node
// Builds the JSON modules that src/ imports from the source copies in data/ (see data/README.md).
// The library is type:util, so it may not read files at run time: the data has to be compiled in as JSON imports.
// Usage: node libs/procurement-rules/scripts/generate-data.js [--check]
//   --check  writes nothing; lists the generated files that differ from what data/ gives and exits 1 if any.
'use strict';

// This build-time script is the one file of the project that touches the file system; src/ never does.
const fs = require('node:fs');
const path = require('node:path');

const LIBRARY = path.resolve(__dirname, '..');
const DATA = path.join(LIBRARY, 'data');

/** RFC 4180 CSV: quoted fields may hold commas and doubled quotes. Returns rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The records of a CSV file of data/, as objects keyed by its header, after checking the header is the expected one. */
function readCsv(relativePath, expectedHeader) {
  const [header, ...records] = parseCsv(fs.readFileSync(path.join(DATA, relativePath), 'utf8'));
  if (header.join(',') !== expectedHeader.join(',')) {
    throw new Error(`${relativePath}: header ${header.join(',')}, expected ${expectedHeader.join(',')}`);
  }
  return records.map((fields, index) => {
    if (fields.length !== header.length) throw new Error(`${relativePath}: record ${index + 1} is malformed`);
    return Object.fromEntries(header.map((name, i) => [name, fields[i]]));
  });
}

function readJson(relativePath) {
  return JSON.parse(fs.readFileSync(path.join(DATA, relativePath), 'utf8'));
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** One array or record per line: small diffs when the source changes, and no formatter pass needed. */
function jsonLines(items) {
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

/** `[code8, checkDigit, label]` for each of the 9,454 CPV 2008 codes, in the list's order. */
function cpvModule() {
  const records = readCsv('cpv_2008_fr.csv', ['CODE', 'FR']);
  const rows = records.map(({ CODE, FR }) => {
    expect(/^\d{8}-\d$/.test(CODE), `cpv_2008_fr.csv: malformed code ${CODE}`);
    expect(FR.trim() !== '', `cpv_2008_fr.csv: ${CODE} has no label`);
    return [CODE.slice(0, 8), CODE.slice(9), FR];
  });
  expect(new Set(rows.map(([code8]) => code8)).size === rows.length, 'cpv_2008_fr.csv: duplicate codes');
  return jsonLines(rows);
}

// Collectivités d'outre-mer (975, 977, 978, 98x) are in the source as their own pseudo-region; they are not régions,
// and the Code de la commande publique applies to them only partly, so the library leaves them out.
const isCollectiviteDOutreMer = (entry) => entry.zone === 'com';

/** `[code, name, regionCode]` for each département of a région (metropolitan and DROM). */
function departementsModule() {
  const regionCodes = new Set(
    readJson('regions.json')
      .filter((region) => !isCollectiviteDOutreMer(region))
      .map((r) => r.code),
  );
  const rows = readJson('departements.json')
    .filter((departement) => !isCollectiviteDOutreMer(departement))
    .map(({ code, nom, region }) => {
      expect(regionCodes.has(region), `departements.json: ${code} is in unknown région ${region}`);
      return [code, nom, region];
    });
  return jsonLines(rows);
}

/** `[code, name]` for each of the 18 régions. */
function regionsModule() {
  const rows = readJson('regions.json')
    .filter((region) => !isCollectiviteDOutreMer(region))
    .map(({ code, nom }) => [code, nom]);
  return jsonLines(rows);
}

/** The communes acting as buyers in DECP records: one SIRET each, with the commune's INSEE code and COG name. */
function readBuyers() {
  const buyers = readCsv('acheteurs_communes_siret_from_decp.csv', [
    'siret',
    'siren',
    'nom_acheteur_decp',
    'insee_code',
    'commune_nom_cog',
    'departement',
    'siret_luhn_valid',
    'siren_luhn_valid',
    'source',
  ]);
  for (const { siret, siren } of buyers) {
    expect(/^\d{14}$/.test(siret), `acheteurs_communes_siret_from_decp.csv: malformed SIRET ${siret}`);
    expect(
      siret.slice(0, 9) === siren,
      `acheteurs_communes_siret_from_decp.csv: ${siret} is not of SIREN ${siren}`,
    );
  }
  return buyers;
}

/** The 532 communes of the sample, with their SIREN, population and EPCI. */
function readCommunes() {
  return readCsv('communes_siren_sample.csv', [
    'insee_code',
    'nom',
    'siren',
    'departement',
    'population_totale',
    'population_municipale',
    'epci_siren',
    'epci_nom',
    'epci_type',
  ]);
}

/** The 1,255 EPCI à fiscalité propre, with their SIREN, type and population. */
function readEpcis() {
  return readCsv('epci_siren.csv', [
    'siren',
    'nom',
    'type',
    'mode_financement',
    'population_totale',
    'population_municipale',
    'nb_communes',
  ]);
}

/** Every SIRET and SIREN of the communes files, without duplicates, sorted: the test corpus of rule S1. */
function identifierFixturesModule() {
  const buyers = readBuyers();
  const communes = readCommunes();
  const epcis = readEpcis();
  const distinctSorted = (values) => [...new Set(values)].sort();
  const sirets = distinctSorted(buyers.map((buyer) => buyer.siret));
  const sirens = distinctSorted([
    ...buyers.map((buyer) => buyer.siren),
    ...communes.flatMap((commune) => [commune.siren, commune.epci_siren]),
    ...epcis.map((epci) => epci.siren),
  ]);
  return `{\n"sirets": ${jsonLines(sirets).trimEnd()},\n"sirens": ${jsonLines(sirens).trimEnd()}\n}\n`;
}

/**
 * `[siret, inseeCode, cogName, departement]` for each of the 400 commune buyers, sorted by SIRET, straight from the
 * source file: what the tests of findPublicAuthority expect.
 */
function communeBuyersFixtureModule() {
  const rows = readBuyers()
    .map(({ siret, insee_code, commune_nom_cog, departement }) => [
      siret,
      insee_code,
      commune_nom_cog,
      departement,
    ])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return jsonLines(rows);
}

const EPCI_TYPES = new Set(['CC', 'CA', 'CU', 'METRO', 'MET69']);

/** A population figure of the sources: a non-negative integer written in digits. */
function population(file, siren, text) {
  expect(/^\d+$/.test(text), `${file}: ${siren} has population ${JSON.stringify(text)}`);
  return Number(text);
}

/**
 * The communes and EPCI known by SIREN, sorted by SIREN:
 * `communes`: `[siren, inseeCode, name, departement, population | null, epciSiren | null]`, the 532 communes of the
 * sample merged by SIREN with the 400 buyers (COG name from the buyers file when it has one, population totale);
 * `epcis`: `[siren, name, type, population]` (population totale).
 * Départements and régions are left out: the data gives no SIREN for them.
 */
function publicAuthoritiesModule() {
  const departementCodes = new Set(
    readJson('departements.json')
      .filter((departement) => !isCollectiviteDOutreMer(departement))
      .map((d) => d.code),
  );
  const epciBySiren = new Map();
  for (const { siren, nom, type, population_totale } of readEpcis()) {
    expect(/^\d{9}$/.test(siren), `epci_siren.csv: malformed SIREN ${siren}`);
    expect(!epciBySiren.has(siren), `epci_siren.csv: duplicate SIREN ${siren}`);
    expect(nom.trim() !== '', `epci_siren.csv: ${siren} has no name`);
    expect(EPCI_TYPES.has(type), `epci_siren.csv: ${siren} has unknown type ${type}`);
    epciBySiren.set(siren, [siren, nom, type, population('epci_siren.csv', siren, population_totale)]);
  }

  const communeBySiren = new Map();
  for (const commune of readCommunes()) {
    const { siren, insee_code, nom, departement, population_totale, epci_siren, epci_nom, epci_type } =
      commune;
    const file = 'communes_siren_sample.csv';
    expect(/^\d{9}$/.test(siren), `${file}: malformed SIREN ${siren}`);
    expect(!communeBySiren.has(siren), `${file}: duplicate SIREN ${siren}`);
    expect(!epciBySiren.has(siren), `${file}: ${siren} is also an EPCI`);
    expect(nom.trim() !== '', `${file}: ${siren} has no name`);
    expect(departementCodes.has(departement), `${file}: ${siren} is in unknown département ${departement}`);
    let epciSiren = null;
    if (epci_siren !== '') {
      const epci = epciBySiren.get(epci_siren);
      expect(epci !== undefined, `${file}: ${siren} is in EPCI ${epci_siren}, missing from epci_siren.csv`);
      expect(epci[1] === epci_nom && epci[2] === epci_type, `${file}: ${siren}: EPCI ${epci_siren} differs`);
      epciSiren = epci_siren;
    }
    const populationTotale = population(file, siren, population_totale);
    communeBySiren.set(siren, [siren, insee_code, nom, departement, populationTotale, epciSiren]);
  }

  for (const { siren, insee_code, commune_nom_cog, departement } of readBuyers()) {
    const file = 'acheteurs_communes_siret_from_decp.csv';
    expect(!epciBySiren.has(siren), `${file}: ${siren} is also an EPCI`);
    expect(commune_nom_cog.trim() !== '', `${file}: ${siren} has no COG name`);
    expect(departementCodes.has(departement), `${file}: ${siren} is in unknown département ${departement}`);
    const known = communeBySiren.get(siren);
    if (known) {
      const [, inseeCode, , knownDepartement, populationTotale, epciSiren] = known;
      expect(
        inseeCode === insee_code,
        `${file}: ${siren} has INSEE code ${insee_code}, the sample ${inseeCode}`,
      );
      expect(
        knownDepartement === departement,
        `${file}: ${siren} is in ${departement}, the sample says otherwise`,
      );
      communeBySiren.set(siren, [
        siren,
        insee_code,
        commune_nom_cog,
        departement,
        populationTotale,
        epciSiren,
      ]);
    } else {
      communeBySiren.set(siren, [siren, insee_code, commune_nom_cog, departement, null, null]);
    }
  }
  const inseeCodes = [...communeBySiren.values()].map(([, inseeCode]) => inseeCode);
  expect(new Set(inseeCodes).size === inseeCodes.length, 'communes: two SIRENs for one INSEE code');
  for (const inseeCode of inseeCodes)
    expect(/^(\d{5}|2[AB]\d{3})$/.test(inseeCode), `malformed INSEE code ${inseeCode}`);

  const bySiren = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);
  const communes = [...communeBySiren.values()].sort(bySiren);
  const epcis = [...epciBySiren.values()].sort(bySiren);
  return `{\n"communes": ${jsonLines(communes).trimEnd()},\n"epcis": ${jsonLines(epcis).trimEnd()}\n}\n`;
}

/** The generated files, as paths relative to the library with their expected content. */
function generatedFiles() {
  return [
    { file: 'src/lib/data/cpv-2008.json', content: cpvModule() },
    { file: 'src/lib/data/departements.json', content: departementsModule() },
    { file: 'src/lib/data/regions.json', content: regionsModule() },
    { file: 'src/lib/data/public-authorities.json', content: publicAuthoritiesModule() },
    { file: 'src/testing/fixtures/communes-identifiers.json', content: identifierFixturesModule() },
    { file: 'src/testing/fixtures/commune-buyers.json', content: communeBuyersFixtureModule() },
  ];
}

/** The generated files that are missing or differ from what data/ gives (relative paths); empty when in sync. */
function staleGeneratedFiles() {
  return generatedFiles()
    .filter(({ file, content }) => {
      const target = path.join(LIBRARY, file);
      return !fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== content;
    })
    .map(({ file }) => file);
}

function main(args) {
  if (args.includes('--check')) {
    const stale = staleGeneratedFiles();
    for (const file of stale) console.error(`out of date: ${file} (run scripts/generate-data.js)`);
    process.exitCode = stale.length > 0 ? 1 : 0;
    return;
  }
  for (const { file, content } of generatedFiles()) {
    fs.mkdirSync(path.dirname(path.join(LIBRARY, file)), { recursive: true });
    fs.writeFileSync(path.join(LIBRARY, file), content);
    console.log(`wrote ${file}`);
  }
}

module.exports = { generatedFiles, staleGeneratedFiles };

if (require.main === module) main(process.argv.slice(2));
