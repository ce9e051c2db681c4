import fs from 'node:fs';
import path from 'node:path';

/** The parts of a V8 .cpuprofile (node --cpu-prof) this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Time spent in the function itself. */
  self: Hotspot[];
  /** Time spent in the function and everything it called (repository code only). */
  inclusive: Hotspot[];
}

function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.replace(/^.*?\/(electron|shared|tests|node_modules)\//, '$1/').replace(/^file:\/\//, '');
  return `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
}

/** Top functions of a profile by self time, and repository functions by inclusive time. */
export function summariseProfile(file: string, top = 12): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const selfById = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    total += delta;
    selfById.set(id, (selfById.get(id) ?? 0) + delta);
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, micros] of selfById) {
    const name = frameName(byId.get(id)!.callFrame);
    self.set(name, (self.get(name) ?? 0) + micros);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const node = byId.get(at)!;
      const ancestor = frameName(node.callFrame);
      if (!/ (electron|shared)\//.test(ancestor) || seen.has(ancestor)) continue;
      seen.add(ancestor);
      inclusive.set(ancestor, (inclusive.get(ancestor) ?? 0) + micros);
    }
  }
  const rank = (map: Map<string, number>): Hotspot[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: total > 0 ? micros / total : 0 }));
  return { totalMs: total / 1000, self: rank(self), inclusive: rank(inclusive) };
}

/** The main thread's profile among those node wrote into `dir` (the largest file). */
export function mainThreadProfile(dir: string): string | null {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(dir, name));
  return files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0] ?? null;
}

export function formatSummary(summary: ProfileSummary): string {
  const line = (spot: Hotspot) => `  ${spot.ms.toFixed(0).padStart(7)} ms ${(spot.share * 100).toFixed(1).padStart(5)}%  ${spot.name}`;
  return [
    `CPU profile: ${(summary.totalMs / 1000).toFixed(1)} s sampled`,
    'self time:',
    ...summary.self.map(line),
    'inclusive time (repository code):',
    ...summary.inclusive.map(line),
  ].join('\n');
}
