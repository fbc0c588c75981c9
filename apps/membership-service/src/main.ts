import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { membershipService } from './app/membership-service';

void startService(membershipService());
