export { exportAccounts, type AccountExport } from './exportAccounts';
export { CRM_FORMATS, EXPORT_FORMATS, type ExportFormat } from './crmFormats';
export { OWNED_ACCOUNT_FIELDS, type OwnedField } from './ownedFields';
export { neutraliseFormula, quoteCsvField, formatCsv } from './csv';
export { writeFileAtomic } from './writeFileAtomic';
