import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { HandlersFor } from './types';
import { describeWorkspace } from '../workspaceInfo';

export const workspaceHandlers: HandlersFor<'workspace.info' | 'workspace.create' | 'workspace.open'> = {
  'workspace.info': async (_input, ctx) => describeWorkspace(ctx.workspace),

  'workspace.create': async ({ kind, path: target }, ctx) => {
    const stamp = ctx.nowIso().replace(/[:.]/g, '-');
    const filePath = target ?? path.join(ctx.workspacesDir, `${kind === 'demo' ? 'demo' : 'workspace'}-${stamp}.csm`);
    if (fs.existsSync(filePath)) {
      throw new AppError('BAD_INPUT', `${path.resolve(filePath)} already exists; open it instead, or choose another name`, {
        field: 'path',
      });
    }
    return ctx.switchWorkspace({ path: filePath, ifMissing: kind });
  },

  'workspace.open': async ({ path: filePath }, ctx) => ctx.switchWorkspace({ path: filePath, ifMissing: 'fail' }),
};
