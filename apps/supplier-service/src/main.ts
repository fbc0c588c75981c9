import 'reflect-metadata';
import { startService } from '@mutualis/shared/api';
import { supplierService } from '@mutualis/supplier/application';

void startService(supplierService());
