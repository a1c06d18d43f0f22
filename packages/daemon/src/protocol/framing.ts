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
}

export function invalidFrame(context: FrameContext, reason: string, cause?: unknown): ContinuumError<'PEER_MESSAGE_INVALID'> {
  return new ContinuumError('PEER_MESSAGE_INVALID', `${context.protocol} from ${context.peer}: ${reason}`, { ...context, reason }, cause === undefined ? undefined : { cause });
}

/** The frames of a byte source, each at most `maxFrameBytes`; typed errors only. */
export async function* readFrames(
  source: AsyncIterable<Uint8Array | Uint8ArrayList>,
  context: FrameContext,
  options: FrameReadOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const maxFrameBytes = options.maxFrameBytes ?? limits.maxFrameBytes;
  const maxFrames = options.maxFrames ?? limits.maxFramesPerStream;
  let count = 0;
  try {
    for await (const frame of lpDecode(source, { maxDataLength: maxFrameBytes })) {
      count += 1;
      if (count > maxFrames) throw invalidFrame(context, `more than ${maxFrames} frames on one stream`);
      yield frame.subarray();
    }
  } catch (error) {
    if (error instanceof ContinuumError) throw error;
    const name = error instanceof Error ? error.name : 'Error';
    const reason = name === 'InvalidDataLengthError' ? `frame over ${maxFrameBytes} bytes` : `bad frame (${name})`;
    throw invalidFrame(context, reason, error);
  }
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
