import { ProblemException } from '../errors/problem.exception';
import { JobHandler, JobRun } from '../jobs/job';
import { ContextRuntime } from './context-runtime';
import { ProjectionRebuilt } from './projections.responses';

export const PROJECTION_REBUILD = 'projection-rebuild';

export interface RebuildInput {
  projection: string;
}

/**
 * A read model rebuilt from the whole event store as a job of the platform: progress is the count of events applied
 * so far (the total is not known before the end). A rebuild interrupted by a restart starts again from the first
 * event: the live read model serves all along, so nothing is lost but time.
 */
export class ProjectionRebuild implements JobHandler<RebuildInput, ProjectionRebuilt> {
  readonly kind = PROJECTION_REBUILD;

  constructor(private readonly runtime: ContextRuntime) {}

  async run({ job, progress }: JobRun<RebuildInput, null>): Promise<ProjectionRebuilt> {
    const { projection } = job.input;
    const eventsApplied = await this.runtime.rebuild(projection, (applied) => progress(applied, null, null));
    if (eventsApplied === null) {
      throw new ProblemException('not-found', `This service has no read model ${projection}.`);
    }
    return { projection, eventsApplied };
  }
}
