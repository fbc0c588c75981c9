export * from './procedure-scenario';
export * from './act-samples';
