import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { tenderService } from './app/tender-service';

void startService(tenderService());
