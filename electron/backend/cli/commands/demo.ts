import { resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { EXIT_OK } from '../errors';
import { createWorkspaceFile } from '../workspace';

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Create a workspace filled with a made-up book of accounts to explore.',
  usage: 'demo [--workspace PATH]',
  details: [WORKSPACE_HELP, 'Refuses to touch a file that already exists.'],
  options: { ...workspaceOption },
  async run({ values }, io) {
    const dbPath = resolveWorkspace(values.workspace, io);
    const { accountCount } = await createWorkspaceFile(dbPath, 'demo');
    io.stdout(`Created the demo workspace at ${dbPath} (${accountCount} accounts)\n`);
    return EXIT_OK;
  },
});
