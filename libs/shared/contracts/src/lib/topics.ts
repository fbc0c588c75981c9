/** The bounded contexts that publish events, one Kafka topic each. */
export const CONTEXTS = ['membership', 'supplier', 'tender', 'contract', 'audit', 'access'] as const;
export type Context = (typeof CONTEXTS)[number];

/** The topic a context publishes its events to: `mutualis.<context>.events`. */
export function eventsTopic(context: Context): string {
  return `mutualis.${context}.events`;
}

/** Where messages that a consumer could not handle go, with headers saying why: `<topic>.dlt`. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlt`;
}
