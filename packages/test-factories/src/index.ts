export * from './agencies';
export * from './unique';
