import { FormEvent, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { call } from '../../api/call-result';
import { IdempotencyKeys } from '../../api/idempotency-keys';
import { Fieldset } from '../../components/Fieldset';
import { FormAlert } from '../../components/FormAlert';
import { PageHeading } from '../../components/PageHeading';
import { SubmitButton } from '../../components/SubmitButton';
import { TextInput } from '../../components/TextInput';
import { sentenceOf } from '../../forms/problem-fields';
import { useClients } from '../../hooks/use-clients';
import { useSubmission } from '../../hooks/use-submission';
import { navigate } from '../../routing/navigation';
import { paths } from '../../routing/routes';
import { ConsortiumNav } from '../consortium/ConsortiumNav';
import type { ConsortiumScope } from '../consortium/scope';
import { blankCensus, censusBody, CENSUS_FIELDS, CENSUS_RULE_FIELDS, CensusForm } from './census-form';

/** « Ouvrir un recensement des besoins »: its object, CPV code, lots, duration and options. */
export function OpenCensusPage(scope: ConsortiumScope) {
  const { membership } = useClients('coordinator', scope.consortiumId);
  const [form, setForm] = useState<CensusForm>(blankCensus);
  const keys = useRef(new IdempotencyKeys());
  const submission = useSubmission(CENSUS_RULE_FIELDS, CENSUS_FIELDS);
  const set = (field: keyof Omit<CensusForm, 'lots'>) => (value: string) =>
    setForm({ ...form, [field]: value });
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const body = censusBody(form);
    const key = keys.current.keyFor('POST censuses', body);
    const opened = await submission.submit(() =>
      call(
        membership.POST('/consortia/{consortiumId}/censuses', {
          params: { path: { consortiumId: scope.consortiumId }, header: { 'Idempotency-Key': key } },
          body,
        }),
      ),
    );
    if (opened) navigate(paths.census(scope.consortiumId, opened.censusId));
  };
  const lotRefusals = submission.at('lots');
  return (
    <>
      <PageHeading title="Ouvrir un recensement des besoins">Ouvrir un recensement des besoins</PageHeading>
      <ConsortiumNav role={scope.role} consortiumId={scope.consortiumId} />
      <Form onSubmit={send} className="form">
        <FormAlert
          refusals={submission.refusal.form}
          failure={submission.failure}
          fieldCount={Object.keys(submission.refusal.fields).length}
        />
        <Fieldset legend="Le besoin">
          <TextInput
            label="Objet"
            name="object"
            value={form.object}
            onChange={set('object')}
            refusals={submission.at('object')}
            isRequired
          />
          <TextInput
            label="Code CPV"
            name="cpvCode"
            value={form.cpvCode}
            onChange={set('cpvCode')}
            description="8 chiffres de la nomenclature, par exemple 72000000"
            inputMode="numeric"
            refusals={submission.at('cpvCode')}
            isRequired
          />
          <TextInput
            label="Options"
            name="options"
            value={form.options}
            onChange={set('options')}
            refusals={submission.at('options')}
          />
        </Fieldset>
        <Fieldset legend="Lots">
          {form.lots.map((title, index) => (
            <div className="field-row" key={index}>
              <TextInput
                label={`Intitulé du lot ${index + 1}`}
                name={`lots.${index}.title`}
                value={title}
                onChange={(value) =>
                  setForm({ ...form, lots: form.lots.map((lot, i) => (i === index ? value : lot)) })
                }
                isRequired
              />
              {form.lots.length > 1 ? (
                <Button
                  className="button button-small"
                  onPress={() => setForm({ ...form, lots: form.lots.filter((_, i) => i !== index) })}
                >
                  Retirer le lot {index + 1}
                </Button>
              ) : null}
            </div>
          ))}
          {lotRefusals ? <p className="field-error">{lotRefusals.map(sentenceOf).join(' ')}</p> : null}
          <Button
            className="button button-secondary"
            onPress={() => setForm({ ...form, lots: [...form.lots, ''] })}
          >
            Ajouter un lot
          </Button>
        </Fieldset>
        <Fieldset legend="Durée du futur marché">
          <TextInput
            label="Durée initiale (mois)"
            name="duration.initialMonths"
            value={form.initialMonths}
            onChange={set('initialMonths')}
            inputMode="numeric"
            refusals={submission.at('duration.initialMonths')}
          />
          <TextInput
            label="Nombre de reconductions"
            name="duration.renewals"
            value={form.renewals}
            onChange={set('renewals')}
            inputMode="numeric"
            refusals={submission.at('duration.renewals')}
          />
          <TextInput
            label="Durée de chaque reconduction (mois)"
            name="duration.monthsPerRenewal"
            value={form.monthsPerRenewal}
            onChange={set('monthsPerRenewal')}
            inputMode="numeric"
            refusals={submission.at('duration.monthsPerRenewal')}
          />
        </Fieldset>
        <SubmitButton busy={submission.busy}>Ouvrir le recensement</SubmitButton>
      </Form>
    </>
  );
}
