import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { contractService } from '@mutualis/contract/application';

void startService(contractService());
