// The discovery report: attribution, bounds and its JSON form.
import { describe, expect, it } from 'vitest';
import { DiscoveryReport, backoffDelayMs, limits } from '../src/index.js';

const clock = () => { let t = Date.UTC(2026, 0, 1); return { now: () => t, advance: (ms: number) => { t += ms; } }; };

describe('DiscoveryReport', () => {
  it('keeps which method found a peer first, every method that did, and when', () => {
    const time = clock();
    const report = new DiscoveryReport({ now: time.now, maxDiscoveredNodes: 10, enabledMethods: ['dns', 'pex'] });
    expect(report.recordPeer('dns', 'peer-a', ['/ip4/127.0.0.1/tcp/1'])).toBe(true);
    time.advance(1_000);
    expect(report.recordPeer('pex', 'peer-a', [])).toBe(true);
    const json = JSON.parse(JSON.stringify(report));
    expect(json.peers).toEqual([{
      peerId: 'peer-a', foundBy: 'dns', methods: ['dns', 'pex'], firstSeenAt: '2026-01-01T00:00:00.000Z',
      lastSeenAt: '2026-01-01T00:00:01.000Z', addresses: ['/ip4/127.0.0.1/tcp/1'],
    }]);
    expect(json.methods.find((m: { method: string }) => m.method === 'mdns')).toMatchObject({ enabled: false, state: 'off' });
    expect(json.methods.find((m: { method: string }) => m.method === 'dns')).toMatchObject({ enabled: true, peersFound: 1 });
  });

  it('tracks at most max_discovered_nodes peers and counts the ones it drops', () => {
    const report = new DiscoveryReport({ now: Date.now, maxDiscoveredNodes: 2, enabledMethods: ['dht'] });
    expect(report.recordPeer('dht', 'a', [])).toBe(true);
    expect(report.recordPeer('dht', 'b', [])).toBe(true);
    expect(report.recordPeer('dht', 'c', [])).toBe(false);
    expect(report.recordPeer('dht', 'a', [])).toBe(true);
    expect(report.toJSON().peers.map((p) => p.peerId)).toEqual(['a', 'b']);
    expect(report.toJSON().droppedOverLimit).toBe(1);
  });

  it('keeps the last limits.maxReportFailuresCount failures', () => {
    const report = new DiscoveryReport({ now: Date.now, maxDiscoveredNodes: 2, enabledMethods: ['bootstrap'] });
    for (let i = 0; i < limits.maxReportFailuresCount + 5; i++) report.recordFailure('bootstrap', 'DIAL_FAILED', `t${i}`, 'refused');
    const failures = report.failures();
    expect(failures).toHaveLength(limits.maxReportFailuresCount);
    expect(failures[0]?.target).toBe('t5');
    expect(report.toJSON().methods.find((m) => m.method === 'bootstrap')?.failures).toBe(limits.maxReportFailuresCount + 5);
  });

  it('tells listeners of changes until they unsubscribe', () => {
    const report = new DiscoveryReport({ now: Date.now, maxDiscoveredNodes: 2, enabledMethods: ['dns'] });
    let calls = 0;
    const off = report.onChange(() => calls++);
    report.recordRun('dns', true);
    off();
    report.recordRun('dns', true);
    expect(calls).toBe(1);
  });
});

describe('backoffDelayMs', () => {
  it('doubles from the initial delay up to the maximum, jittered into [half, full]', () => {
    const low = () => 0;
    const high = () => 0.999999;
    expect(backoffDelayMs(0, 1_000, 60_000, high)).toBe(1_000);
    expect(backoffDelayMs(0, 1_000, 60_000, low)).toBe(500);
    expect(backoffDelayMs(3, 1_000, 60_000, high)).toBe(8_000);
    expect(backoffDelayMs(20, 1_000, 60_000, high)).toBe(60_000);
    expect(backoffDelayMs(1_000, 1_000, 60_000, low)).toBe(30_000);
  });
});
