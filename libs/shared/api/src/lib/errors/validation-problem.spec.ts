import type { ValidationError } from '@nestjs/common';
import { fieldErrors, validationProblem } from './validation-problem';

const error = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => ({ property, children, ...(constraints ? { constraints } : {}) });

describe('validation problems', () => {
  it('name each invalid field by its dotted path, with all its messages', () => {
    const errors = [
      error('title', { isString: 'title must be a string', length: 'title must be shorter' }),
      error('lots', undefined, [
        error('0', undefined, [error('amountCents', { isInt: 'amountCents must be an integer' })]),
      ]),
    ];
    expect(fieldErrors(errors)).toEqual([
      { field: 'title', message: 'title must be a string; title must be shorter' },
      { field: 'lots.0.amountCents', message: 'amountCents must be an integer' },
    ]);
  });

  it('are 400 validation-failed problems listing the fields in errors', () => {
    expect(validationProblem([error('nature', { isIn: 'nature must be one of works' })]).problem).toEqual({
      type: 'urn:mutualis:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: '1 field(s) of the request are not valid.',
      errors: [{ field: 'nature', message: 'nature must be one of works' }],
    });
  });
});
