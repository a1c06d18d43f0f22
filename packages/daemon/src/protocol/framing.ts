/**
 * Length-prefixed frames (unsigned varint length, then the bytes) for the federation
 * protocols, with an explicit maximum frame size. Reading turns every framing or decode
 * failure into ContinuumError('PEER_MESSAGE_INVALID'); writing respects backpressure.
 */
import { decode as lpDecode, encode as lpEncode } from 'it-length-prefixed';
import type { Uint8ArrayList } from 'uint8arraylist';
import { ContinuumError } from '../errors.js';
import { limits } from '../limits.js';

export interface FrameContext {
  readonly peer: string;
  readonly protocol: string;
}

export interface FrameReadOptions {
  readonly maxFrameBytes?: number;
  readonly maxFrames?: number;
  /** Time to deliver a frame from its first byte (the first frame of an inbound stream: from the call); default limits.frameTimeoutMs. */
  readonly frameTimeoutMs?: number;
  /** Extra time per byte of a frame's announced length; default limits.minFrameBytesPerSecond. */
  readonly minFrameBytesPerSecond?: number;
}

export function invalidFrame(context: FrameContext, reason: string, cause?: unknown): ContinuumError<'PEER_MESSAGE_INVALID'> {
  return new ContinuumError('PEER_MESSAGE_INVALID', `${context.protocol} from ${context.peer}: ${reason}`, { ...context, reason }, cause === undefined ? undefined : { cause });
}

/**
 * Slowloris guard: the frame being read must be complete by a deadline — `frameTimeoutMs`
 * after it started plus its announced length at `minFrameBytesPerSecond`. A frame starts
 * at its first byte, except the first frame of an inbound stream (a request: the peer
 * opened the stream to send it), which starts when reading starts; an outbound stream's
 * answer may take the remote's thinking time (the caller bounds that with its signal). Between frames a stream
 * may stay idle (Raft's long-lived streams). The bytes read ahead are at most one chunk
 * beyond the frame being read, so nothing buffers more than maxFrameBytes plus a chunk.
 */
export class FrameClock {
  private received = 0;
  private consumed = 0;
  private startedAt: number | undefined;
  private length = 0;

  constructor(private readonly timeoutMs: number, private readonly bytesPerSecond: number, firstFrameNow: boolean) {
    this.startedAt = firstFrameNow ? Date.now() : undefined;
  }

  /** Milliseconds left for the frame in progress; undefined when no frame is in progress. */
  remainingMs(): number | undefined {
    if (this.startedAt === undefined) return undefined;
    return this.startedAt + this.timeoutMs + (this.length * 1000) / this.bytesPerSecond - Date.now();
  }

  onChunk(bytes: number): void {
    this.received += bytes;
    this.startedAt ??= Date.now();
  }

  onLength(length: number): void {
    this.length = length;
  }

  onFrame(length: number): void {
    this.consumed += varintLength(length) + length;
    this.length = 0;
    this.startedAt = this.received > this.consumed ? Date.now() : undefined;
  }
}

function varintLength(value: number): number {
  let bytes = 1;
  for (let rest = value; rest >= 128; rest = Math.floor(rest / 128)) bytes += 1;
  return bytes;
}

async function* timed(
  source: AsyncIterable<Uint8Array | Uint8ArrayList>,
  clock: FrameClock,
  context: FrameContext,
  timeoutMs: number,
): AsyncGenerator<Uint8Array | Uint8ArrayList, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = false;
  try {
    for (;;) {
      const remaining = clock.remainingMs();
      pending = true;
      const next = remaining === undefined ? await iterator.next() : await withTimer(iterator.next(), remaining, () => frameTooSlow(context, timeoutMs));
      pending = false;
      if (next.done === true) return;
      clock.onChunk(next.value.byteLength);
      yield next.value;
    }
  } finally {
    // A read still pending after a timeout ends when the caller aborts the stream.
    if (!pending) await iterator.return?.();
  }
}

/** `promise`, or `error()` once `ms` passed (at once when `ms` <= 0). */
export function withTimer<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  if (ms <= 0) return Promise.reject(error());
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(error()), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (failure: unknown) => { clearTimeout(timer); reject(failure instanceof Error ? failure : new Error('stream read failed')); });
  });
}

/** The frames of a byte source, each at most `maxFrameBytes` and delivered in time; typed errors only. */
export async function* readFrames(
  source: AsyncIterable<Uint8Array | Uint8ArrayList>,
  context: FrameContext,
  options: FrameReadOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const maxFrameBytes = options.maxFrameBytes ?? limits.maxFrameBytes;
  const maxFrames = options.maxFrames ?? limits.maxFramesPerStream;
  const timeoutMs = options.frameTimeoutMs ?? limits.frameTimeoutMs;
  const outbound = (source as { readonly direction?: unknown }).direction === 'outbound';
  const clock = new FrameClock(timeoutMs, options.minFrameBytesPerSecond ?? limits.minFrameBytesPerSecond, !outbound);
  let count = 0;
  try {
    for await (const frame of lpDecode(timed(source, clock, context, timeoutMs), { maxDataLength: maxFrameBytes, onLength: (length) => clock.onLength(length) })) {
      count += 1;
      if (count > maxFrames) throw invalidFrame(context, `more than ${maxFrames} frames on one stream`);
      clock.onFrame(frame.byteLength);
      yield frame.subarray();
    }
  } catch (error) {
    if (error instanceof ContinuumError) throw error;
    const name = error instanceof Error ? error.name : 'Error';
    // The peer (or the network) ended the stream: not a malformed message.
    if (streamEnded.has(name)) throw streamUnavailable(context, name, error);
    const reason = name === 'InvalidDataLengthError' ? `frame over ${maxFrameBytes} bytes` : `bad frame (${name})`;
    throw invalidFrame(context, reason, error);
  }
}

/** Errors of a stream that was reset or aborted under the reader: UNAVAILABLE, not the peer's fault. */
export const streamEnded: ReadonlySet<string> = new Set(['StreamResetError', 'StreamAbortedError', 'StreamStateError', 'AbortError', 'ConnectionClosedError', 'MuxerClosedError']);

/** The error of a stream that ended under its reader (an error named in `streamEnded`). */
export function streamUnavailable(context: FrameContext, name: string, cause?: unknown): ContinuumError<'UNAVAILABLE'> {
  return new ContinuumError('UNAVAILABLE', `${context.protocol} with ${context.peer}: stream ended (${name})`, { reason: name }, cause === undefined ? undefined : { cause });
}

/** The message of a frame that missed its deadline (FrameClock's rule). */
export function frameTooSlow(context: FrameContext, timeoutMs: number): ContinuumError<'PEER_MESSAGE_INVALID'> {
  return invalidFrame(context, `frame not delivered in time (${timeoutMs} ms plus its size at the minimum rate)`);
}

/** Encodes one frame; a message over the limit is a local bug and throws. */
export function encodeFrame(message: Uint8Array, maxFrameBytes: number = limits.maxFrameBytes): Uint8ArrayList {
  if (message.byteLength > maxFrameBytes) {
    throw new ContinuumError('PAYLOAD_TOO_LARGE', `frame of ${message.byteLength} bytes`, { limit: 'maxFrameBytes', maxBytes: maxFrameBytes });
  }
  return lpEncode.single(message);
}

/** The minimal write side of a libp2p v3 stream. */
export interface FrameSink {
  send(data: Uint8Array | Uint8ArrayList): boolean;
  onDrain(options?: { signal?: AbortSignal }): Promise<void>;
}

/** Writes one frame, waiting for the stream to drain when its buffer is full. */
export async function writeFrame(stream: FrameSink, message: Uint8Array, signal?: AbortSignal): Promise<void> {
  if (!stream.send(encodeFrame(message))) await stream.onDrain(signal === undefined ? {} : { signal });
}

/** Decodes a frame with a protobuf decoder; any decoder failure becomes PEER_MESSAGE_INVALID. */
export function decodeFrame<T>(decode: (bytes: Uint8Array) => T, bytes: Uint8Array, context: FrameContext): T {
  try {
    return decode(bytes);
  } catch (error) {
    throw invalidFrame(context, `cannot decode: ${error instanceof Error ? error.message : 'unknown'}`, error);
  }
}
