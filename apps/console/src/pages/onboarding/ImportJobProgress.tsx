import { useEffect, useState } from 'react';
import { Button, Label, ProgressBar } from 'react-aria-components';
import { call, failureMessage } from '../../api/call-result';
import type { Acting } from '../../api/headers';
import type { ImportReport, JobBody } from '../../api/schemas';
import { formatNumber } from '../../format/money';
import { useClients } from '../../hooks/use-clients';
import { ImportReportView } from './ImportReportView';

const POLL_MS = 1000;

interface Props {
  consortiumId: string;
  initial: JobBody;
  csvPath(jobId: string): string;
  acting: Acting;
  onRestart(): void;
}

/** Follows the import's job every second (rows done out of the total), then shows its report or its failure. */
export function ImportJobProgress({ consortiumId, initial, csvPath, acting, onRestart }: Props) {
  const { membership } = useClients('platform-admin');
  const [job, setJob] = useState(initial);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [lost, setLost] = useState<string | null>(null);
  const path = { consortiumId, jobId: initial.jobId };

  useEffect(() => {
    if (job.status === 'succeeded' || job.status === 'failed') return;
    const timer = setTimeout(async () => {
      const read = await call(
        membership.GET('/consortia/{consortiumId}/onboarding-imports/{jobId}', { params: { path } }),
      );
      if (read.kind === 'ok') {
        setLost(null);
        setJob(read.data);
      } else
        setLost(read.kind === 'failed' ? failureMessage(read, false) : 'Le suivi du travail est refusé.');
    }, POLL_MS);
    return () => clearTimeout(timer);
    // Polls again after each reading: the effect runs on each new state of the job.
  }, [job]);

  useEffect(() => {
    if (job.status !== 'succeeded' || report) return;
    void call(
      membership.GET('/consortia/{consortiumId}/onboarding-imports/{jobId}/result', { params: { path } }),
    ).then((result) => {
      if (result.kind === 'ok') setReport(result.data as unknown as ImportReport);
      else setLost('Le rapport n’a pas pu être lu : rechargez la page.');
    });
  }, [job.status]);

  const { done, total } = job.progress;
  return (
    <section aria-labelledby="onboarding-job" className="card">
      <h2 id="onboarding-job">
        {job.status === 'succeeded'
          ? 'Import terminé'
          : job.status === 'failed'
            ? 'Import interrompu'
            : 'Import en cours'}
      </h2>
      <ProgressBar className="progress" value={done} minValue={0} maxValue={Math.max(total ?? 0, 1)}>
        {({ percentage }) => (
          <>
            <Label>Lignes traitées</Label>
            <span className="progress-value">
              {formatNumber(done)} sur {total === null ? '…' : formatNumber(total)}
            </span>
            <div className="progress-track">
              <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
            </div>
          </>
        )}
      </ProgressBar>
      <p role="status">
        {job.status === 'queued'
          ? 'L’import attend son tour.'
          : job.status === 'running'
            ? 'L’import est en cours : vous pouvez quitter la page, il continue.'
            : job.status === 'succeeded'
              ? 'L’import est terminé.'
              : 'L’import a échoué.'}
      </p>
      {lost ? (
        <p role="alert" className="alert alert-error">
          {lost}
        </p>
      ) : null}
      {job.status === 'failed' ? (
        <div role="alert" className="alert alert-error">
          <p>
            {(job.problem as { detail?: string } | undefined)?.detail ??
              'Le fichier n’a pas pu être importé.'}
          </p>
        </div>
      ) : null}
      {report ? <ImportReportView report={report} csvPath={csvPath(job.jobId)} acting={acting} /> : null}
      {job.status === 'succeeded' || job.status === 'failed' ? (
        <Button className="button button-secondary" onPress={onRestart}>
          Importer un autre fichier
        </Button>
      ) : null}
    </section>
  );
}
