export * from './users';
export * from './teams';
export * from './apiTokens';
export * from './audit';
export * from './workers';
export * from './datasets';
export * from './runs';
export * from './phases';
