import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { startWorkspacePath } from '../settings';
import { UsageError } from './errors';
import type { CliIo } from './io';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
export type OptionValues<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>['values'];

/** Options most commands share; spread them into a command's `options`. */
export const workspaceOption = { workspace: { type: 'string', short: 'w' } } as const;
export const jsonOption = { json: { type: 'boolean' } } as const;
export const WORKSPACE_HELP = '--workspace PATH   the workspace file (default: the last one opened in the app, else the user data folder)';

/** node:util parseArgs, with its multi-line messages turned into one readable line. */
export function parseCommandArgs<O extends OptionsConfig>(
  commandName: string,
  argv: string[],
  options: O,
  maxPositionals: number,
): { values: OptionValues<O>; positionals: string[] } {
  let parsed: { values: OptionValues<O>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    throw new UsageError(describeParseError(commandName, error));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(
      `unexpected argument "${parsed.positionals[maxPositionals]}" for ${commandName}; run \`csm help ${commandName}\``,
    );
  }
  return parsed;
}

function describeParseError(commandName: string, error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(?:-\w, )?(-{1,2}[^' ,]+)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /argument missing|ambiguous/.test(message ?? '')
      ? `${option} needs a value`
      : `${option} does not take a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return `unknown option ${option} for ${commandName}; run \`csm help ${commandName}\``;
  }
  return `${(message ?? String(error)).split('\n')[0]}`;
}

/** The workspace file: --workspace resolved against the working folder, or the default one. */
export function resolveWorkspace(value: string | undefined, io: CliIo): string {
  if (value === undefined) return startWorkspacePath(undefined, io.env);
  if (value.trim() === '') throw new UsageError('--workspace needs a file path');
  return path.resolve(io.cwd, value);
}

export function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${value}")`);
  }
  return port;
}

export function parseChoice<const C extends string>(option: string, value: string, choices: readonly C[]): C {
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw new UsageError(`${option} must be one of ${choices.join(', ')} (got "${value}")`);
}
