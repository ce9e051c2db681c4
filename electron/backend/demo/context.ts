import type { ExternalIdFactory } from './external-ids';
import type { NameSource } from './names';
import type { Random } from './random';
import type { Tables } from './tables';
import type { HistoryWindow } from './window';

/**
 * How much data each account gets. The demo (null counts) follows each account's tier and
 * story; a benchmark book asks for exact counts per account.
 */
export interface GenerationProfile {
  kind: 'demo' | 'book';
  contactsPerAccount: number | null;
  usageRowsPerAccount: number | null;
  activitiesPerAccount: number | null;
  /** Multiplies the number of tickets, NPS responses and notes (the book keeps them lighter). */
  extrasScale: number;
}

/** Next explicit row id per table: the workspace is empty, so ids are known before the insert. */
export interface IdCounters {
  account: number;
  contact: number;
  opportunity: number;
  ticket: number;
  nps: number;
  activity: number;
  note: number;
  task: number;
}

export interface GeneratorContext {
  random: Random;
  names: NameSource;
  externalIds: ExternalIdFactory;
  tables: Tables;
  window: HistoryWindow;
  profile: GenerationProfile;
  takenDomains: Set<string>;
  nextId: IdCounters;
}

/** A contact already written, as the later writers of the same account need it. */
export interface ContactRef {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  role: string;
}

/** A touch already written (notes are taken during calls, meetings and QBRs). */
export interface ActivityRef {
  id: number;
  type: string;
  atMs: number;
  subject: string;
  contactIds: number[];
}
