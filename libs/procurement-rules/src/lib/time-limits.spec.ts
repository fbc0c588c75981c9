import {
  awardNoticeDueBy,
  checkDeadline,
  checkSignature,
  minimumTimeLimit,
  standstillEndsOn,
  type TimeLimitConditions,
} from './time-limits';

const conditions = (
  procedure: TimeLimitConditions['procedure'],
  flags: Partial<Omit<TimeLimitConditions, 'procedure'>> = {},
): TimeLimitConditions => ({ procedure, electronic: false, pin: false, urgency: false, ...flags });

describe('minimum time limits (T6, R2161-2 to R2161-15)', () => {
  it.each([
    ['open', {}, 35, 'R2161-2'],
    ['open', { electronic: true }, 30, 'R2161-3 2°'],
    ['open', { pin: true }, 15, 'R2161-3'],
    ['open', { urgency: true }, 15, 'R2161-3'],
    ['open', { electronic: true, urgency: true }, 15, 'R2161-3'],
    ['restricted-candidatures', {}, 30, 'R2161-6'],
    ['restricted-candidatures', { electronic: true, pin: true }, 30, 'R2161-6'],
    ['restricted-candidatures', { urgency: true }, 15, 'R2161-6'],
    ['restricted-offers', {}, 30, 'R2161-7'],
    ['restricted-offers', { electronic: true }, 25, 'R2161-8 2°'],
    ['restricted-offers', { pin: true }, 10, 'R2161-8 1°'],
    ['restricted-offers', { urgency: true }, 10, 'R2161-8 3°'],
    ['negotiated-offers', {}, 30, 'R2161-14'],
    ['negotiated-offers', { electronic: true }, 25, 'R2161-15 2°'],
    ['negotiated-offers', { pin: true }, 10, 'R2161-15 1°'],
    ['negotiated-offers', { urgency: true, electronic: true }, 10, 'R2161-15 3°'],
  ] as const)('%s with %j: %i days (%s)', (procedure, flags, days, legalReference) => {
    expect(minimumTimeLimit(conditions(procedure, flags))).toEqual({ days, legalReference });
  });

  it('sets no minimum for a MAPA, whose time limit is only reasonable (R2123-4)', () => {
    expect(minimumTimeLimit(conditions('mapa'))).toEqual({ days: null, legalReference: 'R2123-4' });
  });
});

describe('checking a deadline (T6)', () => {
  const check = (
    deadline: string,
    procedure: TimeLimitConditions['procedure'] = 'open',
    electronic = false,
  ) => checkDeadline({ ...conditions(procedure, { electronic }), noticeSentOn: '2026-03-02', deadline });

  it('accepts an open procedure deadline exactly 35 days after the notice, refuses 34 (R2161-2)', () => {
    expect(check('2026-04-06')).toBeNull();
    expect(check('2026-04-05')).toEqual({
      rule: 'deadline-too-short',
      legalReference: 'R2161-2',
      message: expect.stringContaining('34 days'),
      values: { minimumDays: 35, actualDays: 34, earliestDeadline: '2026-04-06' },
    });
  });

  it('accepts 30 days with electronic submission, refuses 29 (R2161-3 2°)', () => {
    expect(check('2026-04-01', 'open', true)).toBeNull();
    expect(check('2026-03-31', 'open', true)).toMatchObject({
      legalReference: 'R2161-3 2°',
      values: { minimumDays: 30, actualDays: 29, earliestDeadline: '2026-04-01' },
    });
  });

  it('refuses a deadline before the notice was sent', () => {
    expect(check('2026-03-01')?.values).toEqual({
      minimumDays: 35,
      actualDays: -1,
      earliestDeadline: '2026-04-06',
    });
  });

  it('never refuses a MAPA deadline, however short', () => {
    expect(check('2026-03-03', 'mapa')).toBeNull();
  });

  it('throws RangeError for a malformed date', () => {
    expect(() => check('2026-04-31')).toThrow(RangeError);
    expect(() => check('2026-04-31', 'mapa')).toThrow(RangeError);
  });
});

describe('standstill before signature (T14, R2182-1)', () => {
  it('ends 11 days after electronic rejection notices, 16 days otherwise, date à date', () => {
    expect(standstillEndsOn('2026-06-01', true)).toBe('2026-06-12');
    expect(standstillEndsOn('2026-06-01', false)).toBe('2026-06-17');
    expect(standstillEndsOn('2026-02-20', true)).toBe('2026-03-03');
    expect(standstillEndsOn('2028-02-20', true)).toBe('2028-03-02');
  });

  const sign = (
    signedOn: string,
    electronic = true,
    procedure: 'formalised' | 'mapa' | 'dispense' = 'formalised',
  ) => checkSignature({ procedure, rejectionNoticesSentOn: '2026-06-01', electronic, signedOn });

  it('allows a signature on day 11 after electronic notices, refuses day 10', () => {
    expect(sign('2026-06-12')).toBeNull();
    expect(sign('2026-06-11')).toEqual({
      rule: 'standstill-not-observed',
      legalReference: 'R2182-1',
      message: expect.stringContaining('2026-06-12'),
      values: {
        standstillDays: 11,
        actualDays: 10,
        rejectionNoticesSentOn: '2026-06-01',
        signedOn: '2026-06-11',
        earliestSignature: '2026-06-12',
      },
    });
  });

  it('allows a signature on day 16 after notices sent otherwise, refuses day 15', () => {
    expect(sign('2026-06-17', false)).toBeNull();
    expect(sign('2026-06-16', false)?.values).toMatchObject({ standstillDays: 16, actualDays: 15 });
  });

  it('imposes no standstill on a MAPA or a dispense', () => {
    expect(sign('2026-06-01', true, 'mapa')).toBeNull();
    expect(sign('2026-06-02', false, 'dispense')).toBeNull();
  });
});

describe('award notice (T15, R2183-1)', () => {
  it('is due within 30 days after signature', () => {
    expect(awardNoticeDueBy('2026-06-15')).toBe('2026-07-15');
    expect(awardNoticeDueBy('2026-12-15')).toBe('2027-01-14');
  });

  it('throws RangeError for a malformed date', () => {
    expect(() => awardNoticeDueBy('15/06/2026')).toThrow(RangeError);
  });
});
