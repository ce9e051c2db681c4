export * from './contract';
export * from './dto';
export * from './enums';
export * from './errors';
export * from './importDto';
export * from './mappingSpec';
export * from './healthDto';
