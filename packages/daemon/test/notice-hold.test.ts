// Answers before commit notices: which Raft messages the driver holds to the end of the
// loop turn, that they leave after the turn's promise chains (where HTTP answers are
// written), and that holding never reorders what a peer receives.
import { MessageType } from '@continuum/raft';
import type { Message } from '@continuum/raft';
import { describe, expect, it } from 'vitest';
import { isNoticeOnly, NoticeHold } from '../src/raft-driver/notice-hold.js';

function append(to: string, index: number, entries = 0): Message {
  return {
    type: MessageType.App, to, from: 'leader', term: 2, logTerm: 2, index, commit: index, reject: false, rejectHint: 0, context: new Uint8Array(),
    entries: Array.from({ length: entries }, (_, i) => ({ index: index + 1 + i, term: 2, type: 0, data: new Uint8Array([i]) })),
  };
}

function recorder(): { sent: Array<readonly Message[]>; hold: NoticeHold } {
  const sent: Array<readonly Message[]> = [];
  return { sent, hold: new NoticeHold((messages) => sent.push(messages)) };
}

/** Resolves after a promise chain of `hops` steps, like an answer written a few awaits after it was resolved. */
async function chain(hops: number, onEnd: () => void): Promise<void> {
  for (let i = 0; i < hops; i += 1) await Promise.resolve();
  onEnd();
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('answers before commit notices', () => {
  it('tells notices from messages that carry entries or a snapshot', () => {
    expect(isNoticeOnly([append('a', 5), { ...append('b', 5), type: MessageType.Heartbeat }])).toBe(true);
    expect(isNoticeOnly([append('a', 5), append('b', 5, 1)])).toBe(false);
    const snapshot = { metadata: { index: 5, term: 2, confState: { voters: [], learners: [] } }, data: new Uint8Array() };
    expect(isNoticeOnly([{ ...append('a', 5), snapshot }])).toBe(false);
  });

  it('sends at once when no local client was answered, or when the messages carry entries', () => {
    const { sent, hold } = recorder();
    hold.dispatch([append('a', 5)], false);
    expect(sent).toHaveLength(1);
    hold.dispatch([append('a', 6, 2)], true);
    expect(sent).toHaveLength(2);
    hold.dispatch([], true);
    expect(sent).toHaveLength(2);
  });

  it('holds notices after a local answer until the promise chains of the turn have run', async () => {
    const { sent, hold } = recorder();
    const order: string[] = [];
    const answer = chain(20, () => order.push(`answer with ${sent.length} sent`));
    hold.dispatch([append('a', 7), append('b', 7)], true);
    expect(sent).toHaveLength(0);
    await answer;
    await nextTurn();
    expect(order).toEqual(['answer with 0 sent']);
    expect(sent.flat().map((message) => message.to)).toEqual(['a', 'b']);
  });

  it('queues whatever is dispatched while notices are held behind them, in order', async () => {
    const { sent, hold } = recorder();
    hold.dispatch([append('a', 7)], true);
    hold.dispatch([append('a', 8, 1)], false);
    hold.dispatch([append('a', 9)], true);
    expect(sent).toHaveLength(0);
    await nextTurn();
    expect(sent.flat().map((message) => message.index)).toEqual([7, 8, 9]);
    hold.dispatch([append('a', 10, 1)], false);
    expect(sent.at(-1)?.map((message) => message.index)).toEqual([10]);
  });
});
