export type ElectronDetection =
  | { found: true; binary: string; version: string }
  | { found: false; reason: string };

export function findElectronPackageDir(projectRoot: string): string | null;
export function detectElectronBinary(options: { packageDir: string | null; env?: NodeJS.ProcessEnv }): ElectronDetection;
