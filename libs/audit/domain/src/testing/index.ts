export * from './procedure-scenario';
