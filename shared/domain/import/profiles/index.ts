export { detectProfile, PROFILES } from './detect';
export type { ColumnMapping, ProfileDetection, ProfileName } from './types';
