// Real libp2p hosts on 127.0.0.1: dialing, strict-signed gossip, pnet isolation, and a
// framed federation protocol with the members-only guard and peer penalties.
import { afterEach, describe, expect, it } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import type { ContinuumHost } from '../src/host/host.js';
import { generateSwarmKey, parseSwarmKey } from '../src/host/pnet.js';
import { readFrames, writeFrame } from '../src/protocol/framing.js';
import { federationHandler } from '../src/protocol/handler.js';
import { PenaltyBox } from '../src/protocol/penalties.js';
import { LoopbackHosts } from './support/loopback-hosts.js';
import { until } from './support/until.js';

const hosts = new LoopbackHosts();
const host = (swarmKey?: Uint8Array): Promise<ContinuumHost> => hosts.create(swarmKey);


afterEach(() => hosts.stopAll());


describe('libp2p host', () => {
  it('two hosts dial each other and a strictly signed gossip message goes through', async () => {
    const [a, b] = [await host(), await host()];
    await a.dial(b.getMultiaddrs());
    expect(a.getConnections(b.peerId).length).toBeGreaterThan(0);
    const topic = 'continuum/test/1';
    const received: Array<{ from: string; data: string; type: string }> = [];
    b.services.pubsub.addEventListener('message', (event) => {
      const message = event.detail;
      if (message.topic === topic && message.type === 'signed') {
        received.push({ from: message.from.toString(), data: new TextDecoder().decode(message.data), type: message.type });
      }
    });
    a.services.pubsub.subscribe(topic);
    b.services.pubsub.subscribe(topic);
    await until(() => a.services.pubsub.getSubscribers(topic).some((peer) => peer.equals(b.peerId)), 'subscription');
    await a.services.pubsub.publish(topic, new TextEncoder().encode('hello'));
    await until(() => received.length > 0, 'gossip message');
    expect(received[0]).toEqual({ from: a.peerId.toString(), data: 'hello', type: 'signed' });
    expect(a.services.pubsub.globalSignaturePolicy).toBe('StrictSign');
  });

  it('publishing with no subscribed peer does not throw', async () => {
    const a = await host();
    await expect(a.services.pubsub.publish('nobody/listens', new Uint8Array([1]))).resolves.toBeDefined();
  });

  it('hosts with different pnet keys cannot connect; the same key can', async () => {
    const key = generateSwarmKey();
    expect(parseSwarmKey(key)).toBe(key);
    const [a, b, c] = [await host(key), await host(key), await host(generateSwarmKey())];
    await a.dial(b.getMultiaddrs());
    expect(a.getConnections(b.peerId).length).toBeGreaterThan(0);
    await expect(a.dial(c.getMultiaddrs(), { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
    expect(a.getConnections(c.peerId)).toHaveLength(0);
    const open = await host();
    await expect(open.dial(a.getMultiaddrs(), { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
    expect(() => parseSwarmKey(new TextEncoder().encode('not a key'))).toThrow(ContinuumError);
  });
});

describe('framed federation protocol', () => {
  const protocol = '/continuum/echo/1.0.0';

  async function echoPair(isMember: (peer: string) => boolean) {
    const [server, client] = [await host(), await host()];
    const penalties = new PenaltyBox();
    const unexpected: unknown[] = [];
    await server.handle(protocol, federationHandler({
      protocol, membersOnly: true, isMember, penalise: penalties.penalise,
      onUnexpected: (error) => unexpected.push(error),
      handle: async ({ stream, peer }) => {
        for await (const frame of readFrames(stream, { peer, protocol }, { maxFrameBytes: 1024 })) {
          await writeFrame(stream, frame);
          break; // one request per stream
        }
      },
    }));
    await client.dial(server.getMultiaddrs());
    return { server, client, penalties, unexpected };
  }

  async function request(client: ContinuumHost, server: ContinuumHost, payload: Uint8Array): Promise<Uint8Array[]> {
    const stream = await client.dialProtocol(server.peerId, protocol);
    await writeFrame(stream, payload);
    const replies: Uint8Array[] = [];
    for await (const frame of readFrames(stream, { peer: server.peerId.toString(), protocol })) replies.push(frame);
    await stream.close();
    return replies;
  }

  it('serves members, closing its side of every stream (more than 64 in a row)', async () => {
    const { server, client, penalties, unexpected } = await echoPair(() => true);
    for (let i = 0; i < 70; i++) {
      const replies = await request(client, server, new Uint8Array([i]));
      expect(replies.map((reply) => [...reply])).toEqual([[i]]);
    }
    expect(penalties.penalties(client.peerId.toString())).toBe(0);
    expect(unexpected).toEqual([]);
  });

  it('refuses a non-member before reading, and penalises it', async () => {
    const { server, client, penalties } = await echoPair(() => false);
    await expect(request(client, server, new Uint8Array([1]))).rejects.toThrow();
    await until(() => penalties.penalties(client.peerId.toString()) === 1, 'penalty');
  });

  it('a malformed or oversized frame penalises the peer and the node keeps serving', async () => {
    const { server, client, penalties } = await echoPair(() => true);
    await expect(request(client, server, new Uint8Array(2048))).rejects.toThrow();
    await until(() => penalties.penalties(client.peerId.toString()) === 1, 'penalty');
    const garbage = await client.dialProtocol(server.peerId, protocol);
    garbage.send(new Uint8Array(12).fill(0xff));
    await until(() => penalties.penalties(client.peerId.toString()) === 2, 'second penalty');
    expect((await request(client, server, new Uint8Array([7]))).map((reply) => [...reply])).toEqual([[7]]);
  });
});
