import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../../shared/api/errors';
import type { Backend } from '../types';
import { sendCallError } from './api';
import { limitBody } from './body';
import type { ErrorLogger } from './envelope';
import { sendApiError, sendJson } from './responses';

export const UPLOAD_PATH = '/api/upload';

/** CRM exports reach 1 GB; twice that leaves room without letting a runaway upload fill the disk. */
export const DEFAULT_UPLOAD_LIMIT = 2 * 1024 * 1024 * 1024;

/**
 * POST /api/upload?name=<file name>: the raw body is the file. It is streamed to a temp file
 * (never held in memory) and answered with the envelope of a StagedFile, whose fileId the
 * Import wizard's methods take. The router's token, Host and Origin guards apply as for /api.
 */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  backend: Pick<Backend, 'stageUpload'>,
  log: ErrorLogger,
  limit = DEFAULT_UPLOAD_LIMIT,
): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendApiError(res, { code: 'BAD_INPUT', message: `Use POST to upload a file to ${UPLOAD_PATH}` }, 405);
    return;
  }
  try {
    const name = url.searchParams.get('name');
    if (name === null || name.trim() === '') {
      throw new AppError('BAD_INPUT', `Name the uploaded file: POST ${UPLOAD_PATH}?name=<file name>`);
    }
    const staged = await backend.stageUpload(name, limitBody(req, limit, `"${name}"`));
    sendJson(res, 200, { ok: true, result: staged });
  } catch (error) {
    sendCallError(res, error, log);
  }
}
