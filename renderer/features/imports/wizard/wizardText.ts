import type { ProfileName } from '../../../../shared/domain/import/profiles/types';
import type { ProgressEvent } from '../../../../shared/api';
import { formatInt } from '../../../lib/format';

/** Words for what the wizard shows: sizes, profiles, delimiters, progress. Pure, so tested. */

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatInt(bytes)} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

export const PROFILE_LABELS: Record<ProfileName, string> = {
  salesforce: 'Salesforce export (API names)',
  'salesforce-report': 'Salesforce report (labels)',
  hubspot: 'HubSpot export',
  generic: 'Generic table',
};

export function profileLabel(profile: string): string {
  return PROFILE_LABELS[profile as ProfileName] ?? profile;
}

export const DELIMITERS: readonly { value: string; label: string }[] = [
  { value: ',', label: 'Comma ,' },
  { value: ';', label: 'Semicolon ;' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe |' },
];

export function delimiterLabel(delimiter: string | null): string {
  if (delimiter === null) return '—';
  return DELIMITERS.find((d) => d.value === delimiter)?.label ?? `"${delimiter}"`;
}

/** Encodings CRM exports arrive in (the reader's detector ranks these), plus a few legacy ones. */
export const ENCODINGS = ['UTF-8', 'UTF-16LE', 'UTF-16BE', 'windows-1252', 'windows-1251', 'ISO-8859-1', 'ISO-8859-15', 'KOI8-R', 'macintosh'];

export const DATE_ORDERS: readonly { value: '' | 'DMY' | 'MDY' | 'YMD'; label: string }[] = [
  { value: '', label: 'Detect per column' },
  { value: 'DMY', label: 'Day first (31.12.2025)' },
  { value: 'MDY', label: 'Month first (12/31/2025)' },
  { value: 'YMD', label: 'Year first (2025-12-31)' },
];

/** "Account.csv · 40%", or the fallback before the first event. */
export function describeProgress(progress: ProgressEvent | null, fallback: string): string {
  if (!progress) return fallback;
  // The engine names the table it reads, and "done" once every table is read and written.
  const label = progress.label === 'done' ? 'Finishing' : progress.label || fallback;
  if (progress.total <= 0) return label;
  const percent = Math.floor((progress.done / progress.total) * 100);
  return `${label} · ${Math.min(100, Math.max(0, percent))}%`;
}

/** The first few samples as one line, for the mapping table. */
export function samplesLine(samples: readonly string[], max = 4): string {
  const shown = samples.slice(0, max).map((s) => (s.length > 40 ? `${s.slice(0, 39)}…` : s));
  return shown.join(' · ');
}
