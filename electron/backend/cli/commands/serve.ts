import fs from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from '../../http';
import { createBackend } from '../../index';
import { settingsPath } from '../../settings';
import { parseChoice, parsePort, resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { CliError, EXIT_OK } from '../errors';
import { rendererDistDir } from '../paths';

const IF_MISSING = ['demo', 'empty', 'fail'] as const;

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Run the browser build on 127.0.0.1 until Ctrl+C.',
  usage: 'serve [--workspace PATH] [--port N] [--if-missing demo|empty|fail]',
  details: [
    WORKSPACE_HELP,
    '--port N           the port to listen on (default: any free port)',
    '--if-missing X     when the workspace does not exist: create the demo (default), an empty one, or fail',
  ],
  options: { ...workspaceOption, port: { type: 'string', short: 'p' }, 'if-missing': { type: 'string' } },
  async run({ values }, io) {
    const dbPath = resolveWorkspace(values.workspace, io);
    const port = parsePort(values.port);
    const ifMissing = parseChoice('--if-missing', values['if-missing'] ?? 'demo', IF_MISSING);
    const staticDir = rendererDistDir();

    // Remember a workspace the user opens or creates in the app, for the next start.
    const backend = await createBackend({ dbPath, ifMissing, settingsPath: settingsPath(io.env) });
    let server: RunningServer;
    try {
      server = await startServer({ backend, staticDir, port });
    } catch (error) {
      await backend.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new CliError(`port ${port} is already in use on 127.0.0.1; choose another with --port`);
      }
      throw error;
    }

    io.stdout(`CSM Workbench is running at ${server.url}/?token=${server.token}\n`);
    io.stdout(`Workspace: ${dbPath}\n`);
    if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
      io.stderr(`csm: warning: no browser build in ${staticDir}; run \`npm run build:renderer\`\n`);
    }

    await io.waitForShutdown();
    await server.close();
    await backend.close();
    return EXIT_OK;
  },
});
