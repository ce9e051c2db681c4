/** The mapping spec lives in shared/api: the UI's mapping screen sends the same JSON form the command line reads. */
export { columnTarget, mappingSpecSchema, toMappingSpec, type ColumnTarget, type MappingSpec } from '../../../../shared/api/mappingSpec';
