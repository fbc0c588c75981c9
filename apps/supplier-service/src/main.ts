import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { supplierService } from './app/supplier-service';

void startService(supplierService());
