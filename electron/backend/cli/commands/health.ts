import type { MeasureBreakdown } from '../../../../shared/domain/health';
import { accountHealthDetail, explainAccount, forEachAccountToScore, type ExplainedAccount } from '../../health';
import { jsonOption, resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { CliError, EXIT_OK, UsageError } from '../errors';
import type { CliIo } from '../io';
import { formatTable, type Column } from '../table';
import { withWorkspace } from '../workspace';

/** One account's health as printed: the shown score and band (an override's while in force) and the computed ones. */
interface HealthLine {
  accountId: number;
  name: string;
  score: number | null;
  band: string;
  bandLabel: string;
  overridden: boolean;
  override: { band: string | null; score: number | null; reason: string; expiresOn: string } | null;
  computedScore: number | null;
  computedBand: string;
  notScoredReason: string | null;
  scorecard: { id: string; version: number };
  measures?: ExplainedMeasure[];
}

interface ExplainedMeasure {
  id: string;
  label: string;
  raw: number | null;
  rawText: string;
  score: number | null;
  weight: number;
  share: number | null;
  nextBand: string | null;
}

function explainMeasure(m: MeasureBreakdown): ExplainedMeasure {
  return { id: m.id, label: m.label, raw: m.raw, rawText: m.rawText, score: m.score === null ? null : round(m.score, 1), weight: m.weight, share: m.share === null ? null : round(m.share, 4), nextBand: m.nextBand?.text ?? null };
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function healthLine({ accountId, health, effective }: ExplainedAccount, name: string, explain: boolean): HealthLine {
  return {
    accountId,
    name,
    score: effective.score,
    band: effective.band,
    bandLabel: effective.bandLabel,
    overridden: effective.overridden,
    override: effective.override,
    computedScore: health.score,
    computedBand: health.band,
    notScoredReason: health.notScoredReason,
    scorecard: { id: health.scorecardId, version: health.scorecardVersion },
    ...(explain ? { measures: health.measures.map(explainMeasure) } : {}),
  };
}

const COLUMNS: Column<HealthLine>[] = [
  { header: 'ID', value: (l) => String(l.accountId), align: 'right' },
  { header: 'NAME', value: (l) => l.name, maxWidth: 36 },
  { header: 'SCORE', value: (l) => (l.score === null ? '' : String(l.score)), align: 'right' },
  { header: 'BAND', value: (l) => l.bandLabel + (l.overridden ? ' (override)' : '') },
];

const MEASURE_COLUMNS: Column<ExplainedMeasure>[] = [
  { header: 'MEASURE', value: (m) => m.label, maxWidth: 36 },
  { header: 'RAW', value: (m) => m.rawText, maxWidth: 48 },
  { header: 'SCORE', value: (m) => (m.score === null ? 'n/a' : String(Math.round(m.score))), align: 'right' },
  { header: 'WEIGHT', value: (m) => String(m.weight), align: 'right' },
  { header: 'SHARE', value: (m) => (m.share === null ? '' : `${Math.round(m.share * 100)}%`), align: 'right' },
  { header: 'NEXT BAND', value: (m) => m.nextBand ?? '' },
];

function parseAccountId(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new UsageError(`--account must be an account id, a whole number from 1 (got "${value}")`);
  return Number(value);
}

function writeText(io: CliIo, date: string, lines: readonly HealthLine[]): void {
  io.stdout(formatTable(lines, COLUMNS));
  for (const line of lines) {
    if (!line.measures) continue;
    const why = line.notScoredReason ?? (line.overridden ? `override: "${line.override?.reason}", computed ${line.computedScore ?? 'not scored'}` : null);
    io.stdout(`\n${line.name} (${line.accountId}), scorecard ${line.scorecard.id} v${line.scorecard.version}${why ? `: ${why}` : ''}\n`);
    io.stdout(formatTable(line.measures, MEASURE_COLUMNS));
  }
  io.stdout(`health as of ${date}: ${lines.length} account${lines.length === 1 ? '' : 's'}\n`);
}

export const healthCommand = defineCommand({
  name: 'health',
  summary: 'Show health scores and bands, computed from the workspace as it is now.',
  usage: 'health [--workspace PATH] [--account ID] [--explain] [--json]',
  details: [
    WORKSPACE_HELP,
    '--account ID       one account (with its trend from the stored snapshots in --json)',
    "--explain          each measure's raw value, score, weight, share and what would move it to the next band",
    '--json             {date, accounts: [...]} as JSON',
  ],
  options: { ...workspaceOption, ...jsonOption, account: { type: 'string' }, explain: { type: 'boolean' } },
  async run({ values }, io) {
    const dbPath = resolveWorkspace(values.workspace, io);
    const accountId = parseAccountId(values.account);
    const explain = values.explain ?? false;
    const now = new Date();
    const output = await withWorkspace(dbPath, async (workspace) => {
      const names = new Map(workspace.sqlite.prepare('SELECT id, name FROM accounts').raw().all() as [number, string][]);
      if (accountId !== undefined) {
        const detail = accountHealthDetail(workspace, accountId, now);
        if (!detail) throw new CliError(`Account ${accountId} does not exist in ${dbPath}`);
        const line = healthLine({ accountId, health: detail.health, effective: detail.effective }, names.get(accountId) ?? '', explain);
        return { date: detail.health.asOf, accounts: [{ ...line, trend: { arrow: detail.trend.arrow, change: detail.trend.change, points: detail.trend.points } }] };
      }
      const lines: HealthLine[] = [];
      const date = forEachAccountToScore(workspace.sqlite, now.toISOString(), undefined, (account, card, day) =>
        lines.push(healthLine(explainAccount(account, card, day), names.get(account.id) ?? '', explain)),
      );
      return { date, accounts: lines };
    });
    if (values.json) io.stdout(JSON.stringify(output, null, 2) + '\n');
    else writeText(io, output.date, output.accounts);
    return EXIT_OK;
  },
});
