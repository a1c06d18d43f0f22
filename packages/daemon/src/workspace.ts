/** The packages that make up a CONTINUUM node, in dependency order. */
export const workspacePackages = [
  { name: '@continuum/raft', role: 'Raft consensus core, storages and fault simulator' },
  { name: '@continuum/crdt', role: 'clocks, delta-state CRDTs and the Yjs adapter' },
  { name: '@continuum/analyzer', role: 'posts to metadata, and the roll-ups of the tiers above' },
  { name: '@continuum/discovery', role: 'DNS SRV, mDNS, bootstrap, DHT and peer exchange' },
  { name: '@continuum/daemon', role: 'the node: host, federation, replication, API' },
  { name: '@continuum/cli', role: 'the continuum command' },
] as const;
