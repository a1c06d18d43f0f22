// Every wire decoder of the project, fed random and mutated bytes: it either returns a
// value or throws its package's typed error. Never another exception, never a hang
// (the run is bounded by the test timeout), never an unbounded allocation (decoders
// check sizes before parsing).
import { AnalyzerError, decodeCampaigns, decodeHashtagSketch, decodePostMetadata, decodeRollup, decodeSignatureReports } from '@continuum/analyzer';
import { CrdtError, GCounter, GSet, LWWMap, MVRegister, ORSet, PNCounter, ReplicatedMap, CounterMap, LWWRegister, decodeState, decodeVectorClock, encodeState, encodeVectorClock, VectorClock } from '@continuum/crdt';
import { ContinuumError, decodeCommand, decodeJoinToken, encodeCommand } from '@continuum/daemon';
import { DiscoveryError, decodePexRequest, decodePexResponse } from '@continuum/discovery';
import { RaftError, decodeConfChange, decodeConfState, decodeEntry, decodeHardState, decodeMessage, decodeMessageBatch, decodeSnapshot, encodeEntry, encodeMessageBatch, MessageType, EntryType } from '@continuum/raft';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileBytes } from './mutate.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

type Family = abstract new (...args: never[]) => Error;

function fuzz(name: string, family: Family, decode: (bytes: Uint8Array) => unknown, seeds: Uint8Array[] = []): void {
  it(`${name} gives a value or a ${family.name}`, () => {
    fc.assert(fc.property(hostileBytes(seeds), (bytes) => {
      try {
        decode(bytes);
      } catch (error) {
        if (!(error instanceof family)) throw new Error(`${name} threw ${(error as Error)?.name}: ${(error as Error)?.message}`);
      }
    }), { numRuns: runs });
  });
}

describe('raft decoders', () => {
  const entry = encodeEntry({ term: 3, index: 7, type: EntryType.Normal, data: new Uint8Array([1, 2, 3]) } as never);
  const batch = encodeMessageBatch([{ type: MessageType.App, from: 'a', to: 'b', term: 2, logTerm: 1, index: 4, commit: 3, entries: [], reject: false, rejectHint: 0, context: new Uint8Array() } as never]);
  for (const [name, decode] of Object.entries({ decodeEntry, decodeHardState, decodeConfState, decodeSnapshot, decodeConfChange, decodeMessage, decodeMessageBatch })) {
    fuzz(name, RaftError, decode as (b: Uint8Array) => unknown, [entry, batch]);
  }
});

describe('crdt decoders', () => {
  const samples = {
    g_counter: () => { const c = new GCounter('a'); c.increment(3); return c.state(); },
    pn_counter: () => { const c = new PNCounter('a'); c.decrement(2); return c.state(); },
    lww_register: () => { const c = new LWWRegister('a'); c.set('x', 1000); return c.state(); },
    mv_register: () => { const c = new MVRegister('a'); c.set({ k: 1 }); return c.state(); },
    g_set: () => { const c = new GSet('a'); c.add('x'); return c.state(); },
    or_set: () => { const c = new ORSet('a'); c.add('x'); return c.state(); },
    counter_map: () => { const c = new CounterMap('a'); c.increment('k', 2); return c.state(); },
    lww_map: () => { const c = new LWWMap('a'); c.set('k', 'v', 1000); return c.state(); },
    replicated_map: () => { const c = new ReplicatedMap('a', { strategy: 'last_write_wins', wallClockMs: () => 1000 }); c.put('k', 'v'); return c.state(); },
  } as const;
  for (const [kind, sample] of Object.entries(samples)) {
    const seed = encodeState(kind as never, sample() as never);
    fuzz(`decodeState(${kind})`, CrdtError, (bytes) => decodeState(kind as never, bytes), [seed]);
  }
  const clock = new VectorClock();
  clock.increment('a');
  fuzz('decodeVectorClock', CrdtError, decodeVectorClock, [encodeVectorClock(clock)]);
});

describe('analyzer decoders', () => {
  for (const [name, decode] of Object.entries({ decodePostMetadata, decodeRollup, decodeHashtagSketch, decodeSignatureReports, decodeCampaigns })) {
    fuzz(name, AnalyzerError, decode as (b: Uint8Array) => unknown);
  }
});

describe('discovery and daemon decoders', () => {
  fuzz('decodePexRequest', DiscoveryError, (bytes) => decodePexRequest(bytes, 'peer-x'));
  fuzz('decodePexResponse', DiscoveryError, (bytes) => decodePexResponse(bytes, 'peer-x'));
  fuzz('decodeCommand', ContinuumError, decodeCommand, [encodeCommand({ kvPut: { key: 'k', value: new Uint8Array([1]) } } as never)]);
  it('decodeJoinToken gives a value or a ContinuumError for any string', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string().map((s) => `continuum1-${s}`), fc.base64String().map((s) => `continuum1-${s}`)), (text) => {
      try {
        decodeJoinToken(text);
      } catch (error) {
        expect(error).toBeInstanceOf(ContinuumError);
      }
    }), { numRuns: runs });
  });
});
