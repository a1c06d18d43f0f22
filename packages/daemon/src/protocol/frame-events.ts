/**
 * Length-prefixed frames read straight from a libp2p v3 stream's 'message' events, for
 * long-lived streams on a hot path (Raft's inbound streams): each whole frame is handed
 * to `onFrame` synchronously, in order, in the event that completed it — no async
 * iterator, no generator per layer. Same guarantees and typed errors as `readFrames`:
 * an unsigned-varint length checked against `maxFrameBytes` as soon as it is known,
 * `maxFrames` per stream, FrameClock's slowloris rule (a started frame must complete
 * within `frameTimeoutMs` plus its announced length at `minFrameBytesPerSecond`; the
 * first frame of an inbound stream starts with the call; idle between frames is
 * allowed), and at most maxFrameBytes plus one chunk buffered.
 *
 * Stream events relied on (@libp2p/interface 3.x MessageStreamEvents): 'message'
 * (`StreamMessageEvent.data`), 'end' ("No more data from the remote will be delivered",
 * at most once; `readableEnded` when it already fired) and 'close' (`StreamCloseEvent.error`
 * set for a reset or abort).
 */
import type { MessageStream, StreamCloseEvent, StreamMessageEvent } from '@libp2p/interface';
import { Uint8ArrayList } from 'uint8arraylist';
import { limits } from '../limits.js';
import { FrameClock, frameTooSlow, invalidFrame, streamEnded, streamUnavailable } from './framing.js';
import type { FrameContext, FrameReadOptions } from './framing.js';

/** Bytes of a length prefix at most (it-length-prefixed's MAX_LENGTH_LENGTH). */
const maxLengthPrefixBytes = 8;

/** The stream as this reader uses it. */
export type FrameEventStream = Pick<MessageStream, 'addEventListener' | 'removeEventListener' | 'status' | 'direction' | 'readableEnded' | 'readBufferLength'>;

/**
 * The announced length at the head of `buffer` and its prefix's size; undefined while the
 * prefix is incomplete. Throws PEER_MESSAGE_INVALID once the length exceeds `maxFrameBytes`.
 */
function readLength(buffer: Uint8ArrayList, maxFrameBytes: number, context: FrameContext): readonly [number, number] | undefined {
  let value = 0;
  let scale = 1;
  const available = Math.min(buffer.byteLength, maxLengthPrefixBytes);
  for (let index = 0; index < available; index++) {
    const byte = buffer.get(index);
    value += (byte & 0x7f) * scale;
    if (value > maxFrameBytes) throw invalidFrame(context, `frame over ${maxFrameBytes} bytes`);
    if (byte < 0x80) return [value, index + 1];
    scale *= 128;
  }
  if (buffer.byteLength >= maxLengthPrefixBytes) throw invalidFrame(context, 'bad frame (InvalidDataLengthLengthError)');
  return undefined;
}

/**
 * Reads the frames of `stream` until the remote closes its write side (resolves) or the
 * stream fails (rejects: PEER_MESSAGE_INVALID for the peer's bytes or pace, UNAVAILABLE for
 * a reset or aborted stream, or whatever `onFrame` threw, which stops the reader).
 */
export function readFramesFromEvents(
  stream: FrameEventStream,
  context: FrameContext,
  options: FrameReadOptions,
  onFrame: (frame: Uint8Array) => void,
): Promise<void> {
  const maxFrameBytes = options.maxFrameBytes ?? limits.maxFrameBytes;
  const maxFrames = options.maxFrames ?? limits.maxFramesPerStream;
  const timeoutMs = options.frameTimeoutMs ?? limits.frameTimeoutMs;
  // An inbound stream was opened to send a frame: its first frame starts now.
  const clock = new FrameClock(timeoutMs, options.minFrameBytesPerSecond ?? limits.minFrameBytesPerSecond, stream.direction !== 'outbound');
  return new Promise<void>((resolve, reject) => {
    const buffer = new Uint8ArrayList();
    /** The announced length of the frame being read; -1 while its prefix is incomplete. */
    let length = -1;
    let frames = 0;
    /** Armed only while a frame is in progress (the clock has a deadline). */
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;

    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      stream.removeEventListener('message', onMessage);
      stream.removeEventListener('end', onEnd);
      stream.removeEventListener('close', onClose);
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error('frame reader failed'));
    };

    const onTimer = (): void => {
      timer = undefined;
      if (settled) return;
      // The deadline grows once the frame's length is known: wait for the rest of it.
      const remaining = clock.remainingMs();
      if (remaining === undefined) return;
      if (remaining > 0) timer = setTimeout(onTimer, remaining);
      else finish(frameTooSlow(context, timeoutMs));
    };

    /** One timer while a frame is in progress, none between frames. */
    const schedule = (): void => {
      const remaining = clock.remainingMs();
      if (remaining === undefined) {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      } else if (timer === undefined) {
        timer = setTimeout(onTimer, Math.max(0, remaining));
      }
    };

    const inFrame = (): boolean => length >= 0 || buffer.byteLength > 0;

    const parse = (): void => {
      while (!settled) {
        if (length < 0) {
          if (buffer.byteLength === 0) return;
          const prefix = readLength(buffer, maxFrameBytes, context);
          if (prefix === undefined) return;
          frames += 1;
          if (frames > maxFrames) throw invalidFrame(context, `more than ${maxFrames} frames on one stream`);
          length = prefix[0];
          buffer.consume(prefix[1]);
          clock.onLength(length);
        }
        if (buffer.byteLength < length) return;
        const frame = buffer.subarray(0, length);
        buffer.consume(length);
        clock.onFrame(length);
        length = -1;
        onFrame(frame);
      }
    };

    /** No more bytes will come: clean unless a frame was cut short. */
    const ended = (): void => {
      finish(inFrame() ? invalidFrame(context, 'bad frame (UnexpectedEOFError)') : undefined);
    };

    function onMessage(event: StreamMessageEvent): void {
      if (settled) return;
      try {
        clock.onChunk(event.data.byteLength);
        buffer.append(event.data);
        parse();
        if (!settled) schedule();
        // Data left in the stream's buffer after 'end' had fired (attached late): it was the last.
        if (!settled && stream.readableEnded && stream.readBufferLength === 0) ended();
      } catch (error) {
        finish(error);
      }
    }

    function onEnd(): void {
      // A reset or abort also ends reading; the 'close' event that follows carries its error.
      if (settled || stream.status === 'reset' || stream.status === 'aborted') return;
      ended();
    }

    function onClose(event: StreamCloseEvent): void {
      if (settled) return;
      const error = event.error;
      if (error === undefined) {
        ended();
        return;
      }
      finish(streamEnded.has(error.name) ? streamUnavailable(context, error.name, error) : invalidFrame(context, `bad frame (${error.name})`, error));
    }

    if (stream.status === 'reset' || stream.status === 'aborted') {
      finish(streamUnavailable(context, stream.status === 'reset' ? 'StreamResetError' : 'StreamAbortedError'));
      return;
    }
    stream.addEventListener('message', onMessage);
    stream.addEventListener('end', onEnd);
    stream.addEventListener('close', onClose);
    schedule();
    // Already ended with nothing left to deliver (the stream dispatches its buffer on attach otherwise).
    if (stream.readableEnded && stream.readBufferLength === 0) ended();
  });
}
