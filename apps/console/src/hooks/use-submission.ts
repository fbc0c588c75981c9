import { useCallback, useState } from 'react';
import { CallResult, failureMessage } from '../api/call-result';
import { FormRefusal, refusalOf, RuleFields, ShownRefusal } from '../forms/problem-fields';

const NONE: FormRefusal = { fields: {}, form: [] };

export interface Submission {
  busy: boolean;
  refusal: FormRefusal;
  failure: string | null;
  /** The refusals shown beside a field (by its path in the request's body). */
  at(field: string): ShownRefusal[] | undefined;
  /** Sends the form; its data when it was accepted, null when refused or failed (then shown by the form). */
  submit<Data>(send: () => Promise<CallResult<Data>>): Promise<Data | null>;
}

/** A form's submission: busy while it runs, then its refusals by field or its failure, kept until the next one. */
export function useSubmission(ruleFields: RuleFields, fieldsShown: readonly string[]): Submission {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FormRefusal>(NONE);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = useCallback(
    async <Data>(send: () => Promise<CallResult<Data>>): Promise<Data | null> => {
      setBusy(true);
      setFailure(null);
      setRefusal(NONE);
      const result = await send();
      setBusy(false);
      if (result.kind === 'ok') return result.data;
      if (result.kind === 'refused') setRefusal(refusalOf(result.problem, ruleFields, fieldsShown));
      else setFailure(failureMessage(result));
      return null;
    },
    [ruleFields, fieldsShown],
  );
  return { busy, refusal, failure, at: (field) => refusal.fields[field], submit };
}
