export * from './agencies';
export * from './demo-accounts';
export * from './events';
export * from './roster';
export * from './unique';
export * from './users';
