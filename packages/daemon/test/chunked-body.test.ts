// A body larger than one frame: written in chunks after its header, read back whole; the
// reader's bounds (announced length, frames that overrun or end early, the whole body's
// deadline) hold whatever the peer sends.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import { bodyTimeoutMs, readBody, writeBody } from '../src/protocol/chunked-body.js';
import { readFrames } from '../src/protocol/framing.js';
import type { FrameSink } from '../src/protocol/framing.js';
import { limits } from '../src/limits.js';

const context = { peer: 'peer-x', protocol: '/continuum/test/1.0.0' };

/** A sink that keeps the bytes written, as a stream would carry them. */
function sink(): FrameSink & { readonly bytes: Uint8Array[] } {
  const bytes: Uint8Array[] = [];
  return { bytes, send: (data) => { bytes.push(data.subarray()); return true; }, onDrain: () => Promise.resolve() };
}

async function* chunks(parts: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield part;
}

async function* frameList(frames: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const frame of frames) yield frame;
}

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (ContinuumError.is(error, 'PEER_MESSAGE_INVALID')) return error.details.reason;
    throw error;
  }
  throw new Error('expected PEER_MESSAGE_INVALID');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('chunked bodies', () => {
  it('round-trip through frames of at most the chunk size, whatever the sizes', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 1, max: 700 }), fc.integer({ min: 0, max: 255 }), async (length, chunkBytes, seed) => {
      const body = Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);
      const out = sink();
      await writeBody(out, body, undefined, chunkBytes);
      const frames = readFrames(chunks(out.bytes), context);
      const sizes: number[] = [];
      const counted = (async function* () {
        for await (const frame of frames) {
          sizes.push(frame.byteLength);
          yield frame;
        }
      })();
      expect(await readBody(counted, length, length, context)).toEqual(body);
      expect(sizes.length).toBe(Math.ceil(length / chunkBytes));
      expect(sizes.every((size) => size <= chunkBytes)).toBe(true);
    }), { numRuns: 60 });
  });

  it('sends a body larger than maxFrameBytes in snapshotChunkBytes frames', async () => {
    const body = new Uint8Array(limits.maxFrameBytes * 2 + 3).fill(7);
    const out = sink();
    await writeBody(out, body);
    expect(out.bytes).toHaveLength(Math.ceil(body.byteLength / limits.snapshotChunkBytes));
    const read = await readBody(readFrames(chunks(out.bytes), context), body.byteLength, limits.maxSnapshotBytes, context);
    expect(read.byteLength).toBe(body.byteLength);
    expect(read.every((byte) => byte === 7)).toBe(true);
  });

  it('refuses an announced length over its bound before reading a frame', async () => {
    let pulled = 0;
    const frames: AsyncIterator<Uint8Array> = { next: () => { pulled += 1; return Promise.resolve({ done: false, value: new Uint8Array(1) }); } };
    expect(await reason(readBody(frames, limits.maxSnapshotBytes + 1, limits.maxSnapshotBytes, context))).toMatch(/at most/);
    expect(await reason(readBody(frames, -1, 10, context))).toMatch(/at most/);
    expect(await reason(readBody(frames, 1.5, 10, context))).toMatch(/at most/);
    expect(pulled).toBe(0);
  });

  it('refuses a frame that runs past the announced length, an empty frame, and an early end', async () => {
    expect(await reason(readBody(frameList([new Uint8Array(6), new Uint8Array(5)]), 10, 10, context))).toMatch(/frame of 5 bytes at 6 of 10/);
    expect(await reason(readBody(frameList([new Uint8Array(0)]), 10, 10, context))).toMatch(/frame of 0 bytes/);
    expect(await reason(readBody(frameList([new Uint8Array(4)]), 10, 10, context))).toMatch(/ended after 4 of 10/);
    // Exactly the announced length: the frames after it are the protocol's, not the body's.
    expect((await readBody(frameList([new Uint8Array(6), new Uint8Array(4), new Uint8Array(99)]), 10, 10, context)).byteLength).toBe(10);
  });

  it('bounds the whole body in time, even when each frame comes in time', async () => {
    vi.useFakeTimers();
    const length = 4;
    let sent = 0;
    // One byte per frame, each frame just inside the per-frame timeout: the body as a whole is late.
    const frames: AsyncIterator<Uint8Array> = {
      next: () => new Promise((resolve) => {
        setTimeout(() => {
          sent += 1;
          resolve({ done: false, value: new Uint8Array(1) });
        }, limits.frameTimeoutMs - 1);
      }),
    };
    const result = reason(readBody(frames, length, length, context));
    await vi.advanceTimersByTimeAsync(bodyTimeoutMs(length) + 1);
    expect(await result).toMatch(/not complete in time \(\d of 4 bytes\)/);
    expect(sent).toBeLessThan(length);
  });
});
