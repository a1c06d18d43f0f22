// Bare libp2p hosts on loopback for one test file: `create` starts one with a fresh key,
// `stopAll` (in afterEach) stops every host created since.
import { generateKeyPair } from '@libp2p/crypto/keys';
import { createHost, type ContinuumHost } from '../../src/host/host.js';

export class LoopbackHosts {
  private readonly hosts: ContinuumHost[] = [];

  async create(swarmKey?: Uint8Array): Promise<ContinuumHost> {
    const node = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'], swarmKey });
    this.hosts.push(node);
    return node;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.hosts.splice(0).map((node) => node.stop()));
  }
}
