import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, resolveToken } from '../../../renderer/api/token';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('resolveToken', () => {
  it('takes the token from the URL, stores it, and cleans the URL keeping the hash', () => {
    const storage = memoryStorage();
    const result = resolveToken('http://127.0.0.1:5000/?token=abc123&x=1#/accounts/4', storage);
    expect(result).toEqual({ token: 'abc123', cleanedUrl: '/?x=1#/accounts/4' });
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('abc123');
  });

  it('falls back to the stored token after a reload', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'kept' });
    expect(resolveToken('http://127.0.0.1:5000/#/portfolio', storage)).toEqual({ token: 'kept', cleanedUrl: null });
  });

  it('works without storage, and with storage that throws', () => {
    expect(resolveToken('http://127.0.0.1/?token=t', null)).toEqual({ token: 't', cleanedUrl: '/' });
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(resolveToken('http://127.0.0.1/?token=t', broken).token).toBe('t');
    expect(resolveToken('http://127.0.0.1/', broken).token).toBeNull();
  });
});
