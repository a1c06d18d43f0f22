/**
 * A body larger than one frame (a snapshot of the federation state): a protocol's header
 * frame announces the body's length, then the body follows in frames of at most
 * `limits.snapshotChunkBytes`.
 *
 * The reader checks the announced length against its bound before it reads a byte of the
 * body, holds only what arrived (a peer that announces much and sends little costs what it
 * sent, not what it announced), refuses a frame that is empty or runs past the announced
 * length, and bounds the whole body in time (`bodyTimeoutMs`: per-frame deadlines alone
 * would let a peer idle between frames forever). The caller aborts the stream when a read
 * fails, which also ends a read left pending by the timeout.
 */
import { concatBytes } from '../federation/checks.js';
import { limits } from '../limits.js';
import { invalidFrame, withTimer, writeFrame } from './framing.js';
import type { FrameContext, FrameSink } from './framing.js';

/** Time a body of `bytes` may take: one frame's timeout plus its length at the slowest accepted rate. */
export function bodyTimeoutMs(bytes: number): number {
  return limits.frameTimeoutMs + Math.ceil((bytes * 1000) / limits.minFrameBytesPerSecond);
}

/** Writes `body` as frames of at most `chunkBytes` (nothing for an empty body), respecting backpressure. */
export async function writeBody(stream: FrameSink, body: Uint8Array, signal?: AbortSignal, chunkBytes: number = limits.snapshotChunkBytes): Promise<void> {
  for (let start = 0; start < body.byteLength; start += chunkBytes) {
    await writeFrame(stream, body.subarray(start, start + chunkBytes), signal);
  }
}

/**
 * Reads a body of exactly `length` bytes (at most `maxBytes`) from the frames that follow
 * its header. PEER_MESSAGE_INVALID for a length over the bound, an empty or overrunning
 * frame, a stream that ends early, or a body not complete within bodyTimeoutMs(length);
 * errors of `frames` (a reset stream: UNAVAILABLE) pass through.
 */
export async function readBody(frames: AsyncIterator<Uint8Array>, length: number, maxBytes: number, context: FrameContext): Promise<Uint8Array> {
  if (!Number.isSafeInteger(length) || length < 0 || length > maxBytes) throw invalidFrame(context, `a body of ${length} bytes (at most ${maxBytes})`);
  const deadline = Date.now() + bodyTimeoutMs(length);
  const parts: Uint8Array[] = [];
  let received = 0;
  while (received < length) {
    const next = await withTimer(frames.next(), deadline - Date.now(), () => invalidFrame(context, `body not complete in time (${received} of ${length} bytes)`));
    if (next.done === true) throw invalidFrame(context, `the stream ended after ${received} of ${length} body bytes`);
    const chunk = next.value;
    if (chunk.byteLength === 0 || received + chunk.byteLength > length) {
      throw invalidFrame(context, `a body frame of ${chunk.byteLength} bytes at ${received} of ${length}`);
    }
    parts.push(chunk);
    received += chunk.byteLength;
  }
  return parts.length === 1 ? (parts[0] ?? new Uint8Array()) : concatBytes(parts);
}
