import type { Command } from '../command';
import { accountsCommand } from './accounts';
import { conflictsCommand } from './conflicts';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { fieldsCommand } from './fields';
import { healthCommand } from './health';
import { createHelpCommand } from './help';
import { importCommand } from './import';
import { initCommand } from './init';
import { inspectCommand } from './inspect';
import { metricsCommand } from './metrics';
import { recomputeCommand } from './recompute';
import { serveCommand } from './serve';

/** Every `csm` command, in the order `csm help` lists them. A new command is one file and one line here. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  demoCommand,
  accountsCommand,
  fieldsCommand,
  inspectCommand,
  importCommand,
  conflictsCommand,
  metricsCommand,
  healthCommand,
  recomputeCommand,
  exportCommand,
  serveCommand,
  createHelpCommand(() => COMMANDS),
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
