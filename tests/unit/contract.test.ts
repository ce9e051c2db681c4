import { describe, expect, it } from 'vitest';
import { contract, METHODS } from '../../shared/api/contract';
import { handlers } from '../../electron/backend/handlers';

describe('the contract', () => {
  it('has a handler for every method and no handler outside it', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(typeof handlers[method]).toBe('function');
  });

  it('has a zod schema for every method', () => {
    for (const method of METHODS) {
      expect(typeof contract[method].safeParse, method).toBe('function');
    }
  });

  it('names methods domain.verb', () => {
    for (const method of METHODS) expect(method).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });
});
