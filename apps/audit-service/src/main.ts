import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { auditService } from './app/audit-service';

void startService(auditService());
