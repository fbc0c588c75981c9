import { useState } from 'react';
import { Link } from 'react-aria-components';
import type { JobBody } from '../../api/schemas';
import { DownloadButton } from '../../components/DownloadButton';
import { PageHeading } from '../../components/PageHeading';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import { paths } from '../../routing/routes';
import { CsvUploadForm } from './CsvUploadForm';
import { ImportJobProgress } from './ImportJobProgress';
import { call } from '../../api/call-result';

const ACTING = { role: 'platform-admin' as const };

/**
 * Onboarding of communes by file, for the platform: the template, the file sent (202 and a job), the job followed
 * every second, then its per-row report.
 */
export function OnboardingPage({ consortiumId }: { consortiumId: string }) {
  const { membership } = useClients(ACTING.role);
  const [job, setJob] = useState<JobBody | null>(null);
  const [consortium] = useLoad(
    () => call(membership.GET('/consortia/{consortiumId}', { params: { path: { consortiumId } } })),
    consortiumId,
  );
  const name = consortium.kind === 'ok' && consortium.data ? consortium.data.name : 'un groupement';
  const base = `/api/membership/consortia/${encodeURIComponent(consortiumId)}/onboarding-imports`;
  return (
    <>
      <PageHeading title={`Adhésions par fichier — ${name}`}>Adhésions par fichier : {name}</PageHeading>
      <p>
        <Link href={paths.platformConsortia()}>← Les groupements</Link>
      </p>
      <section aria-labelledby="onboarding-format" className="card">
        <h2 id="onboarding-format">Le fichier attendu</h2>
        <p>
          Un fichier CSV (séparateur point-virgule ou virgule, UTF-8 ou Windows-1252), une ligne par
          collectivité :<code> siret</code>, <code>nom</code>, <code>type</code> (commune, epci, departement,
          region, other) et
          <code> adhesion_date</code> (AAAA-MM-JJ) obligatoires ; <code>code_insee</code>,{' '}
          <code>population</code>,<code> deliberation_numero</code>, <code>deliberation_date</code> et{' '}
          <code>organe</code> facultatifs. Une collectivité adhère sur la délibération de son assemblée,
          adoptée au plus tard à la date d’adhésion.
        </p>
        <DownloadButton path={`${base}/template.csv`} acting={ACTING} fileName="modele-adhesions.csv">
          Télécharger le modèle CSV
        </DownloadButton>
      </section>
      {job ? (
        <ImportJobProgress
          consortiumId={consortiumId}
          initial={job}
          onRestart={() => setJob(null)}
          csvPath={(jobId) => `${base}/${encodeURIComponent(jobId)}/result.csv`}
          acting={ACTING}
        />
      ) : (
        <CsvUploadForm consortiumId={consortiumId} onStarted={setJob} />
      )}
    </>
  );
}
