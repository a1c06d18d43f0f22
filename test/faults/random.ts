// A seeded PRNG (mulberry32) for the fault runs: FAULTS_SEED replays a run's choices of
// nodes, keys and faults (timing still differs between runs: the processes are real).
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function runSeed(): number {
  const fromEnv = process.env.FAULTS_SEED;
  return fromEnv === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(fromEnv);
}
