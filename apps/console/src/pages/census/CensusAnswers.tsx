import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { CensusView } from '../../api/schemas';
import { formatDate } from '../../format/dates';
import { formatEuros, formatNumber } from '../../format/money';
import { formatSiret } from '../../format/siret';
import { annualTotalsPerLot } from './census-totals';

/**
 * Each member's answers per lot (annual needs HT, options apart), named when the groupement's members are known, then
 * the totals per lot.
 */
export function CensusAnswers({ census, names }: { census: CensusView; names: ReadonlyMap<string, string> }) {
  const totals = annualTotalsPerLot(census.lots, census.needs);
  const rows = census.needs.flatMap((answer) =>
    answer.needs.map((need) => ({
      ...need,
      memberSiret: answer.memberSiret,
      submittedOn: answer.submittedOn,
      id: `${answer.memberSiret}/${need.lot}`,
    })),
  );
  return (
    <>
      <section aria-labelledby="census-answers">
        <h2 id="census-answers">Réponses des membres : {formatNumber(census.needs.length)}</h2>
        {rows.length === 0 ? (
          <p className="empty">Aucun membre n’a encore répondu.</p>
        ) : (
          <Table aria-labelledby="census-answers" className="table">
            <TableHeader>
              <Column isRowHeader>Membre</Column>
              <Column>Lot</Column>
              <Column>Besoin annuel</Column>
              <Column>Options par an</Column>
              <Column>Répondu le</Column>
            </TableHeader>
            <TableBody items={rows}>
              {(row) => (
                <Row>
                  <Cell>
                    {names.has(row.memberSiret)
                      ? `${names.get(row.memberSiret)} (SIRET ${formatSiret(row.memberSiret)})`
                      : `SIRET ${formatSiret(row.memberSiret)}`}
                  </Cell>
                  <Cell>{row.lot}</Cell>
                  <Cell>{formatEuros(row.annualCents, 'HT')}</Cell>
                  <Cell>{formatEuros(row.optionsAnnualCents, 'HT')}</Cell>
                  <Cell>{formatDate(row.submittedOn)}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="census-totals">
        <h2 id="census-totals">Totaux annuels par lot</h2>
        <Table aria-labelledby="census-totals" className="table">
          <TableHeader>
            <Column isRowHeader>Lot</Column>
            <Column>Membres ayant un besoin</Column>
            <Column>Besoin annuel</Column>
            <Column>Options par an</Column>
          </TableHeader>
          <TableBody items={totals.map((total) => ({ ...total, id: total.lot }))}>
            {(total) => (
              <Row>
                <Cell>
                  {total.lot}. {census.lots.find((lot) => lot.number === total.lot)?.title}
                </Cell>
                <Cell>{formatNumber(total.members)}</Cell>
                <Cell>{formatEuros(total.annualCents, 'HT')}</Cell>
                <Cell>{formatEuros(total.optionsAnnualCents, 'HT')}</Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </section>
    </>
  );
}
