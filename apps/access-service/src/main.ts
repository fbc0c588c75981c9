import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { accessService } from '@mutualis/access/application';

void startService(accessService());
