/** The identifiers the samples of every event type share, so that the ledger's names label them all. */
export const SAMPLE = {
  consortium: '0192f0a0-0000-7000-8000-0000000a0001',
  census: '0192f0a0-0000-7000-8000-0000000a0002',
  procedure: '0192f0a0-0000-7000-8000-0000000a0003',
  tender: '0192f0a0-0000-7000-8000-0000000a0004',
  bid: '0192f0a0-0000-7000-8000-0000000a0005',
  otherBid: '0192f0a0-0000-7000-8000-0000000a0006',
  contract: '0192f0a0-0000-7000-8000-0000000a0007',
  person: '0192f0a0-0000-7000-8000-0000000a0008',
  key: '0192f0a0-0000-7000-8000-0000000a0009',
  question: '0192f0a0-0000-7000-8000-0000000a000a',
  invoice: '0192f0a0-0000-7000-8000-0000000a000b',
  /** The coordinator: Saint-Nazaire. */
  coordinator: '21440184600016',
  /** A commune that applies and joins: Savenay. */
  member: '21440195900019',
  /** The company that bids, wins and executes. */
  holder: '73282932000074',
  sha256: 'a'.repeat(64),
} as const;
