import { given } from './given-when-then';
import { censusDecider, CensusClosedError } from './census.example';

const need = (amountCents: number) =>
  ({ type: 'census.NeedSubmitted', data: { memberSiret: '21640102400013', lot: 1, amountCents } }) as const;

describe('given/when/then for deciders', () => {
  it('passes when the decider emits the expected events', () => {
    given(censusDecider, [need(100), need(250)])
      .when({ type: 'CloseCensus' })
      .then([{ type: 'census.CensusClosed', data: { totalCents: 350 } }]);
  });

  it('fails when the decider emits other events', () => {
    expect(() =>
      given(censusDecider, [need(100)])
        .when({ type: 'CloseCensus' })
        .then([{ type: 'census.CensusClosed', data: { totalCents: 999 } }]),
    ).toThrow(/Expected values to be strictly deep-equal/);
  });

  it('passes when the decider refuses with the expected error and message', () => {
    given(censusDecider, [{ type: 'census.CensusClosed', data: { totalCents: 0 } }])
      .when({ type: 'SubmitNeed', memberSiret: '21640102400013', lot: 1, amountCents: 5 })
      .thenThrows(CensusClosedError, /closed/);
  });

  it('fails when an error was expected but events came', () => {
    expect(() => given(censusDecider).when({ type: 'CloseCensus' }).thenThrows(CensusClosedError)).toThrow(
      /expected CensusClosedError to be thrown, got events/,
    );
  });

  it('fails when the error message does not match', () => {
    expect(() =>
      given(censusDecider, [{ type: 'census.CensusClosed', data: { totalCents: 0 } }])
        .when({ type: 'CloseCensus' })
        .thenThrows(CensusClosedError, /R2121-1/),
    ).toThrow(/message to match/);
  });

  it('exposes the state after the given events', () => {
    expect(given(censusDecider, [need(100), need(50)]).state).toEqual({
      closed: false,
      totalCents: 150,
      submissions: 2,
    });
  });
});
