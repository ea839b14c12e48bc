export * from './agencies';
export * from './demo-accounts';
export * from './unique';
export * from './users';
