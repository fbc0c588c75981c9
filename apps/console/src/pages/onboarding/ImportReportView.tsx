import { useState } from 'react';
import {
  Cell,
  Column,
  Label,
  Radio,
  RadioGroup,
  Row,
  Table,
  TableBody,
  TableHeader,
} from 'react-aria-components';
import type { Acting } from '../../api/headers';
import type { ImportReport } from '../../api/schemas';
import { DownloadButton } from '../../components/DownloadButton';
import { Pager } from '../../components/Pager';
import { IMPORT_OUTCOMES, labelOf } from '../../format/labels';
import { formatNumber } from '../../format/money';
import { RULE_MESSAGES } from '../../forms/rule-messages';
import { OutcomeFilter, outcomeCounts, reportPage } from '../../onboarding/report-rows';

const PAGE_SIZE = 25;

/** The import's per-row report: accepted, unchanged or refused with its rule and article; filtered, paged, as CSV. */
export function ImportReportView({
  report,
  csvPath,
  acting,
}: {
  report: ImportReport;
  csvPath: string;
  acting: Acting;
}) {
  const [outcome, setOutcome] = useState<OutcomeFilter>('all');
  const [page, setPage] = useState(1);
  const counts = outcomeCounts(report.results);
  const shown = reportPage(report.results, outcome, page, PAGE_SIZE);
  return (
    <section aria-labelledby="onboarding-report">
      <h3 id="onboarding-report">Rapport ligne par ligne : {report.fileName}</h3>
      <p>
        {formatNumber(report.rows)} lignes : {formatNumber(report.accepted)} acceptées,{' '}
        {formatNumber(report.unchanged)} inchangées, {formatNumber(report.refused)} refusées.
      </p>
      <DownloadButton
        path={csvPath}
        acting={acting}
        fileName={`rapport-${report.fileName.replace(/\.csv$/i, '')}.csv`}
      >
        Télécharger le rapport CSV
      </DownloadButton>
      <RadioGroup
        className="radio-group"
        orientation="horizontal"
        value={outcome}
        onChange={(value) => {
          setOutcome(value as OutcomeFilter);
          setPage(1);
        }}
      >
        <Label>Afficher</Label>
        <Radio className="radio" value="all">
          Toutes ({formatNumber(report.results.length)})
        </Radio>
        <Radio className="radio" value="refused">
          Refusées ({formatNumber(counts.refused)})
        </Radio>
        <Radio className="radio" value="accepted">
          Acceptées ({formatNumber(counts.accepted)})
        </Radio>
        <Radio className="radio" value="unchanged">
          Inchangées ({formatNumber(counts.unchanged)})
        </Radio>
      </RadioGroup>
      {shown.matching === 0 ? (
        <p className="empty" role="status">
          Aucune ligne avec ce résultat.
        </p>
      ) : (
        <Table aria-labelledby="onboarding-report" className="table">
          <TableHeader>
            <Column isRowHeader>Ligne</Column>
            <Column>SIRET</Column>
            <Column>Résultat</Column>
            <Column>Règle et article</Column>
            <Column>Détail</Column>
          </TableHeader>
          <TableBody items={shown.rows.map((row) => ({ ...row, id: row.line }))}>
            {(row) => (
              <Row>
                <Cell>{row.line}</Cell>
                <Cell>{row.key}</Cell>
                <Cell>
                  <span className={`badge badge-${row.outcome}`}>
                    {labelOf(IMPORT_OUTCOMES, row.outcome)}
                  </span>
                </Cell>
                <Cell>
                  {row.rule ? (RULE_MESSAGES[row.rule] ?? row.rule) : '—'}
                  {row.legalReference ? ` (${row.legalReference})` : ''}
                </Cell>
                <Cell>{row.detail ?? ''}</Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      <Pager label="Pages du rapport" page={shown.page} pages={shown.pages} onPage={setPage} />
    </section>
  );
}
