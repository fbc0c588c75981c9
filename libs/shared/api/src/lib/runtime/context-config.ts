import { Expose } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';
import { PlatformConfig } from '../config/platform-config';

/** The variables of a service that keeps an event store and talks to the others through Kafka. */
export class ContextConfig extends PlatformConfig {
  /**
   * Kafka bootstrap servers, `host:port[,host:port…]`. Unset, events stay on an in-process bus: enough to run one
   * service alone, not to let the others hear it.
   */
  @Expose()
  @IsOptional()
  @Matches(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, { message: '$property must be host:port[,host:port…]' })
  @IsString()
  KAFKA_BROKERS?: string;

  /**
   * Put before every consumer group's name (`<prefix><context>.<what>`), so that environments or test runs sharing a
   * Kafka cluster never share a consumer group. Empty by default.
   */
  @Expose()
  @Matches(/^[A-Za-z0-9._-]*$/, {
    message: '$property may hold letters, digits, dots, underscores and dashes',
  })
  @IsString()
  KAFKA_CONSUMER_GROUP_PREFIX = '';
}
