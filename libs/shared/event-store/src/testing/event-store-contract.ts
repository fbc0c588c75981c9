import { appendContract } from './contract/append.contract';
import { integrityContract } from './contract/integrity.contract';
import { readContract } from './contract/read.contract';
import { AdapterCapabilities, OpenSubject } from './contract/subject';
import { subscriptionContract } from './contract/subscription.contract';

export type { AdapterCapabilities, ContractSubject, OpenSubject } from './contract/subject';

/**
 * The behaviour every EventStore adapter must show, run against a real engine: each adapter's integration test
 * calls this with a function that opens the adapter on a fresh schema.
 */
export function describeEventStoreContract(
  adapter: string,
  open: OpenSubject,
  capabilities: AdapterCapabilities,
): void {
  describe(`EventStore contract: ${adapter}`, () => {
    appendContract(open, capabilities);
    readContract(open);
    subscriptionContract(open, capabilities);
    integrityContract(open, capabilities);
  });
}
