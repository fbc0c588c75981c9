import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { CensusView } from '../../api/schemas';
import { formatEuros, formatNumber } from '../../format/money';

/** The estimated value of a closed census, per lot and in total, HT over the whole duration of the future contract. */
export function CensusEstimate({ census }: { census: CensusView }) {
  const closed = census.closed!;
  const titleOf = (lot: number) => census.lots.find((entry) => entry.number === lot)?.title ?? `Lot ${lot}`;
  return (
    <section aria-labelledby="census-estimate">
      <h2 id="census-estimate">Valeur estimée</h2>
      <p>
        Sur toute la durée du marché ({formatNumber(closed.wholeDurationMonths)} mois), pour{' '}
        {formatNumber(closed.beneficiaries.length)}{' '}
        {closed.beneficiaries.length > 1 ? 'membres bénéficiaires' : 'membre bénéficiaire'} :{' '}
        <strong>{formatEuros(closed.totalCents, 'HT')}</strong>.
      </p>
      <Table aria-labelledby="census-estimate" className="table">
        <TableHeader>
          <Column isRowHeader>Lot</Column>
          <Column>Membres</Column>
          <Column>Valeur estimée</Column>
        </TableHeader>
        <TableBody items={closed.perLot.map((lot) => ({ ...lot, id: lot.lot }))}>
          {(lot) => (
            <Row>
              <Cell>
                {lot.lot}. {titleOf(lot.lot)}
              </Cell>
              <Cell>{formatNumber(lot.members)}</Cell>
              <Cell>{formatEuros(lot.cents, 'HT')}</Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </section>
  );
}
