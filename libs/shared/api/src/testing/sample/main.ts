// Runs the sample service: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register <this file>
// with DATABASE_URL and MUTUALIS_JWT_SECRET set (see libs/shared/api/README.md).
import { startService } from '../../lib/bootstrap/start-service';
import { sampleService } from './sample-service';

void startService(sampleService());
