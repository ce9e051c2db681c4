import { AppError } from '../../../shared/api/errors';
import { toMappingSpec } from '../../../shared/api/mappingSpec';
import { deleteMappingProfile, foldHeader, listMappingProfiles, saveMappingProfile } from '../db/repos/mappingProfiles';
import type { HandlersFor } from './types';

/**
 * Mapping profiles saved by name. imports.inspect proposes one again when a file comes back
 * with the same header set (same columns in any order, ignoring case and outer spaces).
 */
export const mappingsHandlers: HandlersFor<'mappings.list' | 'mappings.save' | 'mappings.delete'> = {
  'mappings.list': async (_input, ctx) => listMappingProfiles(ctx.workspace.sqlite),

  'mappings.save': async ({ name, header, mapping }, ctx) => {
    if (header.length === 0) throw new AppError('BAD_INPUT', 'header: list the columns of the file the mapping is for', { field: 'header' });
    const columns = new Set(header.map(foldHeader));
    const stray = Object.keys(mapping.columns).filter((column) => !columns.has(foldHeader(column)));
    if (stray.length > 0) {
      throw new AppError('BAD_INPUT', `mapping.columns: "${stray[0]}" is not a column of the header`, { field: 'mapping', columns: stray });
    }
    return saveMappingProfile(ctx.workspace.sqlite, { name, header, mapping: toMappingSpec(mapping), updatedAt: ctx.nowIso() });
  },

  'mappings.delete': async ({ name }, ctx) => ({ deleted: deleteMappingProfile(ctx.workspace.sqlite, name) }),
};
