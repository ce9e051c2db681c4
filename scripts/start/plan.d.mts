import type { ElectronDetection } from './electronBinary.mjs';

export const USAGE: string;
export const NO_ELECTRON_NOTICE: string;

export interface StartOptions {
  browser: boolean;
  dryRun: boolean;
  workspace: string | null;
  port: string | null;
}

export type StartPlan =
  | { mode: 'electron'; notice: null; binary: string; electronVersion: string; appArgs: string[] }
  | { mode: 'browser'; notice: string | null; serveArgs: string[] };

export function parseStartArgs(argv: readonly string[]): StartOptions;
export function planStart(options: Pick<StartOptions, 'browser' | 'workspace' | 'port'>, electron: ElectronDetection): StartPlan;
