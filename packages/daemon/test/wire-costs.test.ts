// What one small federation message costs on the wire, with the libp2p patches in
// patches/ applied: one socket write by its sender (noise's length prefix and ciphertext
// leave together) and nothing sent back by its receiver (yamux grants credit once half
// its window is used, not after every frame). Unpatched, a message cost four writes.
import { Socket } from 'node:net';
import { LengthPrefixedDecoder } from '@libp2p/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { readFrames, writeFrame } from '../src/protocol/framing.js';
import { LoopbackHosts } from './support/loopback-hosts.js';
import { until } from './support/until.js';

const hosts = new LoopbackHosts();
afterEach(() => hosts.stopAll());

type WriteMethod = (this: Socket, ...args: unknown[]) => unknown;

/** Counts socket writes (one per `_write` or `_writev`, each one syscall) by local port while `run` runs. */
async function countSocketWrites(run: () => Promise<void>): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  const proto = Socket.prototype as unknown as Record<'_write' | '_writev', WriteMethod>;
  const originals = { _write: proto._write, _writev: proto._writev };
  for (const name of ['_write', '_writev'] as const) {
    const original = originals[name];
    proto[name] = function (this: Socket, ...args: unknown[]) {
      const port = this.localPort ?? 0;
      counts.set(port, (counts.get(port) ?? 0) + 1);
      return original.apply(this, args);
    };
  }
  try {
    await run();
  } finally {
    proto._write = originals._write;
    proto._writev = originals._writev;
  }
  return counts;
}

function tcpPort(host: { getMultiaddrs(): Array<{ toString(): string }> }): number {
  const address = host.getMultiaddrs().map(String).find((addr) => addr.includes('/tcp/') && !addr.includes('/ws'));
  return Number(/\/tcp\/(\d+)/.exec(address ?? '')?.[1]);
}

describe('wire cost of a federation message', () => {
  it('a small frame is one socket write by its sender and none by its receiver', async () => {
    const [sender, receiver] = [await hosts.create(), await hosts.create()];
    const protocol = '/continuum/test-wire/1.0.0';
    let received = 0;
    await receiver.handle(protocol, async (stream) => {
      for await (const frame of readFrames(stream, { peer: 'sender', protocol })) {
        if (frame.byteLength > 0) received += 1;
      }
    });
    await sender.dial(receiver.getMultiaddrs());
    const stream = await sender.dialProtocol(receiver.peerId, protocol);
    // Settle the stream's opening (SYN/ACK, protocol negotiation) before counting.
    await writeFrame(stream, new Uint8Array(100));
    await until(() => received === 1, 'the first frame');
    await new Promise((resolve) => setTimeout(resolve, 50));

    const frames = 64;
    const receiverPort = tcpPort(receiver);
    const counts = await countSocketWrites(async () => {
      for (let i = 2; i <= frames + 1; i += 1) {
        // One at a time: each frame leaves in its own write, as Raft messages do at low load.
        await writeFrame(stream, new Uint8Array(200).fill(i));
        await until(() => received === i, `frame ${i}`);
      }
    });
    await stream.close();
    const byReceiver = counts.get(receiverPort) ?? 0;
    const bySender = [...counts].filter(([port]) => port !== receiverPort).reduce((sum, [, n]) => sum + n, 0);
    // A little slack for background traffic (identify, ping, gossipsub) during the window.
    expect(bySender).toBeGreaterThanOrEqual(frames);
    expect(bySender).toBeLessThanOrEqual(frames + 4);
    expect(byReceiver).toBeLessThanOrEqual(4);
  });

  it('the length-prefixed decoder does not ask for a length once every byte is consumed', () => {
    let calls = 0;
    let emptyCalls = 0;
    const decoder = new LengthPrefixedDecoder({
      lengthDecoder: (data) => {
        calls += 1;
        if (data.byteLength === 0) emptyCalls += 1;
        if (data.byteLength < 1) throw new RangeError('no length yet');
        return data instanceof Uint8Array ? (data[0] as number) : data.get(0);
      },
      encodingLength: () => 1,
    });
    // Two whole frames in one chunk, then a frame split over two chunks.
    expect([...decoder.decode(Uint8Array.of(2, 7, 7, 1, 9))].map((frame) => frame.subarray())).toEqual([Uint8Array.of(7, 7), Uint8Array.of(9)]);
    expect([...decoder.decode(Uint8Array.of(3, 1))]).toEqual([]);
    expect([...decoder.decode(Uint8Array.of(2, 3))].map((frame) => frame.subarray())).toEqual([Uint8Array.of(1, 2, 3)]);
    expect(emptyCalls).toBe(0);
    expect(calls).toBe(4);
  });
});
