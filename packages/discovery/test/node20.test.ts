import { expect, it } from 'vitest';
import '../src/node20.js';

it('Promise.withResolvers exists and settles its promise', async () => {
  const { promise, resolve } = (Promise as unknown as { withResolvers<T>(): { promise: Promise<T>; resolve(v: T): void } }).withResolvers<number>();
  resolve(7);
  await expect(promise).resolves.toBe(7);
});
