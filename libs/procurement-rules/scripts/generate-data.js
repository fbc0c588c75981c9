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

/** Every SIRET and SIREN of the communes fixtures, without duplicates, sorted: the test corpus of rule S1. */
function identifierFixturesModule() {
  const buyers = readCsv('fixtures/acheteurs_communes_siret_from_decp.csv', [
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
  const communes = readCsv('fixtures/communes_siren_sample.csv', [
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
  const epcis = readCsv('fixtures/epci_siren.csv', [
    'siren',
    'nom',
    'type',
    'mode_financement',
    'population_totale',
    'population_municipale',
    'nb_communes',
  ]);
  const distinctSorted = (values) => [...new Set(values)].sort();
  const sirets = distinctSorted(buyers.map((buyer) => buyer.siret));
  const sirens = distinctSorted([
    ...buyers.map((buyer) => buyer.siren),
    ...communes.flatMap((commune) => [commune.siren, commune.epci_siren]),
    ...epcis.map((epci) => epci.siren),
  ]);
  return `{\n"sirets": ${jsonLines(sirets).trimEnd()},\n"sirens": ${jsonLines(sirens).trimEnd()}\n}\n`;
}

/** The generated files, as paths relative to the library with their expected content. */
function generatedFiles() {
  return [
    { file: 'src/lib/data/cpv-2008.json', content: cpvModule() },
    { file: 'src/lib/data/departements.json', content: departementsModule() },
    { file: 'src/lib/data/regions.json', content: regionsModule() },
    { file: 'src/testing/fixtures/communes-identifiers.json', content: identifierFixturesModule() },
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
