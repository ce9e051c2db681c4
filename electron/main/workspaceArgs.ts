import path from 'node:path';

/**
 * Reads `--workspace PATH` or `--workspace=PATH` from the command line (relative paths are
 * taken from the working directory). Returns null when the flag is absent.
 * Throws a one-line error when the flag has no value.
 */
export function workspaceFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    let value: string | undefined;
    if (arg === '--workspace') {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error('--workspace needs a file path, e.g. --workspace ~/book.csm');
    } else if (arg.startsWith('--workspace=')) {
      value = arg.slice('--workspace='.length);
      if (value === '') throw new Error('--workspace needs a file path, e.g. --workspace=~/book.csm');
    } else {
      continue;
    }
    return path.resolve(cwd, value);
  }
  return null;
}

/** The workspace used when none is given: workspace.csm in the app's user-data folder. */
export function defaultWorkspaceIn(userDataDir: string): string {
  return path.join(userDataDir, 'workspace.csm');
}
