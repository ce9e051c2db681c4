import { describe, expect, it } from 'vitest';
import type { ImportRunResult, TableImportSummary } from '../../../shared/api';
import { withColumnField } from '../../../renderer/features/imports/wizard/draft';
import * as wizard from '../../../renderer/features/imports/wizard/wizardState';
import { inspectedTable } from './tables';

const staged = (fileId: string, name = `${fileId}.csv`) => ({ fileId, name, size: 10 });

function withOneFile(): wizard.WizardState {
  let state = wizard.addFiles(wizard.INITIAL_STATE, [{ key: 'k1', name: 'Account.csv', size: 10 }]);
  state = wizard.fileStaged(state, 'k1', staged('file-1', 'Account.csv'));
  return wizard.inspected(state, [inspectedTable()]);
}

function summary(overrides: Partial<TableImportSummary> = {}): TableImportSummary {
  return {
    object: 'accounts', batchId: 7, new: 22, updated: 0, unchanged: 0, conflicts: 0, invalid: 0, missing: 0,
    errors: [], matches: [], file: 'Account.csv', decisions: [], warnings: [], ...overrides,
  };
}

const result = (overrides: Partial<ImportRunResult> = {}): ImportRunResult => ({ dryRun: false, cancelled: false, tables: [summary()], ...overrides });

describe('the wizard’s files', () => {
  it('stages files, then moves to the mapping once their tables are read', () => {
    const state = withOneFile();
    expect(wizard.stagedFileIds(state)).toEqual(['file-1']);
    expect(state.step).toBe('map');
    expect(state.activeTable).toBe('file-1');
    expect(state.drafts).toHaveLength(1);
  });

  it('a failed file says why and is not inspected', () => {
    let state = wizard.addFiles(wizard.INITIAL_STATE, [{ key: 'k1', name: 'a.pdf', size: 1 }]);
    state = wizard.fileFailed(state, 'k1', 'a.pdf: not a table');
    expect(state.files[0]).toMatchObject({ status: 'failed', error: 'a.pdf: not a table' });
    expect(wizard.stagedFileIds(state)).toEqual([]);
  });

  it('reading again keeps the choices made for tables already there', () => {
    let state = withOneFile();
    state = wizard.updateDraft(state, 'file-1', (d) => withColumnField(d, 'Notes', 'segment'));
    state = wizard.fileStaged(wizard.addFiles(state, [{ key: 'k2', name: 'b.csv', size: 1 }]), 'k2', staged('file-2'));
    state = wizard.inspected(state, [inspectedTable(), inspectedTable({ tableKey: 'file-2', fileId: 'file-2', label: 'b.csv' })]);
    expect(state.drafts.find((d) => d.tableKey === 'file-1')?.columns.find((c) => c.header === 'Notes')?.field).toBe('segment');
    expect(state.drafts).toHaveLength(2);
  });

  it('removing a file drops its tables and moves the shown table to one left', () => {
    let state = wizard.fileStaged(wizard.addFiles(withOneFile(), [{ key: 'k2', name: 'b.csv', size: 1 }]), 'k2', staged('file-2'));
    state = wizard.inspected(state, [inspectedTable(), inspectedTable({ tableKey: 'file-2', fileId: 'file-2' })]);
    state = wizard.removeFile(state, 'k1');
    expect(state.tables.map((t) => t.tableKey)).toEqual(['file-2']);
    expect(state.drafts.map((d) => d.tableKey)).toEqual(['file-2']);
    expect(state.activeTable).toBe('file-2');
  });
});

describe('reading one table again', () => {
  it('replaces that file’s tables in place and keeps the others’ drafts', () => {
    let state = wizard.fileStaged(wizard.addFiles(withOneFile(), [{ key: 'k2', name: 'b.csv', size: 1 }]), 'k2', staged('file-2'));
    state = wizard.inspected(state, [inspectedTable(), inspectedTable({ tableKey: 'file-2', fileId: 'file-2' })]);
    state = wizard.taskStarted(state, 'inspect', null);
    state = wizard.reread(state, 'file-1', { encoding: 'windows-1252' }, [inspectedTable({ encoding: 'windows-1252' })]);
    expect(state.tables.map((t) => [t.tableKey, t.encoding])).toEqual([
      ['file-1', 'windows-1252'],
      ['file-2', 'UTF-8'],
    ]);
    expect(state.drafts[0]?.encoding).toBe('windows-1252');
    expect(state.task).toBeNull();
  });
});

describe('preview and commit', () => {
  it('a change to the mapping makes the preview stale', () => {
    let state = wizard.previewed(wizard.taskStarted(withOneFile(), 'preview', 't1'), result({ dryRun: true }));
    expect(state.step).toBe('preview');
    state = wizard.updateDraft(state, 'file-1', (d) => ({ ...d, source: 'crm' }));
    expect(state.preview).toBeNull();
  });

  it('takes progress only from its own task', () => {
    let state = wizard.taskStarted(withOneFile(), 'commit', 't1');
    state = wizard.taskProgress(state, { taskId: 'other', label: 'x', done: 5, total: 10 });
    expect(state.task?.progress).toBeNull();
    state = wizard.taskProgress(state, { taskId: 't1', label: 'Account.csv', done: 40, total: 100 });
    expect(wizard.progressFraction(state.task)).toBe(0.4);
  });

  it('a cancelled commit goes back to the preview saying nothing was written', () => {
    let state = wizard.previewed(wizard.taskStarted(withOneFile(), 'preview', 't1'), result({ dryRun: true }));
    state = wizard.cancelRequested(wizard.taskStarted(state, 'commit', 't2'));
    expect(state.task?.cancelling).toBe(true);
    state = wizard.committed(state, result({ cancelled: true, tables: [] }));
    expect(state.step).toBe('preview');
    expect(state.notice).toBe('Import cancelled: nothing was written.');
    expect(state.preview).not.toBeNull();
  });

  it('a landed commit shows the result; a failure keeps the step and says what failed', () => {
    const done = wizard.committed(wizard.taskStarted(withOneFile(), 'commit', 't1'), result());
    expect(done.step).toBe('done');
    expect(done.result?.tables[0]?.batchId).toBe(7);
    const failed = wizard.taskFailed(wizard.taskStarted(withOneFile(), 'preview', 't1'), new Error('BUSY'));
    expect(failed.step).toBe('map');
    expect(failed.errorKind).toBe('preview');
    expect(failed.task).toBeNull();
  });

  it('cannot change step while a task runs', () => {
    const running = wizard.taskStarted(withOneFile(), 'commit', 't1');
    expect(wizard.goTo(running, 'files')).toBe(running);
  });
});

describe('progressFraction', () => {
  it('is unknown before the first event or without a total, and stays within 0..1', () => {
    const task = (progress: wizard.RunningTask['progress']): wizard.RunningTask => ({ kind: 'commit', taskId: 't', progress, cancelling: false });
    expect(wizard.progressFraction(null)).toBeNull();
    expect(wizard.progressFraction(task(null))).toBeNull();
    expect(wizard.progressFraction(task({ taskId: 't', label: '', done: 3, total: 0 }))).toBeNull();
    expect(wizard.progressFraction(task({ taskId: 't', label: '', done: 130, total: 100 }))).toBe(1);
  });
});
