import { describeError } from '../api/errors';

/** A failure as a person can read it: the message and, for back-end errors, its code. */
export function ErrorView({ error, title }: { error: unknown; title?: string }) {
  const { message, code } = describeError(error);
  return (
    <div className="error-box" role="alert">
      <strong>{title ?? 'Something went wrong'}</strong>
      <p>
        {message}
        {code && <code className="error-code">{code}</code>}
      </p>
    </div>
  );
}

/** A one-line error next to a field or button. */
export function InlineError({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  const { message, code } = describeError(error);
  return (
    <span className="inline-error" role="alert" id={id}>
      {message}
      {code && code !== 'BAD_INPUT' && <code className="error-code">{code}</code>}
    </span>
  );
}
