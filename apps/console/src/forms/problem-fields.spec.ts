import { Problem } from '../api/problem';
import { refusalOf, sentenceOf } from './problem-fields';

const fields = ['name', 'coordinator.siret', 'convention.effectiveOn', 'lots'];

describe('a refusal spread over a form', () => {
  it('puts a rule refusal beside the field the form says it concerns, in French, with its article', () => {
    const problem: Problem = {
      type: 'urn:mutualis:rule:convention-effective-before-signature',
      title: 'Refused by a business rule',
      status: 422,
      detail: 'effective on 2026-01-01, signed on 2026-01-15',
      legalReference: 'L2113-7',
    };
    const refusal = refusalOf(
      problem,
      { 'convention-effective-before-signature': 'convention.effectiveOn' },
      fields,
    );
    expect(refusal.form).toEqual([]);
    expect(refusal.fields['convention.effectiveOn']).toEqual([
      {
        message: 'L’entrée en vigueur ne peut précéder la signature de la convention.',
        article: 'L2113-7',
      },
    ]);
    expect(sentenceOf(refusal.fields['convention.effectiveOn']![0]!)).toBe(
      'L’entrée en vigueur ne peut précéder la signature de la convention. (L2113-7)',
    );
  });

  it('keeps for the form a rule refusal that concerns no field of it', () => {
    const problem: Problem = { type: 'urn:mutualis:rule:no-members', title: 'Refused', status: 422 };
    expect(refusalOf(problem, {}, fields)).toEqual({
      fields: {},
      form: [{ message: 'Le groupement n’a pas de membre concerné.' }],
    });
  });

  it('puts each invalid field of a validation problem beside it, or beside its closest shown parent', () => {
    const problem: Problem = {
      type: 'urn:mutualis:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      errors: [
        { field: 'name', message: 'name should not be empty' },
        { field: 'lots.0.title', message: 'title must be a string' },
        { field: 'convention.cao', message: 'cao must be one of dedicated, coordinator' },
      ],
    };
    const refusal = refusalOf(problem, {}, fields);
    expect(Object.keys(refusal.fields)).toEqual(['name', 'lots']);
    expect(refusal.form).toEqual([
      { message: 'Valeur refusée : cao must be one of dedicated, coordinator.' },
    ]);
  });

  it('says another problem in French for the whole form', () => {
    const problem: Problem = {
      type: 'urn:mutualis:problem:forbidden',
      title: 'Access denied',
      status: 403,
      detail: 'role coordinator required',
    };
    expect(refusalOf(problem, {}, fields).form).toEqual([
      {
        message: 'Vous n’avez pas le droit de faire cela dans ce rôle.',
        detail: 'role coordinator required',
      },
    ]);
  });

  it('shows an unknown rule by the service’s detail', () => {
    const problem: Problem = {
      type: 'urn:mutualis:rule:brand-new-rule',
      title: 'Refused',
      status: 422,
      detail: 'Something new',
      legalReference: 'R2121-1',
    };
    expect(refusalOf(problem, {}, fields).form).toEqual([{ message: 'Something new', article: 'R2121-1' }]);
  });
});
