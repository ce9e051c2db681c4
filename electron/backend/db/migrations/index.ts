import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_accounts_name_index';
import * as m0003 from './0003_import_sync';
import * as m0004 from './0004_subscriptions';
import * as m0005 from './0005_sync_objects';
import * as m0006 from './0006_mapping_profiles';
import * as m0007 from './0007_sync_record_state';
import * as m0008 from './0008_health';
import * as m0009 from './0009_task_status_and_local_edits';
import * as m0010 from './0010_usage_summaries';
import * as m0011 from './0011_implicit_sync_base';

/**
 * Every migration, imported statically so that bundlers (esbuild for Electron) see them.
 * Add a new numbered file and one line here; never edit a migration that has landed.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_accounts_name_index': m0002,
  '0003_import_sync': m0003,
  '0004_subscriptions': m0004,
  '0005_sync_objects': m0005,
  '0006_mapping_profiles': m0006,
  '0007_sync_record_state': m0007,
  '0008_health': m0008,
  '0009_task_status_and_local_edits': m0009,
  '0010_usage_summaries': m0010,
  '0011_implicit_sync_base': m0011,
};

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1) ?? '';

export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration> = MIGRATIONS) {}

  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(this.migrations);
  }
}
