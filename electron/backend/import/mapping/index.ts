/** Mapping: file rows -> typed workbench records (MappedBatch), by a mapping file or an automatic profile. */
export { type MappingDecision } from './columnDecisions';
export { mappingFromDetection, sourceOfProfile } from './fromDetection';
export { hashFile } from './hashFile';
export { loadMappingFile, MappingFileError, parseMappingText } from './loadMappingFile';
export { mapTable, openMappedTable, type MapTableOptions, type MappedChunk, type MappedStream, type MappedTable } from './mapTable';
export { mappingSpecSchema, type ColumnTarget, type MappingSpec } from './spec';
