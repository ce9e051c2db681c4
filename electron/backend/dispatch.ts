import { contract, isMethod, type Method, type Output } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { HandlerContext } from './context';
import type { Handler, HandlerMap } from './handlers/types';

interface Issue {
  path: PropertyKey[];
  message: string;
}

function describeIssues(method: string, issues: readonly Issue[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return `Invalid input for ${method}: ${parts.join('; ')}`;
}

/**
 * Turns anything thrown below the seam into an AppError a user can read. `importRunning` tells
 * whose lock a busy workspace met: our own import run's (BUSY) or another program's (DB_LOCKED).
 */
export function toAppError(error: unknown, importRunning = false): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  // SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, ...), and SQLITE_LOCKED.
  if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) {
    if (importRunning) {
      return new AppError(
        'BUSY',
        'An import is being written to this workspace, so this change was not saved; try again when it finishes, or cancel it',
      );
    }
    return new AppError('DB_LOCKED', 'The workspace is busy in another program; try again in a moment');
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('BAD_INPUT', 'That refers to a record that does not exist');
  }
  console.error('unexpected back-end error:', error);
  return new AppError('INTERNAL', 'Unexpected error; see the log for details');
}

export function createDispatch(handlers: HandlerMap, getContext: () => HandlerContext) {
  async function dispatchUnknown(method: string, input: unknown): Promise<unknown> {
    if (!isMethod(method)) {
      throw new AppError('UNKNOWN_METHOD', `Unknown method "${method}"`, { method });
    }
    const parsed = contract[method].safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
      throw new AppError('BAD_INPUT', describeIssues(method, issues), {
        method,
        issues: issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      });
    }
    const handler = handlers[method] as Handler<Method>;
    const context = getContext();
    try {
      return await handler(parsed.data as never, context);
    } catch (error) {
      throw toAppError(error, context.importRunner.isRunning());
    }
  }

  return {
    dispatchUnknown,
    dispatch: <M extends Method>(method: M, input: unknown) => dispatchUnknown(method, input) as Promise<Output<M>>,
  };
}
