import { encode as lpEncode } from 'it-length-prefixed';
import { describe, expect, it } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import { continuum } from '../src/gen/federation.js';
import { limits } from '../src/limits.js';
import { decodeFrame, encodeFrame, readFrames } from '../src/protocol/framing.js';
import { PenaltyBox } from '../src/protocol/penalties.js';
import { concat, varint } from './support/bytes.js';

const context = { peer: 'peer-x', protocol: '/continuum/test/1.0.0' };

async function* chunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield part;
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const frames: Uint8Array[] = [];
  for await (const frame of source) frames.push(frame);
  return frames;
}

async function frameError(source: AsyncIterable<Uint8Array>): Promise<string> {
  try {
    await collect(source);
  } catch (error) {
    if (ContinuumError.is(error, 'PEER_MESSAGE_INVALID')) return error.details.reason;
    throw error;
  }
  throw new Error('expected PEER_MESSAGE_INVALID');
}

describe('length-prefixed framing', () => {
  it('reads frames split and joined across chunks', async () => {
    const a = encodeFrame(new Uint8Array([1, 2, 3])).subarray();
    const b = encodeFrame(new Uint8Array(300).fill(9)).subarray();
    const all = concat(a, b);
    const frames = await collect(readFrames(chunks(all.subarray(0, 2), all.subarray(2, 100), all.subarray(100)), context));
    expect(frames.map((frame) => frame.byteLength)).toEqual([3, 300]);
    expect([...(frames[0] ?? [])]).toEqual([1, 2, 3]);
  });

  it('refuses a frame over the maximum frame size before reading it', async () => {
    const header = lpEncode.single(new Uint8Array(0)).subarray(); // length 0: replace with an oversized length below
    expect(header.byteLength).toBe(1);
    expect(await frameError(readFrames(chunks(varint(limits.maxFrameBytes + 1)), context))).toMatch(/frame over/);
    expect(await frameError(readFrames(chunks(varint(11), new Uint8Array(11)), context, { maxFrameBytes: 10 }))).toMatch(/frame over 10/);
    expect(await collect(readFrames(chunks(varint(10), new Uint8Array(10)), context, { maxFrameBytes: 10 }))).toHaveLength(1);
  });

  it('refuses a truncated frame and a garbage length', async () => {
    const frame = encodeFrame(new Uint8Array(50)).subarray();
    expect(await frameError(readFrames(chunks(frame.subarray(0, 20)), context))).toMatch(/bad frame/);
    expect(await frameError(readFrames(chunks(new Uint8Array(12).fill(0xff)), context))).toMatch(/bad frame|frame over/);
  });

  it('bounds the frames of one stream', async () => {
    const frame = encodeFrame(new Uint8Array([1])).subarray();
    expect(await frameError(readFrames(chunks(frame, frame, frame), context, { maxFrames: 2 }))).toMatch(/more than 2 frames/);
  });

  it('refuses to encode an oversized frame', () => {
    expect(() => encodeFrame(new Uint8Array(limits.maxFrameBytes + 1))).toThrow(ContinuumError);
    expect(encodeFrame(new Uint8Array(limits.maxFrameBytes)).byteLength).toBeGreaterThan(limits.maxFrameBytes);
  });

  it('turns protobuf decode failures into typed errors', () => {
    const { JoinRequest } = continuum.daemon.v1;
    const good = JoinRequest.encode({ federationId: 'f', name: 'n' }).finish();
    expect(decodeFrame((bytes) => JoinRequest.decode(bytes), good, context).federationId).toBe('f');
    expect(() => decodeFrame((bytes) => JoinRequest.decode(bytes), good.subarray(0, 2), context)).toThrow(ContinuumError);
  });
});

describe('peer penalties', () => {
  it('blocks a peer after the maximum number of penalties, and the gater refuses it', async () => {
    const { peerIdFromString } = await import('@libp2p/peer-id');
    const bad = peerIdFromString('12D3KooWGRUVh8XnD5PGgm4xjcBuTNWaebHbfvX3oGjCDVSuNmcJ');
    const good = peerIdFromString('12D3KooWRBy97UB99e3J6hiPesre1MZeuNQvfan4gBziswrRJsNK');
    const blocked: string[] = [];
    const box = new PenaltyBox((peer) => blocked.push(peer));
    const gater = box.gater();
    const error = new ContinuumError('NOT_MEMBER', 'x', { peer: bad.toString(), protocol: 'q' });
    for (let i = 0; i < limits.maxPeerPenalties - 1; i++) box.penalise({ peer: bad.toString(), protocol: 'q', error });
    expect(box.isBlocked(bad.toString())).toBe(false);
    expect(await gater.denyDialPeer?.(bad)).toBe(false);
    box.penalise({ peer: bad.toString(), protocol: 'q', error });
    expect(blocked).toEqual([bad.toString()]);
    expect(await gater.denyDialPeer?.(bad)).toBe(true);
    expect(await gater.denyDialPeer?.(good)).toBe(false);
    box.unblock(bad.toString());
    expect(box.penalties(bad.toString())).toBe(0);
    expect(await gater.denyDialPeer?.(bad)).toBe(false);
  });
});
