import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSiret } from '@mutualis/procurement-rules';
import {
  busiestDepartement,
  chooseCoordinator,
  Commune,
  headOfficeSiret,
  parseCommuneBuyers,
  pickCommunes,
} from './communes';

const buyers = parseCommuneBuyers(
  readFileSync(
    join(__dirname, '../../../libs/procurement-rules/data/acheteurs_communes_siret_from_decp.csv'),
    'utf8',
  ),
);
const commune = (siret: string, name: string, departement = '31'): Commune => ({
  siret,
  name,
  inseeCode: '31000',
  departement,
});

describe('picking the communes of the demonstration', () => {
  it('reads the 400 commune buyers of the reference file, names with accents kept', () => {
    expect(buyers).toHaveLength(400);
    expect(buyers).toContainEqual({
      siret: '21310157900018',
      name: 'Cugnaux',
      inseeCode: '31157',
      departement: '31',
    });
  });

  it('takes the département with the most communes: Haute-Garonne', () => {
    expect(busiestDepartement(buyers)).toBe('31');
    expect(busiestDepartement([commune('1', 'A', '44'), commune('2', 'B', '13')])).toBe('13');
  });

  it('picks a dozen communes of the département in alphabetical order, each SIRET once', () => {
    const picked = pickCommunes(buyers, '31', 12);
    expect(picked.map((one) => one.name).slice(0, 3)).toEqual(['Balma', 'Beauzelle', 'Carbonne']);
    expect(new Set(picked.map((one) => one.siret)).size).toBe(12);
    expect(picked.every((one) => one.departement === '31')).toBe(true);
    expect(() => pickCommunes(buyers, '31', 40)).toThrow('département 31 has 15 communes');
  });

  it('makes their EPCI the coordinator, with a head-office SIRET that passes rule S1', () => {
    const coordinator = chooseCoordinator(pickCommunes(buyers, '31', 12));
    expect(coordinator).toMatchObject({ name: 'Toulouse Métropole', kind: 'epci', siret: '24310051800014' });
    expect(checkSiret(coordinator.siret).valid).toBe(true);
  });

  it('falls back on the first commune when no EPCI is known', () => {
    const communes = [commune('21310044900015', 'Balma'), commune('21310056300013', 'Beauzelle')];
    expect(chooseCoordinator(communes, () => null)).toEqual({
      siret: '21310044900015',
      name: 'Balma',
      kind: 'commune',
      inseeCode: '31000',
    });
  });

  it('derives a head-office SIRET whose Luhn key is right', () => {
    for (const siren of ['243100518', '200000172', '244400644'])
      expect(checkSiret(headOfficeSiret(siren)).valid).toBe(true);
  });
});
