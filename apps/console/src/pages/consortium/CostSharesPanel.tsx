import { FormEvent, useState } from 'react';
import { Button, Cell, Column, Form, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { call } from '../../api/call-result';
import { LoadState } from '../../components/LoadState';
import { TextInput } from '../../components/TextInput';
import { formatDate } from '../../format/dates';
import { formatEuros, formatNumber, parseEurosToCents } from '../../format/money';
import { formatSiret } from '../../format/siret';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import type { ConsortiumScope } from './scope';

const DEFAULT_CENTS = 1_000_000;

/** The cost-sharing keys of the convention applied to an amount of running costs (`GET …/cost-shares`). */
export function CostSharesPanel({ scope }: { scope: ConsortiumScope }) {
  const { membership } = useClients(scope.role, scope.consortiumId);
  const [typed, setTyped] = useState('10 000');
  const [cents, setCents] = useState(DEFAULT_CENTS);
  const [invalid, setInvalid] = useState(false);
  const [shares, reload] = useLoad(
    () =>
      call(
        membership.GET('/consortia/{consortiumId}/cost-shares', {
          params: { path: { consortiumId: scope.consortiumId }, query: { amountCents: cents } },
        }),
      ),
    `${scope.consortiumId}/${cents}`,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseEurosToCents(typed);
    setInvalid(parsed === null);
    if (parsed !== null) setCents(parsed);
  };
  return (
    <>
      <h2 id="costs-heading">Répartition des frais de fonctionnement</h2>
      <Form onSubmit={submit} className="search-form">
        <TextInput
          label="Montant à répartir (€ HT)"
          name="amount"
          value={typed}
          onChange={setTyped}
          inputMode="decimal"
          refusals={
            invalid
              ? [{ message: 'Saisissez un montant en euros, par exemple 10 000 ou 12 500,50.' }]
              : undefined
          }
        />
        <Button type="submit" className="button button-secondary">
          Répartir
        </Button>
      </Form>
      <LoadState loaded={shares} retry={reload} />
      {shares.kind === 'ok' ? (
        <>
          <p>
            {formatEuros(shares.data.amountCents, 'HT')} répartis entre les membres au{' '}
            {formatDate(shares.data.on)}.
          </p>
          <Table aria-labelledby="costs-heading" className="table">
            <TableHeader>
              <Column isRowHeader>Membre</Column>
              <Column>SIRET</Column>
              <Column>Base</Column>
              <Column>Part</Column>
            </TableHeader>
            <TableBody
              items={shares.data.shares.map((share) => ({ ...share, id: share.siret }))}
              renderEmptyState={() => 'Aucun membre.'}
            >
              {(share) => (
                <Row>
                  <Cell>{share.name}</Cell>
                  <Cell>{formatSiret(share.siret)}</Cell>
                  <Cell>{formatNumber(share.basis)}</Cell>
                  <Cell>{formatEuros(share.shareCents, 'HT')}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </>
      ) : null}
    </>
  );
}
