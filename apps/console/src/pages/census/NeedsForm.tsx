import { FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { call } from '../../api/call-result';
import type { CensusView } from '../../api/schemas';
import { Fieldset } from '../../components/Fieldset';
import { FormAlert } from '../../components/FormAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { SubmitButton } from '../../components/SubmitButton';
import { TextInput } from '../../components/TextInput';
import { formatEuros, parseEurosToCents } from '../../format/money';
import { ShownRefusal } from '../../forms/problem-fields';
import { useClients } from '../../hooks/use-clients';
import { useSubmission } from '../../hooks/use-submission';

interface Props {
  consortiumId: string;
  census: CensusView;
  memberSiret: string;
  onSubmitted(): void;
}

const RULE_FIELDS = { 'unknown-lot': 'needs', 'estimated-value-out-of-range': 'needs' };
const amountText = (cents: number | undefined) =>
  cents === undefined ? '0' : formatEuros(cents, 'HT').replace(/\s?€ HT$/, '');

/** A member buyer's answer to an open census: its annual need per lot and its options, in euros HT. */
export function NeedsForm({ consortiumId, census, memberSiret, onSubmitted }: Props) {
  const { membership } = useClients('member-buyer', consortiumId);
  const previous = census.needs.find((answer) => answer.memberSiret === memberSiret);
  const [typed, setTyped] = useState(() =>
    census.lots.map((lot) => {
      const need = previous?.needs.find((entry) => entry.lot === lot.number);
      return { annual: amountText(need?.annualCents), options: amountText(need?.optionsAnnualCents) };
    }),
  );
  const fields = census.lots.flatMap((_, index) => [
    `needs.${index}.annualCents`,
    `needs.${index}.optionsAnnualCents`,
  ]);
  const submission = useSubmission(RULE_FIELDS, [...fields, 'needs']);
  const [invalid, setInvalid] = useState<Record<string, ShownRefusal[]>>({});
  const [sent, setSent] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const wrong: Record<string, ShownRefusal[]> = {};
    const needs = census.lots.map((lot, index) => {
      const annual = parseEurosToCents(typed[index]!.annual);
      const options = parseEurosToCents(typed[index]!.options);
      if (annual === null)
        wrong[`needs.${index}.annualCents`] = [
          { message: 'Saisissez un montant en euros, par exemple 12 500,50.' },
        ];
      if (options === null)
        wrong[`needs.${index}.optionsAnnualCents`] = [
          { message: 'Saisissez un montant en euros, 0 si aucun.' },
        ];
      return { lot: lot.number, annualCents: annual ?? 0, optionsAnnualCents: options ?? 0 };
    });
    setInvalid(wrong);
    if (Object.keys(wrong).length > 0) return;
    const accepted = await submission.submit(() =>
      call(
        membership.POST('/consortia/{consortiumId}/censuses/{censusId}/needs/{authoritySiret}', {
          params: {
            path: { consortiumId, censusId: census.censusId, authoritySiret: memberSiret },
            header: { 'Idempotency-Key': crypto.randomUUID() },
          },
          body: { needs },
        }),
      ),
    );
    if (accepted) {
      setSent(true);
      onSubmitted();
    }
  };
  const at = (field: string) => invalid[field] ?? submission.at(field);
  return (
    <section aria-labelledby="needs-form">
      <h2 id="needs-form">
        {previous ? 'Modifier la réponse de ma collectivité' : 'La réponse de ma collectivité'}
      </h2>
      {sent ? <StatusMessage tone="success">Votre réponse est enregistrée.</StatusMessage> : null}
      <Form onSubmit={send} className="form">
        <FormAlert
          refusals={[...submission.refusal.form, ...(submission.at('needs') ?? [])]}
          failure={submission.failure}
          fieldCount={Object.keys(invalid).length}
        />
        {census.lots.map((lot, index) => (
          <Fieldset key={lot.number} legend={`Lot ${lot.number} : ${lot.title}`}>
            <TextInput
              label="Besoin annuel (€ HT)"
              name={`needs.${index}.annualCents`}
              value={typed[index]!.annual}
              onChange={(annual) =>
                setTyped(typed.map((entry, i) => (i === index ? { ...entry, annual } : entry)))
              }
              inputMode="decimal"
              refusals={at(`needs.${index}.annualCents`)}
            />
            <TextInput
              label="Options par an (€ HT)"
              name={`needs.${index}.optionsAnnualCents`}
              value={typed[index]!.options}
              onChange={(options) =>
                setTyped(typed.map((entry, i) => (i === index ? { ...entry, options } : entry)))
              }
              inputMode="decimal"
              refusals={at(`needs.${index}.optionsAnnualCents`)}
            />
          </Fieldset>
        ))}
        <SubmitButton busy={submission.busy}>Envoyer la réponse</SubmitButton>
      </Form>
    </section>
  );
}
