import { FormEvent, useState } from 'react';
import { Button, DropZone, FileTrigger, Form, Text } from 'react-aria-components';
import { call } from '../../api/call-result';
import type { JobBody } from '../../api/schemas';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useClients } from '../../hooks/use-clients';
import { useSubmission } from '../../hooks/use-submission';

const ACCEPTED = ['text/csv', '.csv', 'text/plain'];
const FIELDS = ['file'] as const;

/** Picks or drops the CSV file, then sends it (multipart, field `file`): the import starts as a job. */
export function CsvUploadForm({
  consortiumId,
  onStarted,
}: {
  consortiumId: string;
  onStarted(job: JobBody): void;
}) {
  const { membership } = useClients('platform-admin');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const submission = useSubmission({}, FIELDS);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    const job = await submission.submit(() =>
      call(
        membership.POST('/consortia/{consortiumId}/onboarding-imports', {
          params: { path: { consortiumId }, header: { 'Idempotency-Key': crypto.randomUUID() } },
          // Multipart: the browser sets its boundary; the service answers 202 with the job and its Location.
          body: form as unknown as { fileName: string; csv: string },
        }),
      ),
    );
    if (job) onStarted(job);
  };
  const fileRefusals = submission.at('file');
  return (
    <section aria-labelledby="onboarding-upload" className="card">
      <h2 id="onboarding-upload">Envoyer le fichier</h2>
      <Form onSubmit={send} className="form">
        <FormAlert
          refusals={[...submission.refusal.form, ...(fileRefusals ?? [])]}
          failure={submission.failure}
        />
        <DropZone
          className="drop-zone"
          aria-label="Déposer le fichier CSV ici"
          getDropOperation={() => 'copy'}
          onDrop={async (event) => {
            for (const item of event.items) {
              if (item.kind === 'file') {
                setFile(await item.getFile());
                setMissing(false);
                return;
              }
            }
          }}
        >
          <Text slot="label">Déposez le fichier CSV ici, ou</Text>{' '}
          <FileTrigger
            acceptedFileTypes={ACCEPTED}
            onSelect={(files) => {
              const picked = files?.[0];
              if (picked) {
                setFile(picked);
                setMissing(false);
              }
            }}
          >
            <Button className="button button-secondary">Choisir un fichier</Button>
          </FileTrigger>
        </DropZone>
        <p role="status" className={missing ? 'field-error' : 'selected-file'}>
          {missing
            ? 'Choisissez d’abord le fichier CSV à envoyer.'
            : file
              ? `Fichier choisi : ${file.name} (${Math.ceil(file.size / 1024)} Ko)`
              : 'Aucun fichier choisi.'}
        </p>
        <SubmitButton busy={submission.busy}>Envoyer le fichier</SubmitButton>
      </Form>
    </section>
  );
}
