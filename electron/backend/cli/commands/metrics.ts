import type { MetricsReportDto } from '../../../../shared/api/metricsDto';
import { jsonOption, resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { EXIT_OK, UsageError } from '../errors';
import { formatMoney, formatTable, type Column } from '../table';
import { withBackend } from '../workspace';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

interface FigureRow {
  label: string;
  monthly: string;
  annualised: string;
}

const FIGURE_COLUMNS: Column<FigureRow>[] = [
  { header: 'METRIC', value: (row) => row.label },
  { header: 'MONTHLY', value: (row) => row.monthly, align: 'right' },
  { header: 'ANNUALISED', value: (row) => row.annualised, align: 'right' },
];

const percent = (value: number | null): string => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const money = (value: number | null): string => (value === null ? 'n/a' : formatMoney(Math.round(value * 100) / 100));
const score = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(1));

function parsePeriod(value: string | undefined): string | undefined {
  if (value === undefined || YEAR_MONTH.test(value)) return value;
  throw new UsageError(`--period must be a month as YYYY-MM, e.g. 2024-06 (got "${value}")`);
}

function parseSegment(value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError('--segment needs a segment name');
  return value;
}

/**
 * The report without its per-account lists (at 100k accounts they are most of the JSON): every
 * figure stays, and each LTV month keeps how many accounts churned instead of which.
 */
function summaryOf(report: MetricsReportDto) {
  const { drilldown: _lists, ltvDetail, ...figures } = report;
  const months = ltvDetail.months.map(({ churned, ...month }) => ({ ...month, churnedAccounts: churned.length }));
  return { ...figures, ltvDetail: { ...ltvDetail, months } };
}

/** The report for people: each rate for the month beside its annualised figure, then what moved. */
function formatReport(report: MetricsReportDto): string {
  const { annualised: year, mrrMovements: moves, customers, npsResponses: nps } = report;
  const rows: FigureRow[] = [
    { label: 'Logo churn rate', monthly: percent(report.logoChurnRate), annualised: percent(year.logoChurnRate) },
    { label: 'Gross MRR churn', monthly: percent(report.grossMrrChurn), annualised: percent(year.grossMrrChurn) },
    { label: 'Net MRR churn', monthly: percent(report.netMrrChurn), annualised: percent(year.netMrrChurn) },
    { label: 'GRR', monthly: percent(report.grr), annualised: percent(year.grr) },
    { label: 'NRR', monthly: percent(report.nrr), annualised: percent(year.nrr) },
    { label: 'CRR', monthly: percent(report.crr), annualised: percent(year.crr) },
    { label: 'ARPA', monthly: money(report.arpa), annualised: money(year.arpa) },
    { label: `LTV (${report.settings.ltvWindowMonths}-month churn)`, monthly: money(report.ltv), annualised: '' },
  ];
  const segment = report.filter.segment === null ? 'all segments' : `segment ${report.filter.segment}`;
  return [
    `Portfolio metrics for ${report.period.last}, ${segment} (start: end of ${report.period.cohortMonth})`,
    '',
    formatTable(rows, FIGURE_COLUMNS),
    `MRR           start ${money(report.mrr.start)}, end ${money(report.mrr.end)}`,
    `MRR moves     new ${money(moves.new)}, expansion ${money(moves.expansion)}, contraction ${money(moves.contraction)}, churned ${money(moves.churned)}, reactivation ${money(moves.reactivation)}`,
    `Customers     start ${customers.start}, end ${customers.end}, new ${customers.new}, reactivated ${customers.reactivated}, churned ${customers.churned}`,
    `NPS           ${score(report.nps)} (${report.settings.npsWindowMonths} months: ${nps.promoters} promoters, ${nps.passives} passives, ${nps.detractors} detractors)`,
    `Usage         stickiness ${percent(report.stickiness)}, breadth ${percent(report.breadth)}, depth ${percent(report.depth)}, active days last week ${score(report.frequency)}`,
    '',
  ].join('\n');
}

export const metricsCommand = defineCommand({
  name: 'metrics',
  summary: 'Portfolio metrics for a month: churn, GRR, NRR, CRR, ARPA, LTV, NPS, usage and MRR movements.',
  usage: 'metrics --workspace PATH [--period YYYY-MM] [--segment NAME] [--json [--summary]]',
  details: [
    WORKSPACE_HELP,
    '--period YYYY-MM   the month (default: the last complete month); it starts from the end of the month before',
    '--segment NAME     only the accounts of this segment',
    '--json             the whole report as JSON: every metric (rates as fractions, null = n/a) and the accounts behind each',
    '--summary          with --json: every metric without the per-account lists (drilldown; LTV months give counts)',
    'MRR is the month-end MRR from revenue history, else from the subscriptions active on the month\'s last day;',
    'an account has churned when all of its MRR is gone at the month end.',
  ],
  options: { ...workspaceOption, ...jsonOption, period: { type: 'string' }, segment: { type: 'string' }, summary: { type: 'boolean' } },
  async run({ values }, io) {
    const dbPath = resolveWorkspace(values.workspace, io);
    if (values.summary && !values.json) throw new UsageError('--summary goes with --json (the table is a summary already)');
    const input = { period: parsePeriod(values.period), segment: parseSegment(values.segment) };
    const report = await withBackend(dbPath, (backend) => backend.dispatch('metrics.get', input));
    if (values.json) io.stdout(JSON.stringify(values.summary ? summaryOf(report) : report, null, 2) + '\n');
    else io.stdout(formatReport(report));
    return EXIT_OK;
  },
});
