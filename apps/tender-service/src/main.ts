import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { tenderService } from '@mutualis/tender/application';

void startService(tenderService());
