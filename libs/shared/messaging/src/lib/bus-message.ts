/** A message as it travels on the bus: Kafka's shape (key, value, string headers), also used by the in-process bus. */
export interface BusMessage {
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/** A message received from a topic, with where it came from. */
export interface ReceivedMessage extends BusMessage {
  topic: string;
  partition: number;
  offset: string;
}
