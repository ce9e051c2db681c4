import type { Account, AccountRow } from '../../../../shared/api/dto';
import { describeArrSource, isDerivedArr } from '../../../../shared/domain/metrics';
import { listAccountsFull } from '../../db/repos/accounts';
import { jsonOption, resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { EXIT_OK } from '../errors';
import type { CliIo } from '../io';
import { formatMoney, formatTable, type Column } from '../table';
import { withBackend, withWorkspace } from '../workspace';

const TABLE_COLUMNS: Column<AccountRow>[] = [
  { header: 'ID', value: (a) => String(a.id), align: 'right' },
  { header: 'NAME', value: (a) => a.name, maxWidth: 36 },
  { header: 'TIER', value: (a) => a.tier ?? '' },
  { header: 'SEGMENT', value: (a) => a.segment ?? '', maxWidth: 16 },
  { header: 'OWNER', value: (a) => a.owner ?? '', maxWidth: 24 },
  { header: 'STAGE', value: (a) => a.stage ?? '' },
  { header: 'STATUS', value: (a) => a.status },
  { header: 'MRR', value: (a) => formatMoney(a.mrr), align: 'right' },
  // The effective ARR; derived ones (no ARR entered) are marked, as on screen.
  { header: 'ARR', value: (a) => formatMoney(a.arr) + (a.arrSource !== undefined && isDerivedArr(a.arrSource) ? '*' : ''), align: 'right' },
  { header: 'RENEWAL', value: (a) => a.renewalDate ?? '' },
];

/** Written in slices so a 100,000-account book never becomes one giant string. */
function writeJsonArray(io: CliIo, accounts: readonly Account[]): void {
  if (accounts.length === 0) {
    io.stdout('[]\n');
    return;
  }
  const SLICE = 1000;
  for (let start = 0; start < accounts.length; start += SLICE) {
    const slice = accounts.slice(start, start + SLICE).map((account) => '  ' + JSON.stringify(account));
    const opening = start === 0 ? '[\n' : ',\n';
    io.stdout(opening + slice.join(',\n'));
  }
  io.stdout('\n]\n');
}

export const accountsCommand = defineCommand({
  name: 'accounts',
  summary: 'List every account in the workspace.',
  usage: 'accounts [--workspace PATH] [--json]',
  details: [WORKSPACE_HELP, '--json             every account with all its fields, as a JSON array'],
  options: { ...workspaceOption, ...jsonOption },
  async run({ values }, io) {
    const dbPath = resolveWorkspace(values.workspace, io);
    if (values.json) {
      // The contract's accounts.list returns table rows only; the full records come from the repo.
      const accounts = await withWorkspace(dbPath, (workspace) => listAccountsFull(workspace.db, workspace.sqlite));
      writeJsonArray(io, accounts);
      return EXIT_OK;
    }
    const { rows } = await withBackend(dbPath, (backend) => backend.dispatch('accounts.list', {}));
    if (rows.length === 0) {
      io.stdout(`No accounts in ${dbPath}\n`);
      return EXIT_OK;
    }
    io.stdout(formatTable(rows, TABLE_COLUMNS));
    io.stdout(`${rows.length} account${rows.length === 1 ? '' : 's'}\n`);
    if (rows.some((row) => row.arrSource !== undefined && isDerivedArr(row.arrSource))) io.stdout(`* ${describeArrSource('revenue')} (or the MRR field)\n`);
    return EXIT_OK;
  },
});
