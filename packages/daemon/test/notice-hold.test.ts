// Commit notices that wait for the next append: which messages the driver holds, that a
// held notice is dropped only when a later append to the same peer carries its commit
// index, that it leaves on its own after the hold, that a follower whose forwarded
// proposal it commits gets it at once, and that holding never reorders what a peer receives.
import { MessageType } from '@continuum/raft';
import type { Message } from '@continuum/raft';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCommitNotice, NoticeHold } from '../src/raft-driver/notice-hold.js';

/** An append to `to` after `index` with `entries` new entries, committing `commit` (default: index). */
function append(to: string, index: number, entries = 0, commit = index): Message {
  return {
    type: MessageType.App, to, from: 'leader', term: 2, logTerm: 2, index, commit, reject: false, rejectHint: 0, context: new Uint8Array(),
    entries: Array.from({ length: entries }, (_, i) => ({ index: index + 1 + i, term: 2, type: 0, data: new Uint8Array([i]) })),
  };
}

function heartbeat(to: string, commit: number): Message {
  return { ...append(to, 0, 0, commit), type: MessageType.Heartbeat };
}

const holdMs = 30;

function recorder(maxAwaitedPerPeer = 16): { sent: Message[]; hold: NoticeHold } {
  const sent: Message[] = [];
  return { sent, hold: new NoticeHold((messages) => sent.push(...messages), { holdMs, maxAwaitedPerPeer }) };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('commit notices wait for the next append', () => {
  it('tells commit notices from appends with entries or a snapshot and from other messages', () => {
    expect(isCommitNotice(append('a', 5))).toBe(true);
    expect(isCommitNotice(append('a', 5, 1))).toBe(false);
    expect(isCommitNotice(heartbeat('a', 5))).toBe(false);
    const snapshot = { metadata: { index: 5, term: 2, confState: { voters: [], learners: [] } }, data: new Uint8Array() };
    expect(isCommitNotice({ ...append('a', 5), snapshot })).toBe(false);
  });

  it('drops a held notice when the next append to that peer goes, and sends everything else at once', () => {
    const { sent, hold } = recorder();
    hold.dispatch([append('a', 7), append('b', 7), heartbeat('c', 3)]);
    expect(sent.map((message) => message.to)).toEqual(['c']);
    hold.dispatch([append('a', 7, 2, 8)]);
    expect(sent.map((message) => [message.to, message.entries.length])).toEqual([['c', 0], ['a', 2]]);
    expect(hold.stats.superseded).toBe(1);
    hold.close();
  });

  it('a newer notice replaces the held one; a notice still held after the hold leaves on its own', async () => {
    const { sent, hold } = recorder();
    hold.dispatch([append('a', 7)]);
    hold.dispatch([append('a', 8)]);
    await sleep(holdMs / 3);
    expect(sent).toEqual([]);
    await sleep(holdMs * 2);
    expect(sent.map((message) => message.commit)).toEqual([8]);
    expect(hold.stats).toEqual({ superseded: 1, expired: 1 });
  });

  it('sends a held notice ahead of any other message to that peer', () => {
    const { sent, hold } = recorder();
    hold.dispatch([append('a', 7)]);
    hold.dispatch([heartbeat('a', 7), append('b', 3, 1)]);
    expect(sent.map((message) => [message.to, message.type])).toEqual([['a', MessageType.App], ['a', MessageType.Heartbeat], ['b', MessageType.App]]);
    hold.close();
  });

  it('sends at once the notice that commits a proposal the peer forwarded, and holds the ones before and after it', () => {
    const { sent, hold } = recorder();
    hold.awaitCommit('a', 9);
    hold.awaitCommit('a', 11);
    hold.dispatch([append('a', 8)]); // commits 8: nothing a waits for
    expect(sent).toEqual([]);
    hold.dispatch([append('a', 8, 0, 12)]); // commit 12 but a holds only up to 8: it cannot apply 9 yet
    expect(sent).toEqual([]);
    hold.dispatch([append('a', 8, 3, 10)]); // carries 9-11 and commits 10: answers 9
    hold.dispatch([append('a', 11, 0, 10)]);
    expect(sent.map((message) => message.commit)).toEqual([10]);
    hold.dispatch([append('a', 11, 0, 11)]); // answers 11
    hold.dispatch([append('a', 11, 0, 12)]); // nothing awaited any more
    expect(sent.map((message) => message.commit)).toEqual([10, 11]);
    hold.close();
  });

  it('forgets the oldest awaited commits beyond the bound, and all of them on reset, which also sends what is held', () => {
    const { sent, hold } = recorder(2);
    hold.awaitCommit('a', 5);
    hold.awaitCommit('a', 6);
    hold.awaitCommit('a', 7);
    hold.dispatch([append('a', 5)]);
    expect(sent).toEqual([]);
    hold.dispatch([append('a', 6)]);
    expect(sent.map((message) => message.commit)).toEqual([6]);
    hold.awaitCommit('a', 9);
    hold.dispatch([append('b', 9)]);
    hold.reset();
    expect(sent.map((message) => message.to)).toEqual(['a', 'b']);
    hold.dispatch([append('a', 9)]);
    expect(sent).toHaveLength(2);
    hold.close();
  });

  it('close drops what is held and sends nothing later', async () => {
    const { sent, hold } = recorder();
    hold.dispatch([append('a', 7)]);
    hold.close();
    await sleep(holdMs * 2);
    expect(sent).toEqual([]);
  });

  // The law behind dropping: per peer, what is sent is the dispatched sequence in order,
  // minus notices; each notice not sent is followed, among the messages sent, by an append
  // to that peer committing at least as much; every other message is sent.
  it('never reorders, and drops only notices a later append supersedes', () => {
    const kind = fc.constantFrom('notice', 'entries', 'heartbeat');
    const step = fc.record({ to: fc.constantFrom('a', 'b'), kind, await: fc.boolean() });
    fc.assert(fc.property(fc.array(fc.array(step, { maxLength: 4 }), { maxLength: 30 }), (batches) => {
      const { sent, hold } = recorder();
      const dispatched: Message[] = [];
      let commit = 1;
      for (const batch of batches) {
        const messages = batch.map((one) => {
          commit += 1;
          if (one.await) hold.awaitCommit(one.to, commit);
          if (one.kind === 'heartbeat') return heartbeat(one.to, commit);
          return append(one.to, commit, one.kind === 'entries' ? 1 : 0);
        });
        dispatched.push(...messages);
        hold.dispatch(messages);
      }
      hold.reset();
      for (const peer of ['a', 'b']) {
        const expected = dispatched.filter((message) => message.to === peer);
        const got = sent.filter((message) => message.to === peer);
        let at = 0;
        for (const [i, message] of expected.entries()) {
          if (got[at] === message) {
            at += 1;
            continue;
          }
          expect(isCommitNotice(message)).toBe(true);
          const later = expected.slice(i + 1).find((next) => got.includes(next) && next.type === MessageType.App);
          expect(later?.commit).toBeGreaterThanOrEqual(message.commit);
        }
        expect(at).toBe(got.length);
      }
    }));
  });
});
