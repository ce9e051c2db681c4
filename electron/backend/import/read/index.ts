/** Reading import files: CSV (any encoding, any of , ; tab), XLSX and Salesforce Data Export ZIPs. */
export { openTableSource, sniffFileKind, type FileKind } from './openTableSource';
export { openZipExport, type ZipEntryInfo, type ZipExport } from './zipExport';
export { ImportReadError } from './readError';
export type { ReadOptions, TableRow, TableSource } from './types';
