import os from 'node:os';
import path from 'node:path';

/**
 * Where the workbench keeps its files when the user has not chosen: the platform's user data
 * folder (what Electron's app.getPath('userData') gives), so the CLI, the browser build and
 * the desktop app agree on one default workspace.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CSM_DATA_DIR) return path.resolve(env.CSM_DATA_DIR);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'CSM Workbench');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'CSM Workbench');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'csm-workbench');
}

export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), 'workspace.csm');
}

export function workspacesDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), 'workspaces');
}
