// Both frame readers — readFrames (async iterator) and readFramesFromEvents (stream events,
// used by the Raft transport) — on real libp2p streams between two loopback hosts: a shared
// table of scenarios with the same expected frames and typed errors, then the event reader's own.
import type { Stream } from '@libp2p/interface';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import type { ContinuumHost } from '../src/host/host.js';
import { readFramesFromEvents, type FrameEventStream } from '../src/protocol/frame-events.js';
import { encodeFrame, readFrames, type FrameReadOptions } from '../src/protocol/framing.js';
import { LoopbackHosts } from './support/loopback-hosts.js';
import { until } from './support/until.js';
import { concat, varint } from './support/bytes.js';

const protocol = '/continuum/frames-test/1.0.0';
const hosts = new LoopbackHosts();
let server: ContinuumHost;
let client: ContinuumHost;

type Reader = (stream: Stream, options: FrameReadOptions, onFrame: (frame: Uint8Array) => void) => Promise<void>;

const readers: Record<string, Reader> = {
  readFrames: async (stream, options, onFrame) => {
    for await (const frame of readFrames(stream, { peer: 'client', protocol }, options)) onFrame(frame);
  },
  readFramesFromEvents: (stream, options, onFrame) => readFramesFromEvents(stream, { peer: 'client', protocol }, options, onFrame),
};

interface Outcome {
  readonly frames: number[][];
  readonly error: unknown;
}

interface Session {
  reader: Reader;
  options: FrameReadOptions;
  attachDelayMs: number;
  beforeAttach: (stream: Stream) => void;
  onFrame: (frame: Uint8Array) => void;
  frames: number[][];
  done: (outcome: Outcome) => void;
}

let session: Session | undefined;

beforeAll(async () => {
  [server, client] = [await hosts.create(), await hosts.create()];
  await server.handle(protocol, async (stream) => {
    const current = session;
    if (current === undefined) {
      stream.abort(new Error('no session'));
      return;
    }
    if (current.attachDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, current.attachDelayMs));
    current.beforeAttach(stream);
    let error: unknown;
    try {
      await current.reader(stream, current.options, (frame) => {
        current.frames.push([...frame]);
        current.onFrame(frame);
      });
    } catch (failure) {
      error = failure;
    }
    if (error === undefined) await stream.close().catch(() => undefined);
    else stream.abort(new Error('reader failed'));
    current.done({ frames: current.frames, error });
  });
  await client.dial(server.getMultiaddrs());
});

afterAll(() => hosts.stopAll());

/** Opens a stream to the server, runs `write` on it, and returns what the server's reader saw. */
async function exchange(
  reader: Reader,
  write: (stream: Stream, frames: readonly number[][]) => Promise<void>,
  options: FrameReadOptions = {},
  extra: { attachDelayMs?: number; beforeAttach?: (stream: Stream) => void; onFrame?: (frame: Uint8Array) => void } = {},
): Promise<Outcome> {
  const outcome = new Promise<Outcome>((resolve) => {
    session = { reader, options, attachDelayMs: extra.attachDelayMs ?? 0, beforeAttach: extra.beforeAttach ?? (() => undefined), onFrame: extra.onFrame ?? (() => undefined), frames: [], done: resolve };
  });
  const frames = session?.frames ?? [];
  const stream = await client.dialProtocol(server.peerId, protocol);
  await write(stream, frames);
  const result = await outcome;
  session = undefined;
  if (stream.status === 'open') stream.abort(new Error('test over'));
  return result;
}

function frame(...bytes: number[]): Uint8Array {
  return encodeFrame(Uint8Array.from(bytes)).subarray();
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const closeWrite = async (stream: Stream): Promise<void> => {
  void stream.close().catch(() => undefined);
  await Promise.resolve();
};

function reasonOf(error: unknown): string {
  if (ContinuumError.is(error, 'PEER_MESSAGE_INVALID')) return error.details.reason;
  throw new Error(`expected PEER_MESSAGE_INVALID, got ${String(error)}`);
}

const big = Array.from({ length: 300 }, (_, index) => index % 251);

interface Case {
  readonly name: string;
  readonly options?: FrameReadOptions;
  readonly write: (stream: Stream, frames: readonly number[][]) => Promise<void>;
  readonly frames: number[][];
  /** undefined: resolves; 'UNAVAILABLE'; or a PEER_MESSAGE_INVALID reason. */
  readonly error?: RegExp | 'UNAVAILABLE';
}

const cases: Case[] = [
  {
    name: 'several frames in one chunk, then a clean close',
    write: async (stream) => {
      stream.send(concat(frame(1, 2, 3), frame(4), frame(...big), frame()));
      await closeWrite(stream);
    },
    frames: [[1, 2, 3], [4], big, []],
  },
  {
    name: 'a frame split across many chunks (one byte at a time)',
    write: async (stream) => {
      for (const byte of concat(frame(...big), frame(7, 8))) {
        stream.send(Uint8Array.of(byte));
        await sleep(0);
      }
      await closeWrite(stream);
    },
    frames: [big, [7, 8]],
  },
  {
    name: 'an oversize length refused before the body arrives',
    options: { maxFrameBytes: 10 },
    write: async (stream) => {
      stream.send(concat(frame(1), varint(11)));
    },
    frames: [[1]],
    error: /frame over 10 bytes/,
  },
  {
    name: 'more than maxFrames frames',
    options: { maxFrames: 2 },
    write: async (stream) => {
      stream.send(concat(frame(1), frame(2), frame(3)));
    },
    frames: [[1], [2]],
    error: /more than 2 frames/,
  },
  {
    name: 'a started frame that stalls past its deadline',
    options: { frameTimeoutMs: 300, minFrameBytesPerSecond: 1_000_000 },
    write: async (stream) => {
      stream.send(concat(frame(5), frame(...big).subarray(0, 20)));
    },
    frames: [[5]],
    error: /not delivered in time/,
  },
  {
    name: 'an idle stream between frames does not time out',
    options: { frameTimeoutMs: 100, minFrameBytesPerSecond: 1_000_000 },
    write: async (stream, received) => {
      stream.send(frame(1));
      await until(() => received.length === 1, 'first frame');
      await sleep(400);
      stream.send(frame(2));
      await closeWrite(stream);
    },
    frames: [[1], [2]],
  },
  {
    name: 'a frame cut short by a clean close',
    write: async (stream) => {
      stream.send(concat(frame(9), frame(...big).subarray(0, 30)));
      await closeWrite(stream);
    },
    frames: [[9]],
    error: /bad frame/,
  },
  {
    name: 'a remote reset',
    write: async (stream, received) => {
      stream.send(frame(6));
      await until(() => received.length === 1, 'first frame');
      stream.abort(new Error('gone'));
    },
    frames: [[6]],
    error: 'UNAVAILABLE',
  },
];

describe.each(Object.entries(readers))('%s on a libp2p stream', (_name, reader) => {
  it.each(cases)('$name', async (scenario) => {
    const outcome = await exchange(reader, scenario.write, scenario.options);
    expect(outcome.frames).toEqual(scenario.frames);
    if (scenario.error === undefined) expect(outcome.error).toBeUndefined();
    else if (scenario.error === 'UNAVAILABLE') expect(ContinuumError.is(outcome.error, 'UNAVAILABLE')).toBe(true);
    else expect(reasonOf(outcome.error)).toMatch(scenario.error);
  });
});

describe('readFramesFromEvents', () => {
  const reader = readers.readFramesFromEvents as Reader;

  it('stops at the frame whose handler throws, and rejects with that error', async () => {
    const failure = new Error('bad batch');
    const outcome = await exchange(reader, async (stream) => {
      stream.send(concat(frame(1), frame(2), frame(3)));
    }, {}, { onFrame: (bytes) => { if (bytes[0] === 2) throw failure; } });
    expect(outcome.frames).toEqual([[1], [2]]);
    expect(outcome.error).toBe(failure);
  });

  it('reads a stream whose remote closed before the reader attached', async () => {
    const outcome = await exchange(reader, async (stream) => {
      stream.send(concat(frame(1), frame(2)));
      await closeWrite(stream);
    }, {}, { attachDelayMs: 300 });
    expect(outcome).toEqual({ frames: [[1], [2]], error: undefined });
  });

  it('resolves on a stream that had ended before the reader attached', async () => {
    let endedBefore = false;
    const outcome = await exchange(reader, closeWrite, {}, { attachDelayMs: 300, beforeAttach: (stream) => { endedBefore = stream.readableEnded; } });
    expect(endedBefore).toBe(true);
    expect(outcome).toEqual({ frames: [], error: undefined });
  });

  it('reads bytes pushed back after the stream ended (read ahead by a wrapper), then resolves', async () => {
    const outcome = await exchange(reader, closeWrite, {}, {
      attachDelayMs: 300,
      beforeAttach: (stream) => {
        expect(stream.readableEnded).toBe(true);
        stream.unshift(concat(frame(1), frame(2)));
      },
    });
    expect(outcome).toEqual({ frames: [[1], [2]], error: undefined });
  });

  it('removes its listeners when it settles, whichever way', async () => {
    const live = new Map<string, number>();
    const counted: Reader = (stream, options, onFrame) => {
      const spy: FrameEventStream = {
        get status() { return stream.status; },
        get direction() { return stream.direction; },
        get readableEnded() { return stream.readableEnded; },
        get readBufferLength() { return stream.readBufferLength; },
        addEventListener: (...args: Parameters<Stream['addEventListener']>) => {
          live.set(args[0], (live.get(args[0]) ?? 0) + 1);
          stream.addEventListener(...args);
        },
        removeEventListener: (...args: Parameters<Stream['removeEventListener']>) => {
          live.set(args[0], (live.get(args[0]) ?? 0) - 1);
          stream.removeEventListener(...args);
        },
      } as FrameEventStream;
      return readFramesFromEvents(spy, { peer: 'client', protocol }, options, onFrame);
    };
    const clean = await exchange(counted, async (stream) => {
      stream.send(frame(1));
      await closeWrite(stream);
    });
    expect(clean.error).toBeUndefined();
    expect([...live.entries()].sort()).toEqual([['close', 0], ['end', 0], ['message', 0]]);
    const failed = await exchange(counted, async (stream) => {
      stream.send(varint(100));
    }, { maxFrameBytes: 10 });
    expect(reasonOf(failed.error)).toMatch(/frame over 10/);
    expect([...live.values()]).toEqual([0, 0, 0]);
  });
});
