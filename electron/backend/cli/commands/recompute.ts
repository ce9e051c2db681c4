import { recomputeHealth } from '../../health';
import { jsonOption, resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { EXIT_OK } from '../errors';
import { withWorkspace } from '../workspace';

export const recomputeCommand = defineCommand({
  name: 'recompute',
  summary: "Recompute every account's health and store today's snapshots (overrides are kept).",
  usage: 'recompute [--workspace PATH] [--json]',
  details: [WORKSPACE_HELP, '--json             {date, scored, notScored} as JSON, without the progress line'],
  options: { ...workspaceOption, ...jsonOption },
  async run({ values }, io) {
    const dbPath = resolveWorkspace(values.workspace, io);
    const json = values.json ?? false;
    const result = await withWorkspace(dbPath, async (workspace) =>
      recomputeHealth(workspace, {}, json ? undefined : ({ done, total }) => io.stdout(`recomputing health: ${done} of ${total} accounts\n`)),
    );
    if (json) io.stdout(JSON.stringify(result) + '\n');
    else io.stdout(`health recomputed for ${result.date}: ${result.scored} scored, ${result.notScored} not scored\n`);
    return EXIT_OK;
  },
});
