import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { auditService } from '@mutualis/audit/application';

void startService(auditService());
