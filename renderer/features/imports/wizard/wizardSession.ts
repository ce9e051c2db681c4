import type { QueryClient } from '@tanstack/react-query';
import type { ProgressEvent } from '../../../../shared/api';
import type { ApiClient } from '../../../api/client';
import { describeError } from '../../../api/errors';
import { invalidateImportedData } from '../importQueries';
import { readSettings, runTables, type ReadSettings, type TableDraft } from './draft';
import * as wizard from './wizardState';

type Listener = () => void;

function newTaskId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return `import-${crypto.randomUUID()}`;
  return `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * One wizard run, kept outside React so that leaving the screen (to look at an account, say)
 * neither loses the mapping nor orphans an import under way: coming back shows it as it is.
 */
export class WizardSession {
  private state: wizard.WizardState = wizard.INITIAL_STATE;
  private readonly listeners = new Set<Listener>();
  private nextKey = 1;
  private workspacePath: string | null = null;
  /** Screens showing the session; the progress subscription stays while any does or a run goes on. */
  private attached = 0;
  private unsubscribe: (() => void) | null = null;

  readonly getState = (): wizard.WizardState => this.state;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(change: (state: wizard.WizardState) => wizard.WizardState): void {
    const next = change(this.state);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /**
   * Listens to progress events while the wizard shows (and through a run), so the event stream
   * is connected before a preview or commit starts and its first events are not missed.
   * Returns the detach function, for a React effect.
   */
  attach(api: ApiClient): () => void {
    this.attached++;
    this.listen(api);
    return () => {
      this.attached--;
      this.stopListeningWhenIdle();
    };
  }

  private listen(api: ApiClient): void {
    this.unsubscribe ??= api.subscribe((event) => {
      if (event.name === 'progress') this.set((s) => wizard.taskProgress(s, event.payload as ProgressEvent));
    });
  }

  private stopListeningWhenIdle(): void {
    if (this.attached > 0 || this.state.task) return;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Staged files belong to the workspace that was open: another workspace starts afresh. */
  bindWorkspace(path: string | undefined): void {
    if (path === undefined || path === this.workspacePath) return;
    if (this.workspacePath !== null && !this.state.task) this.reset();
    this.workspacePath = path;
  }

  reset(): void {
    if (this.state.task) return;
    this.set(() => wizard.INITIAL_STATE);
  }

  go(step: wizard.Step): void {
    this.set((s) => wizard.goTo(s, step));
  }

  setFull(full: boolean): void {
    this.set((s) => ({ ...s, full, preview: null }));
  }

  showTable(tableKey: string): void {
    this.set((s) => ({ ...s, activeTable: tableKey }));
  }

  updateDraft(tableKey: string, change: (draft: TableDraft) => TableDraft): void {
    this.set((s) => wizard.updateDraft(s, tableKey, change));
  }

  /** Stages the files one by one (the back-end answers one call at a time), then reads them all. */
  async addFiles(api: ApiClient, files: readonly File[]): Promise<void> {
    if (files.length === 0 || this.state.task) return;
    const entries = files.map((file) => ({ key: `file-${this.nextKey++}`, name: file.name, size: file.size }));
    this.set((s) => wizard.addFiles(s, entries));
    for (const [index, file] of files.entries()) {
      const key = entries[index]!.key;
      try {
        const staged = await api.stageFile(file);
        this.set((s) => wizard.fileStaged(s, key, staged));
      } catch (error) {
        this.set((s) => wizard.fileFailed(s, key, describeError(error).message));
      }
    }
    await this.inspect(api);
  }

  removeFile(key: string): void {
    if (this.state.task) return;
    this.set((s) => wizard.removeFile(s, key));
  }

  private async inspect(api: ApiClient): Promise<void> {
    const fileIds = wizard.stagedFileIds(this.state);
    if (fileIds.length === 0) return;
    this.set((s) => wizard.taskStarted(s, 'inspect', null));
    try {
      const { tables } = await api.call('imports.inspect', { fileIds });
      this.set((s) => wizard.inspected({ ...s, task: null }, tables));
    } catch (error) {
      this.set((s) => wizard.taskFailed(s, error));
    }
  }

  /** Reads one table again with another encoding, delimiter or sheet: new samples, maybe a new header. */
  async reread(api: ApiClient, tableKey: string, change: ReadSettings): Promise<void> {
    const table = this.state.tables.find((t) => t.tableKey === tableKey);
    const draft = this.state.drafts.find((d) => d.tableKey === tableKey);
    if (!table || !draft || this.state.task) return;
    const read = readSettings({ ...draft, ...change });
    this.set((s) => wizard.taskStarted(s, 'inspect', null));
    try {
      const { tables } = await api.call('imports.inspect', { fileIds: [table.fileId], read: { [tableKey]: read } });
      this.set((s) => wizard.reread(s, tableKey, read, tables));
    } catch (error) {
      this.set((s) => wizard.taskFailed(s, error));
    }
  }

  preview(api: ApiClient): Promise<void> {
    return this.run(api, 'preview');
  }

  async commit(api: ApiClient, queryClient: QueryClient): Promise<void> {
    await this.run(api, 'commit');
    if (this.state.step === 'done') await invalidateImportedData(queryClient);
  }

  async cancel(api: ApiClient): Promise<void> {
    const taskId = this.state.task?.taskId;
    if (!taskId || this.state.task?.cancelling) return;
    this.set(wizard.cancelRequested);
    try {
      await api.call('imports.cancel', { taskId });
    } catch {
      // The run's own answer says how it ended; a failed cancel leaves it running to its end.
    }
  }

  private async run(api: ApiClient, kind: 'preview' | 'commit'): Promise<void> {
    if (this.state.task) return;
    const labels = new Map(this.state.tables.map((t) => [t.tableKey, t.label]));
    const plan = runTables(this.state.drafts, labels);
    if (!plan.ok) {
      this.set((s) => ({ ...s, problems: plan.problems }));
      return;
    }
    const taskId = newTaskId();
    this.set((s) => ({ ...wizard.taskStarted(s, kind, taskId), problems: [] }));
    this.listen(api);
    try {
      const input = { taskId, tables: plan.tables, full: this.state.full };
      if (kind === 'preview') {
        const result = await api.call('imports.preview', input);
        this.set((s) => wizard.previewed(s, result));
      } else {
        const result = await api.call('imports.commit', input);
        this.set((s) => wizard.committed(s, result));
      }
    } catch (error) {
      this.set((s) => wizard.taskFailed(s, error));
    } finally {
      this.stopListeningWhenIdle();
    }
  }
}

/** The app's one wizard session (the screen is lazy-loaded, so this lives in its chunk). */
export const wizardSession = new WizardSession();
