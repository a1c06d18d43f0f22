/** Wire form of signatures, shared by the codecs. */
import type { Signatures } from '../metadata.js';
import { lshBandCount, minhashSize } from '../signatures/minhash.js';
import { fromHex, toHex } from '../text/hash.js';
import { DecodeProblem } from './problem.js';

export interface SignaturesWire {
  simhash?: Uint8Array | null;
  minhash?: number[] | null;
  bands?: number[] | null;
}

export function signaturesToWire(s: Signatures): SignaturesWire {
  return { simhash: fromHex(s.simhash), minhash: [...s.minhash], bands: [...s.bands] };
}

export function signaturesFromWire(wire: SignaturesWire | null | undefined): Signatures {
  if (!wire) throw new DecodeProblem('signatures missing');
  const simhash = wire.simhash ?? new Uint8Array();
  if (simhash.length !== 8) throw new DecodeProblem('simhash is not 8 bytes');
  if ((wire.minhash ?? []).length !== minhashSize) throw new DecodeProblem(`minhash has not ${minhashSize} values`);
  if ((wire.bands ?? []).length !== lshBandCount) throw new DecodeProblem(`bands has not ${lshBandCount} values`);
  return { simhash: toHex(simhash), minhash: [...(wire.minhash ?? [])].map((v) => v >>> 0), bands: [...(wire.bands ?? [])].map((v) => v >>> 0) };
}
