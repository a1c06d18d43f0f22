import fc from 'fast-check';

/** Byte strings a hostile or broken peer might send: valid seeds mutated, truncated, spliced, or pure noise. */
export function hostileBytes(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const seed = fc.constantFrom(...(seeds.length > 0 ? seeds : [new Uint8Array()]));
  const noise = fc.uint8Array({ maxLength: 512 });
  const flipped = fc.tuple(seed, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })).map(([bytes, flips]) => {
    const copy = Uint8Array.from(bytes);
    for (const [at, mask] of flips) if (copy.length > 0) copy[at % copy.length] = (copy[at % copy.length] as number) ^ mask;
    return copy;
  });
  const truncated = fc.tuple(seed, fc.nat()).map(([bytes, cut]) => bytes.subarray(0, bytes.length === 0 ? 0 : cut % bytes.length));
  const spliced = fc.tuple(seed, fc.nat(), noise).map(([bytes, at, junk]) => {
    const cut = bytes.length === 0 ? 0 : at % bytes.length;
    return Uint8Array.from([...bytes.subarray(0, cut), ...junk, ...bytes.subarray(cut)]);
  });
  // Varints that claim huge lengths are the classic way to make a decoder allocate or loop.
  const hugeLength = fc.tuple(fc.integer({ min: 1, max: 15 }), fc.constantFrom(2, 3)).map(([field, wire]) => Uint8Array.from([(field << 3) | wire, 0xff, 0xff, 0xff, 0xff, 0x0f]));
  return fc.oneof(noise, flipped, truncated, spliced, hugeLength);
}
