import { FormEvent, useRef, useState } from 'react';
import { Form, Link } from 'react-aria-components';
import { call } from '../../api/call-result';
import { IdempotencyKeys } from '../../api/idempotency-keys';
import { Fieldset } from '../../components/Fieldset';
import { FormAlert } from '../../components/FormAlert';
import { PageHeading } from '../../components/PageHeading';
import { SelectInput } from '../../components/SelectInput';
import { StatusMessage } from '../../components/StatusMessage';
import { SubmitButton } from '../../components/SubmitButton';
import { TextInput } from '../../components/TextInput';
import { todayInParis } from '../../format/dates';
import { CONSORTIUM_KINDS } from '../../format/labels';
import { useClients } from '../../hooks/use-clients';
import { useSubmission } from '../../hooks/use-submission';
import { paths } from '../../routing/routes';
import {
  consortiumBody,
  CONSORTIUM_FIELDS,
  CONSORTIUM_RULE_FIELDS,
  ConsortiumForm,
  defaultConsortiumForm,
} from './consortium-form';
import { ConventionFields } from './ConventionFields';
import { CoordinatorFields } from './CoordinatorFields';

const KIND_OPTIONS = Object.entries(CONSORTIUM_KINDS).map(([id, label]) => ({
  id: id as ConsortiumForm['kind'],
  label,
}));

/** « Créer un groupement »: its nature, its coordinator and its convention constitutive (`POST /consortia`). */
export function CreateConsortiumPage() {
  const { membership } = useClients('platform-admin');
  const [form, setForm] = useState(() => defaultConsortiumForm(todayInParis()));
  const [created, setCreated] = useState<{ consortiumId: string; name: string } | null>(null);
  const submission = useSubmission(CONSORTIUM_RULE_FIELDS, CONSORTIUM_FIELDS);
  const keys = useRef(new IdempotencyKeys());

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const body = consortiumBody(form);
    const accepted = await submission.submit(() =>
      call(
        membership.POST('/consortia', {
          body,
          params: { header: { 'Idempotency-Key': keys.current.keyFor('POST /consortia', body) } },
        }),
      ),
    );
    if (accepted) {
      setCreated({ consortiumId: accepted.consortiumId, name: form.name });
      setForm(defaultConsortiumForm(todayInParis()));
      keys.current.clear();
    }
  };
  const refusedFields = Object.keys(submission.refusal.fields).length;
  return (
    <>
      <PageHeading title="Créer un groupement">Créer un groupement</PageHeading>
      {created ? (
        <StatusMessage tone="success">
          <p>
            Le groupement « {created.name} » est constitué.{' '}
            <Link href={paths.platformOnboarding(created.consortiumId)}>
              Faire adhérer ses communes par fichier
            </Link>
          </p>
        </StatusMessage>
      ) : null}
      <p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <Form onSubmit={send} className="form" validationBehavior="aria">
        <FormAlert
          refusals={submission.refusal.form}
          failure={submission.failure}
          fieldCount={refusedFields}
        />
        <Fieldset legend="Le groupement">
          <SelectInput
            label="Nature"
            name="kind"
            value={form.kind}
            onChange={(kind) => setForm({ ...form, kind })}
            options={KIND_OPTIONS}
            refusals={submission.at('kind')}
            isRequired
          />
          <TextInput
            label="Nom du groupement"
            name="name"
            value={form.name}
            onChange={(name) => setForm({ ...form, name })}
            refusals={submission.at('name')}
            isRequired
          />
        </Fieldset>
        <CoordinatorFields form={form} setForm={setForm} at={submission.at} />
        <ConventionFields form={form} setForm={setForm} at={submission.at} />
        <SubmitButton busy={submission.busy}>Créer le groupement</SubmitButton>
      </Form>
    </>
  );
}
