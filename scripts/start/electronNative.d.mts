export const NATIVE_MODULE: string;
export function electronNativePaths(root: string): { buildPath: string; moduleDir: string; binary: string; stamp: string };
export function wantedStamp(root: string, electronVersion: string): Record<string, string>;
export function isElectronNativeCurrent(root: string, electronVersion: string): boolean;
export function ensureElectronNative(
  root: string,
  electronVersion: string,
  options?: { rebuild?: (options: Record<string, unknown>) => Promise<void>; log?: (line: string) => void },
): Promise<boolean>;
