export const ELECTRON_BUNDLES: { entry: string; file: string }[];
export function buildElectron(options?: { outDir?: string; minify?: boolean }): Promise<void>;
