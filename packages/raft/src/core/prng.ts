/**
 * The injected source of randomness. The core draws election timeouts from it, so two
 * runs with the same seed and the same inputs behave identically.
 */
export interface Prng {
  /** A uniformly distributed integer in [0, boundExclusive). */
  nextInt(boundExclusive: number): number;
}

/** A small, fast seeded PRNG (sfc32 seeded through splitmix32); not for cryptography. */
export function createPrng(seed: number): Prng & { nextFloat(): number } {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    nextInt(boundExclusive: number): number {
      if (boundExclusive <= 1) return 0;
      return Math.floor((next() / 4294967296) * boundExclusive);
    },
    nextFloat(): number {
      return next() / 4294967296;
    },
  };
}
