import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/api/client';
import { describeError, fieldErrorMessage, specificFieldError } from '../../../renderer/api/errors';

const badInput = (details?: Record<string, unknown>) =>
  new ApiCallError('accounts.update', { code: 'BAD_INPUT', message: 'patch.mrr: too small', details });

describe('describeError', () => {
  it('keeps the code of back-end errors and never shows a stack', () => {
    expect(describeError(new ApiCallError('m', { code: 'DB_LOCKED', message: 'The workspace is busy.' }))).toEqual({
      message: 'The workspace is busy.',
      code: 'DB_LOCKED',
    });
    expect(describeError(new Error('boom'))).toEqual({ message: 'boom', code: null });
    expect(describeError('???')).toEqual({ message: 'Something went wrong.', code: null });
  });
});

describe('fieldErrorMessage', () => {
  it('uses the issue that names the field', () => {
    const error = badInput({ issues: [{ path: ['patch', 'mrr'], message: 'MRR must be 0 or more' }] });
    expect(fieldErrorMessage(error, 'mrr')).toBe('MRR must be 0 or more');
    expect(fieldErrorMessage(error, 'arr')).toBeNull();
  });
  it('understands dotted paths and details.field', () => {
    expect(fieldErrorMessage(badInput({ issues: [{ path: 'patch.mrr', message: 'no' }] }), 'mrr')).toBe('no');
    expect(fieldErrorMessage(badInput({ field: 'mrr' }), 'mrr')).toBe('patch.mrr: too small');
    expect(fieldErrorMessage(badInput({ field: 'arr' }), 'mrr')).toBeNull();
  });
  it('falls back to the whole message when the error does not say which field', () => {
    expect(fieldErrorMessage(badInput(), 'mrr')).toBe('patch.mrr: too small');
    expect(fieldErrorMessage(new ApiCallError('m', { code: 'DB_LOCKED', message: 'busy' }), 'mrr')).toBe('busy');
  });
  it('specificFieldError only answers when the field is named', () => {
    expect(specificFieldError(badInput(), 'email')).toBeNull();
    expect(specificFieldError(badInput({ issues: [{ path: ['email'], message: 'not a valid email address' }] }), 'email')).toBe(
      'not a valid email address',
    );
  });
});
