// GossipChannels over real libp2p hosts on 127.0.0.1: the rules every gossip topic shares
// (members-only, outsider rate limit, hold-until-admitted, scoring, receiver penalties).
import { afterEach, describe, expect, it } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import { GossipChannels } from '../src/host/gossip-channels.js';
import { topicScoreOf } from '../src/host/gossip.js';
import type { ContinuumHost } from '../src/host/host.js';
import { limits } from '../src/limits.js';
import { PenaltyBox } from '../src/protocol/penalties.js';
import { LoopbackHosts } from './support/loopback-hosts.js';
import { until } from './support/until.js';

const hosts = new LoopbackHosts();
const host = (): Promise<ContinuumHost> => hosts.create();
const topic = 'continuum/test-channel/1';
const text = (value: string): Uint8Array => new TextEncoder().encode(value);
/** Test wire: `ok:<text>` decodes; anything else does not; `ok:refuse` decodes but its receiver refuses it. */
const decode = (data: Uint8Array): string | undefined => {
  const value = new TextDecoder().decode(data);
  return value.startsWith('ok:') ? value.slice(3) : undefined;
};


afterEach(() => hosts.stopAll());


describe('GossipChannels', () => {
  it('delivers members\' decoded messages, holds publishing until admitted, rate-limits outsiders, scores undecodable data, penalises refusals and not the receiver\'s own bugs', async () => {
    const [receiver, member, outsider] = [await host(), await host(), await host()];
    const members = new Set([receiver.peerId.toString(), member.peerId.toString()]);
    const isMember = (peer: string): boolean => members.has(peer);
    const penalties = new PenaltyBox();
    const outsiderTokens: Array<{ peer: string; protocol: string }> = [];
    const received: Array<{ value: string; from: string }> = [];
    const bugs: Array<{ topic: string; error: unknown }> = [];
    const channels = new GossipChannels({
      pubsub: receiver.services.pubsub, isMember, penalise: penalties.penalise,
      onReceiverBug: (bugTopic, error) => bugs.push({ topic: bugTopic, error }),
      admitOutsider: (peer, protocol) => {
        outsiderTokens.push({ peer, protocol });
        return true;
      },
    });
    const channel = channels.channel({
      topic, decode,
      receive: (value, from) => {
        if (value === 'refuse') throw new Error('refused by the receiver');
        if (value === 'bug') throw new TypeError('the receiver\'s own bug');
        received.push({ value, from });
      },
    });
    expect(() => channels.channel({ topic, decode, receive: () => undefined })).toThrow(ContinuumError);
    expect(topicScoreOf(receiver.services.pubsub, topic)).toMatchObject({ invalidMessageDeliveriesWeight: limits.gossipInvalidMessageWeight });
    let admitted = false;
    const memberSide = new GossipChannels({ pubsub: member.services.pubsub, isMember, admitted: () => admitted });
    const memberChannel = memberSide.channel({ topic, decode, receive: () => undefined });
    const outsiderChannel = new GossipChannels({ pubsub: outsider.services.pubsub, isMember }).channel({ topic, decode, receive: () => undefined });
    for (const other of [member, outsider]) await other.dial(receiver.getMultiaddrs());
    const self = receiver.peerId.toString();
    await until(() => memberChannel.subscribers().includes(self) && outsiderChannel.subscribers().includes(self), 'subscriptions');

    expect(await memberChannel.publish(text('ok:too early'))).toBe(0);
    admitted = true;
    expect(await memberChannel.publish(text('ok:hello'))).toBeGreaterThan(0);
    await until(() => received.length > 0, 'the member\'s message');
    expect(received).toEqual([{ value: 'hello', from: member.peerId.toString() }]);

    await outsiderChannel.publish(text('ok:let me in'));
    await until(() => outsiderTokens.length > 0, 'the outsider\'s token');
    expect(outsiderTokens).toEqual([{ peer: outsider.peerId.toString(), protocol: `gossip ${topic}` }]);

    // The receiver's own bug is reported, and the sender is not penalised for it.
    await memberChannel.publish(text('ok:bug'));
    await until(() => bugs.length > 0, 'the receiver bug report');
    expect(bugs[0]).toMatchObject({ topic, error: { name: 'TypeError' } });
    expect(penalties.recent).toEqual([]);

    await memberChannel.publish(text('ok:refuse'));
    await until(() => penalties.recent.length > 0, 'the refusal\'s penalty');
    expect(penalties.recent[0]).toMatchObject({ peer: member.peerId.toString(), protocol: topic, error: { code: 'PEER_MESSAGE_INVALID' } });

    for (let i = 0; i < 3; i++) await memberChannel.publish(text(`garbage ${i}`));
    await until(() => channels.score(member.peerId.toString()) < 0, 'the member\'s score to drop');
    expect(received.map((message) => message.value)).toEqual(['hello']);
    // The outsider's message was ignored (dropped, rate-limited), not rejected: no score penalty.
    expect(channels.score(outsider.peerId.toString())).toBeGreaterThanOrEqual(0);

    channel.close();
    channel.close();
    expect(channels.topics()).toEqual([]);
    await until(() => !memberChannel.subscribers().includes(self), 'the unsubscription');
  });
});
