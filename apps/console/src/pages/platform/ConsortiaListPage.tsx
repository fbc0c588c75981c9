import { FormEvent, useState } from 'react';
import { Button, Cell, Column, Form, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { call } from '../../api/call-result';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { formatDate } from '../../format/dates';
import { CONSORTIUM_KINDS, labelOf } from '../../format/labels';
import { formatNumber } from '../../format/money';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import { paths } from '../../routing/routes';

const PAGE_SIZE = 20;
type Kind = keyof typeof CONSORTIUM_KINDS | 'all';
const KIND_OPTIONS = [
  { id: 'all' as const, label: 'Toutes natures' },
  ...Object.entries(CONSORTIUM_KINDS).map(([id, label]) => ({ id: id as Kind, label })),
];

interface Search {
  name: string;
  siret: string;
  kind: Kind;
  region: string;
}
const NO_SEARCH: Search = { name: '', siret: '', kind: 'all', region: '' };

/** The platform's groupements: searched by name, SIRET or SIREN, nature and région, a page at a time. */
export function ConsortiaListPage() {
  const { membership } = useClients('platform-admin');
  const [typed, setTyped] = useState<Search>(NO_SEARCH);
  const [search, setSearch] = useState<Search>(NO_SEARCH);
  const [page, setPage] = useState(1);
  const [loaded, reload] = useLoad(
    () =>
      call(
        membership.GET('/consortia', {
          params: {
            query: {
              ...(search.name ? { name: search.name } : {}),
              ...(search.siret ? { siret: search.siret.replace(/\s/g, '') } : {}),
              ...(search.kind !== 'all' ? { kind: search.kind } : {}),
              ...(search.region ? { region: search.region } : {}),
              limit: PAGE_SIZE,
              offset: (page - 1) * PAGE_SIZE,
            },
          },
        }),
      ),
    JSON.stringify([search, page]),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed);
    setPage(1);
  };
  const set = (field: keyof Search) => (value: string) => setTyped({ ...typed, [field]: value });
  return (
    <>
      <PageHeading title="Groupements de la plateforme">Groupements de la plateforme</PageHeading>
      <p className="actions">
        <Link className="button button-primary" href={paths.platformNewConsortium()}>
          Créer un groupement
        </Link>
      </p>
      <search>
        <Form className="search-form" onSubmit={submit} aria-label="Rechercher un groupement">
          <TextInput label="Nom" name="name" type="search" value={typed.name} onChange={set('name')} />
          <TextInput
            label="SIRET ou SIREN d’un membre"
            name="siret"
            value={typed.siret}
            onChange={set('siret')}
            inputMode="numeric"
          />
          <SelectInput
            label="Nature"
            name="kind"
            value={typed.kind}
            onChange={set('kind')}
            options={KIND_OPTIONS}
          />
          <TextInput
            label="Région (code INSEE)"
            name="region"
            value={typed.region}
            onChange={set('region')}
            description="Par exemple 76 pour l’Occitanie"
            inputMode="numeric"
          />
          <Button type="submit" className="button button-primary">
            Rechercher
          </Button>
        </Form>
      </search>
      <LoadState loaded={loaded} retry={reload} />
      {loaded.kind === 'ok' ? (
        <section aria-labelledby="consortia-results">
          <h2 id="consortia-results" aria-live="polite">
            {loaded.data.total === 0
              ? 'Aucun groupement'
              : `${formatNumber(loaded.data.total)} groupement${loaded.data.total > 1 ? 's' : ''}`}
          </h2>
          {loaded.data.total === 0 ? (
            <p className="empty">
              Aucun groupement ne répond à cette recherche. Modifiez les critères, ou créez le groupement.
            </p>
          ) : (
            <Table aria-labelledby="consortia-results" className="table">
              <TableHeader>
                <Column isRowHeader>Nom</Column>
                <Column>Nature</Column>
                <Column>Coordonnateur</Column>
                <Column>En vigueur le</Column>
                <Column>Membres</Column>
                <Column>Actions</Column>
              </TableHeader>
              <TableBody items={loaded.data.consortia}>
                {(entry) => (
                  <Row id={entry.consortiumId}>
                    <Cell>{entry.name}</Cell>
                    <Cell>{labelOf(CONSORTIUM_KINDS, entry.kind)}</Cell>
                    <Cell>{entry.coordinator.name}</Cell>
                    <Cell>{formatDate(entry.effectiveOn)}</Cell>
                    <Cell>
                      {formatNumber(entry.members)}
                      {entry.applicants > 0 ? ` (+ ${formatNumber(entry.applicants)} en cours)` : ''}
                    </Cell>
                    <Cell>
                      <Link href={paths.platformOnboarding(entry.consortiumId)}>
                        Adhésions par fichier<span className="visually-hidden"> : {entry.name}</span>
                      </Link>
                    </Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          )}
          <Pager
            label="Pages des groupements"
            page={page}
            pages={Math.ceil(loaded.data.total / PAGE_SIZE)}
            onPage={setPage}
          />
        </section>
      ) : null}
    </>
  );
}
