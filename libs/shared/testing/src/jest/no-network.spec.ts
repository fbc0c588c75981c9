import { connect } from 'node:net';

describe('the unit-test network guard', () => {
  it('refuses a TCP connection with a message pointing to integration tests', () => {
    expect(() => connect(5432, '127.0.0.1')).toThrow(/move this test to a \*\.int-spec\.ts file/);
  });
});
