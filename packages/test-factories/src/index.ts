export * from './agencies';
export * from './demo-accounts';
export * from './roster';
export * from './unique';
export * from './users';
