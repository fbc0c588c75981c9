import { sentenceOf, ShownRefusal } from '../forms/problem-fields';

interface FormAlertProps {
  refusals?: ShownRefusal[];
  failure?: string | null;
  fieldCount?: number;
}

/**
 * What a form's submission came to, announced to screen readers (role="alert"): refusals that concern no field, a
 * network or server failure, and how many fields carry a refusal of their own.
 */
export function FormAlert({ refusals = [], failure = null, fieldCount = 0 }: FormAlertProps) {
  const hasContent = refusals.length > 0 || failure !== null || fieldCount > 0;
  return (
    <div role="alert" aria-live="assertive" className={hasContent ? 'alert alert-error' : 'visually-hidden'}>
      {hasContent ? (
        <>
          <p className="alert-title">La demande n’a pas abouti.</p>
          {fieldCount > 0 ? (
            <p>
              {fieldCount === 1
                ? 'Un champ est refusé : voyez le message sous ce champ.'
                : `${fieldCount} champs sont refusés : voyez le message sous chacun.`}
            </p>
          ) : null}
          {refusals.map((refusal, index) => (
            <p key={index}>{sentenceOf(refusal)}</p>
          ))}
          {failure ? <p>{failure}</p> : null}
        </>
      ) : null}
    </div>
  );
}
