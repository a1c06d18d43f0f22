import { describe, expect, it } from 'vitest';
import { continuum } from '../src/gen/federation.js';

const { JoinRequest } = continuum.daemon.v1;

describe('daemon wire contract', () => {
  it('round-trips a join request', () => {
    const request = {
      federationId: 'fed-1', tokenId: 't1', proof: new Uint8Array([9, 9]), name: 'sf-1', tier: 'leaf',
      territory: 'US-CA-SF', addresses: ['/ip4/127.0.0.1/tcp/7000'], nonce: new Uint8Array([1, 2]), council: true,
    };
    const decoded = JoinRequest.toObject(JoinRequest.decode(JoinRequest.encode(request).finish()), { defaults: true, bytes: Array });
    expect(decoded).toEqual({ ...request, proof: [9, 9], nonce: [1, 2] });
  });

  it('rejects a truncated buffer with an error rather than garbage', () => {
    const bytes = JoinRequest.encode({ federationId: 'federation', name: 'n' }).finish();
    expect(() => JoinRequest.decode(bytes.subarray(0, 5))).toThrow(RangeError);
  });
});
