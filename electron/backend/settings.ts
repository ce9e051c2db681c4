import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultWorkspacePath, userDataDir } from './paths';

/** The app's own settings (not a workspace's): which workspace to open next time. */
const AppSettings = z.object({ lastWorkspace: z.string().optional() }).catchall(z.unknown());
export type AppSettings = z.infer<typeof AppSettings>;

export function settingsPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), 'settings.json');
}

/** A missing or damaged settings file reads as no settings: it must never stop the app starting. */
export function readAppSettings(file: string): AppSettings {
  try {
    const parsed = AppSettings.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Written to a temp file then renamed, so a crash never leaves half a settings file. */
export function writeAppSettings(file: string, patch: Partial<AppSettings>): void {
  const next = { ...readAppSettings(file), ...patch };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`);
  fs.renameSync(temp, file);
}

/**
 * The workspace to open at start: the one named on the command line, else the one the user
 * last opened or created in the app (if it still exists), else the default file.
 */
export function startWorkspacePath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return explicit;
  const last = readAppSettings(settingsPath(env)).lastWorkspace;
  if (last && fs.existsSync(last)) return last;
  return defaultWorkspacePath(env);
}
