/** 32-bit mixing for the simulator's log and state-machine fingerprints (not cryptographic). */
export function mix(h: number, x: number): number {
  let v = (h ^ x) >>> 0;
  v = Math.imul(v ^ (v >>> 16), 0x7feb352d) >>> 0;
  v = Math.imul(v ^ (v >>> 15), 0x846ca68b) >>> 0;
  return (v ^ (v >>> 16)) >>> 0;
}

export function hashBytes(data: Uint8Array): number {
  let h = 0x811c9dc5 ^ data.length;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ (data[i] as number), 16777619) >>> 0;
  return h >>> 0;
}
