import { resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { EXIT_OK } from '../errors';
import { createWorkspaceFile } from '../workspace';

export const initCommand = defineCommand({
  name: 'init',
  summary: 'Create a new, empty workspace file.',
  usage: 'init [--workspace PATH]',
  details: [WORKSPACE_HELP, 'Refuses to touch a file that already exists.'],
  options: { ...workspaceOption },
  async run({ values }, io) {
    const dbPath = resolveWorkspace(values.workspace, io);
    await createWorkspaceFile(dbPath, 'empty');
    io.stdout(`Created an empty workspace at ${dbPath}\n`);
    return EXIT_OK;
  },
});
