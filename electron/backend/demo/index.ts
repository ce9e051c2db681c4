export { generateDemoWorkspace, DEFAULT_DEMO_ACCOUNTS, DEFAULT_DEMO_SEED } from './demo';
export type { DemoOptions, DemoSummary } from './demo';
export { generateBook, DEFAULT_BOOK_SEED } from './book';
export type { BookOptions, BookSummary } from './book';
export type { TableCounts } from './generator';
export { GENERATED_TABLES, type GeneratedTable } from './tables';
export { salesforceChecksum } from './external-ids';
