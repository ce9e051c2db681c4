export function newestMtime(paths: readonly string[]): number;
export function isStale(outputs: readonly string[], sources: readonly string[]): boolean;
