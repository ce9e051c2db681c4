import { listConflicts } from '../../import/sync';
import { jsonOption, resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { EXIT_OK } from '../errors';
import { withWorkspace } from '../workspace';

export const conflictsCommand = defineCommand({
  name: 'conflicts',
  summary: 'List fields that both you and the CRM changed since the last import, for you to resolve.',
  usage: 'conflicts --workspace PATH [--json]',
  details: [WORKSPACE_HELP, '--json             the open conflicts as JSON'],
  options: { ...workspaceOption, ...jsonOption },
  async run({ values }, io) {
    const dbPath = resolveWorkspace(values.workspace, io);
    const conflicts = await withWorkspace(dbPath, async (workspace) => listConflicts(workspace));
    if (values.json) {
      io.stdout(JSON.stringify(conflicts, null, 2) + '\n');
      return EXIT_OK;
    }
    if (conflicts.length === 0) io.stdout('No open conflicts.\n');
    for (const c of conflicts) io.stdout(`${JSON.stringify(c)}\n`);
    return EXIT_OK;
  },
});
