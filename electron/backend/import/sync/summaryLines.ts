import type { ImportSummary, RowError } from '../../../../shared/api/importDto';

/** How many row errors a summary carries (the preview and the command line show the first ones). */
export const MAX_SUMMARY_ERRORS = 200;
/** How many "why this row matched" lines a summary carries: a million-row file keeps the first ones. */
export const MAX_SUMMARY_MATCHES = 1000;

/** Where in a chunk's handling a line comes from: the chunk's lines are kept in this order. */
export type ChunkStage = 'mapping' | 'matching' | 'writing';
const STAGES: readonly ChunkStage[] = ['mapping', 'matching', 'writing'];

type MatchLine = ImportSummary['matches'][number];

/**
 * The first row errors and match lines of a batch, in the order one chunk of rows gives them:
 * the mapping's errors, then the matching's lines, then the writing's, each in row order. A chunk
 * may arrive in several parts (written part by part, so few rows are held at once); its lines
 * wait until the chunk ends, so the summary reads the same however the rows were cut.
 */
export class SummaryLines {
  readonly errors: RowError[] = [];
  readonly matches: MatchLine[] = [];
  private readonly pending = new Map<ChunkStage, { errors: RowError[]; matches: MatchLine[] }>(
    STAGES.map((stage) => [stage, { errors: [], matches: [] }]),
  );
  private pendingMatches = 0;

  error(stage: ChunkStage, error: RowError): void {
    if (this.errors.length < MAX_SUMMARY_ERRORS) this.pending.get(stage)!.errors.push(error);
  }

  match(stage: ChunkStage, line: MatchLine): void {
    if (this.matches.length >= MAX_SUMMARY_MATCHES) return;
    this.pending.get(stage)!.matches.push(line);
    this.pendingMatches += 1;
  }

  /**
   * Whether a match line the writing is about to give may still be kept (when not, its rule need
   * not be put in words): every line already waiting comes before it.
   */
  wantsMatches(): boolean {
    return this.matches.length + this.pendingMatches < MAX_SUMMARY_MATCHES;
  }

  /** The chunk is complete: its lines join the summary, as many as it still has room for. */
  endChunk(): void {
    for (const stage of STAGES) {
      const lines = this.pending.get(stage)!;
      for (const error of lines.errors) if (this.errors.length < MAX_SUMMARY_ERRORS) this.errors.push(error);
      for (const line of lines.matches) if (this.matches.length < MAX_SUMMARY_MATCHES) this.matches.push(line);
      lines.errors = [];
      lines.matches = [];
    }
    this.pendingMatches = 0;
  }
}
