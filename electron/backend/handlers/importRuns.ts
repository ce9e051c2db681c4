import type { ParsedInput } from '../../../shared/api/contract';
import type { ImportRunResult, InspectedTable } from '../../../shared/api/importDto';
import { toMappingSpec } from '../../../shared/api/mappingSpec';
import type { HandlerContext } from '../context';
import { listMappingProfiles, mappingProfilesForHeader } from '../db/repos/mappingProfiles';
import { inspectStagedFile } from '../import/wizard/inspectTables';
import { tablesToImport } from '../import/wizard/tableChoices';
import type { HandlersFor } from './types';

type ImportRunMethods = 'files.register' | 'imports.inspect' | 'imports.preview' | 'imports.commit' | 'imports.cancel';

/**
 * The Import wizard: files staged once and named by fileId, their tables inspected with a
 * proposed mapping, then previewed or committed as one run under the caller's taskId.
 */
export const importRunHandlers: HandlersFor<ImportRunMethods> = {
  'files.register': async ({ path }, ctx) => ctx.stagedFiles.register(path),

  'imports.inspect': async ({ fileIds, read }, ctx) => {
    const tables: InspectedTable[] = [];
    for (const fileId of new Set(fileIds)) {
      const file = ctx.stagedFiles.get(fileId);
      tables.push(
        ...(await inspectStagedFile(file, {
          savedMappingsFor: (header) => mappingProfilesForHeader(ctx.workspace.sqlite, header),
          ...(read ? { read } : {}),
        })),
      );
    }
    return { tables };
  },

  'imports.preview': (input, ctx) => runTables(input, ctx, true),

  'imports.commit': async (input, ctx) => {
    const result = await runTables(input, ctx, false);
    if (!result.cancelled) ctx.events.emit('accounts.changed', { ids: [] });
    return result;
  },

  'imports.cancel': async ({ taskId }, ctx) => ({ cancelled: await ctx.importRunner.cancel(taskId) }),
};

function runTables(input: ParsedInput<'imports.commit'>, ctx: HandlerContext, dryRun: boolean): Promise<ImportRunResult> {
  const choices = input.tables.map((table) => ({ ...table, mapping: toMappingSpec(table.mapping) }));
  return ctx.importRunner.run(ctx.workspace, {
    taskId: input.taskId,
    dryRun,
    full: input.full,
    tables: () => tablesToImport(choices, ctx.stagedFiles, listMappingProfiles(ctx.workspace.sqlite)),
  });
}
