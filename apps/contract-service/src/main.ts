import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { contractService } from './app/contract-service';

void startService(contractService());
