import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { membershipService } from '@mutualis/membership/application';

void startService(membershipService());
