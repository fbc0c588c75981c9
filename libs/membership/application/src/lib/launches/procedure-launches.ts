import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ContextRuntime } from '@mutualis/shared/api';
import { eventsTopic, tenderContracts, TenderPublished } from '@mutualis/shared/contracts';
import { Consortia } from '../consortia';

/**
 * Process manager: when the tender service sends a consortium's notice, the consortium records the launch, so that
 * its composition is set (M3) and the procedure's beneficiaries are the members of that day. Idempotent: the
 * decider records a procedure's launch once, however often the event is delivered.
 */
@Injectable()
export class ProcedureLaunches implements OnModuleInit {
  constructor(
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Consortia) private readonly consortia: Consortia,
  ) {}

  onModuleInit(): void {
    this.runtime.addConsumer({
      name: 'membership.procedure-launches',
      topics: [eventsTopic('tender')],
      contracts: tenderContracts,
      handles: ['tender.TenderPublished'],
      handle: async (event) => {
        const { noticeSentOn, object } = event.data as TenderPublished;
        await this.consortia.handleAsSystem(
          event.consortiumId,
          {
            type: 'RecordProcedureLaunch',
            procedureId: event.streamId.slice('tender-'.length),
            launchedOn: noticeSentOn,
            object,
          },
          { correlationId: event.correlationId, causationId: event.id },
        );
      },
    });
  }
}
