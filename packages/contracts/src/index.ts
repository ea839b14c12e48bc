export * from './agencies';
export * from './errors';
export * from './health';
export * from './ids';
export * from './municipalities';
export * from './pagination';
export * from './sectors';
