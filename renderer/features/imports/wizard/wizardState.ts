import type { ImportRunResult, InspectedTable, ProgressEvent, StagedFile } from '../../../../shared/api';
import { draftFromTable, rereadDraft, type ReadSettings, type TableDraft } from './draft';

/**
 * The Import wizard as data: files -> mapping -> preview -> commit -> done. Every transition
 * is a pure function of the state, so the rules are tested without a browser; wizardSession.ts
 * runs the calls and feeds their answers in.
 */
export type Step = 'files' | 'map' | 'preview' | 'done';

export interface FileEntry {
  /** Local key until the back-end names the file. */
  key: string;
  name: string;
  size: number;
  status: 'staging' | 'staged' | 'failed';
  staged: StagedFile | null;
  error: string | null;
}

export type TaskKind = 'inspect' | 'preview' | 'commit';

export interface RunningTask {
  kind: TaskKind;
  taskId: string | null;
  progress: ProgressEvent | null;
  cancelling: boolean;
}

export interface WizardState {
  step: Step;
  files: FileEntry[];
  tables: InspectedTable[];
  drafts: TableDraft[];
  /** The table whose mapping is shown. */
  activeTable: string | null;
  full: boolean;
  task: RunningTask | null;
  /** The last failure, shown on the step that asked, and what was being done. */
  error: unknown;
  errorKind: TaskKind | null;
  /** What the user should know that is not an error ("cancelled: nothing was written"). */
  notice: string | null;
  /** What keeps the mapping from being previewed, one line each. */
  problems: string[];
  preview: ImportRunResult | null;
  result: ImportRunResult | null;
}

export const INITIAL_STATE: WizardState = {
  step: 'files',
  files: [],
  tables: [],
  drafts: [],
  activeTable: null,
  full: false,
  task: null,
  error: null,
  errorKind: null,
  notice: null,
  problems: [],
  preview: null,
  result: null,
};

export function addFiles(state: WizardState, files: readonly { key: string; name: string; size: number }[]): WizardState {
  const entries = files.map((file): FileEntry => ({ ...file, status: 'staging', staged: null, error: null }));
  return { ...state, step: 'files', files: [...state.files, ...entries], error: null, notice: null };
}

export function fileStaged(state: WizardState, key: string, staged: StagedFile): WizardState {
  return { ...state, files: state.files.map((f) => (f.key === key ? { ...f, status: 'staged', staged, error: null } : f)) };
}

export function fileFailed(state: WizardState, key: string, error: string): WizardState {
  return { ...state, files: state.files.map((f) => (f.key === key ? { ...f, status: 'failed', error } : f)) };
}

/** Removing a file drops its tables (and their drafts) too. */
export function removeFile(state: WizardState, key: string): WizardState {
  const file = state.files.find((f) => f.key === key);
  const fileId = file?.staged?.fileId;
  const tables = fileId ? state.tables.filter((t) => t.fileId !== fileId) : state.tables;
  return withTables({ ...state, files: state.files.filter((f) => f.key !== key) }, tables);
}

export function stagedFileIds(state: WizardState): string[] {
  return state.files.flatMap((f) => (f.status === 'staged' && f.staged ? [f.staged.fileId] : []));
}

/** New inspection: tables already mapped keep the user's choices; new ones start from the proposal. */
export function inspected(state: WizardState, tables: readonly InspectedTable[]): WizardState {
  return { ...withTables(state, tables), step: tables.length > 0 ? 'map' : state.step, preview: null };
}

function withTables(state: WizardState, tables: readonly InspectedTable[]): WizardState {
  const previous = new Map(state.drafts.map((d) => [d.tableKey, d]));
  const drafts = tables.map((t) => previous.get(t.tableKey) ?? draftFromTable(t));
  const keys = new Set(tables.map((t) => t.tableKey));
  const activeTable = state.activeTable !== null && keys.has(state.activeTable) ? state.activeTable : (tables[0]?.tableKey ?? null);
  return { ...state, tables: [...tables], drafts, activeTable };
}

/** One table read again with the user's settings: its file's tables are replaced in place. */
export function reread(state: WizardState, tableKey: string, read: ReadSettings, fresh: readonly InspectedTable[]): WizardState {
  const fileId = state.tables.find((t) => t.tableKey === tableKey)?.fileId;
  if (fileId === undefined) return { ...state, task: null };
  const tables: InspectedTable[] = [];
  let placed = false;
  for (const table of state.tables) {
    if (table.fileId !== fileId) tables.push(table);
    else if (!placed) {
      tables.push(...fresh);
      placed = true;
    }
  }
  const previous = new Map(state.drafts.map((d) => [d.tableKey, d]));
  const drafts = tables.map((table) => {
    const old = previous.get(table.tableKey);
    if (table.tableKey === tableKey && old) return rereadDraft(old, table, read);
    return old ?? draftFromTable(table);
  });
  return { ...state, tables, drafts, task: null, preview: null, problems: [] };
}

export function updateDraft(state: WizardState, tableKey: string, change: (draft: TableDraft) => TableDraft): WizardState {
  // Any change to the mapping makes an earlier preview stale.
  const drafts = state.drafts.map((d) => (d.tableKey === tableKey ? change(d) : d));
  return { ...state, drafts, preview: null, notice: null, problems: [] };
}

export function taskStarted(state: WizardState, kind: TaskKind, taskId: string | null): WizardState {
  return { ...state, task: { kind, taskId, progress: null, cancelling: false }, error: null, notice: null };
}

/** A progress event counts only for the task under way (another window's import is not ours). */
export function taskProgress(state: WizardState, progress: ProgressEvent): WizardState {
  if (!state.task || state.task.taskId !== progress.taskId) return state;
  return { ...state, task: { ...state.task, progress } };
}

export function cancelRequested(state: WizardState): WizardState {
  return state.task ? { ...state, task: { ...state.task, cancelling: true } } : state;
}

export function taskFailed(state: WizardState, error: unknown): WizardState {
  return { ...state, task: null, error, errorKind: state.task?.kind ?? null };
}

export function previewed(state: WizardState, result: ImportRunResult): WizardState {
  if (result.cancelled) return { ...state, task: null, notice: 'Preview cancelled.' };
  return { ...state, task: null, step: 'preview', preview: result };
}

/** A cancelled commit wrote nothing: back to the preview, saying so. */
export function committed(state: WizardState, result: ImportRunResult): WizardState {
  if (result.cancelled) return { ...state, task: null, step: 'preview', notice: 'Import cancelled: nothing was written.' };
  return { ...state, task: null, step: 'done', result };
}

export function goTo(state: WizardState, step: Step): WizardState {
  return state.task ? state : { ...state, step, error: null, notice: null };
}

/** Share of the task done, from 0 to 1, or null while unknown (no event yet, or no total). */
export function progressFraction(task: RunningTask | null): number | null {
  const progress = task?.progress;
  if (!progress || progress.total <= 0) return null;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}
