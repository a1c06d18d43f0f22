import { peerDiscoverySymbol, type PeerDiscovery, type PeerDiscoveryEvents, type PeerInfo, type Startable } from '@libp2p/interface';
import { kadDHT, passthroughMapper, type KadDHT, type KadDHTComponents, type KadDHTInit } from '@libp2p/kad-dht';
import { TypedEventEmitter } from 'main-event';
import type { DiscoveryContext } from '../context.js';

/** The DHT protocol id for a prefix: `<prefix>/kad/1.0.0`. */
export function dhtProtocol(prefix: string): string {
  return `${prefix}/kad/1.0.0`;
}

/** The kad-dht options this package uses, from the discovery options. */
export function dhtInit(context: DiscoveryContext): KadDHTInit {
  const { dht_protocol_prefix: prefix, dht_mode: mode, dht_query_self_interval_ms: interval } = context.options;
  return {
    // Our own protocol id: this DHT never answers or queries the public IPFS DHT.
    protocol: dhtProtocol(prefix),
    logPrefix: 'continuum:dht',
    datastorePrefix: '/continuum/dht',
    metricsPrefix: 'continuum_dht',
    // Federation members often sit on private or loopback addresses; kad-dht's default
    // mapper strips those, which leaves a private federation with an empty DHT.
    peerInfoMapper: passthroughMapper,
    querySelfInterval: interval,
    initialQuerySelfInterval: Math.min(1_000, interval),
    // 'auto' leaves clientMode unset: kad-dht then serves once it sees a public address.
    ...(mode === 'auto' ? {} : { clientMode: mode === 'client' }),
  };
}

/**
 * The Kad-DHT service factory for `services.dht`, under the federation's own protocol.
 * Peers the DHT learns of in its queries are recorded in the report as found by `dht`,
 * dialled, and announced to libp2p, within max_discovered_nodes.
 */
export function dhtService(context: DiscoveryContext): (components: KadDHTComponents) => KadDHT {
  return (components) => {
    // The KadDHT type omits what the class has: it is an event target and Startable.
    const dht = kadDHT(dhtInit(context))(components) as KadDHT & PeerDiscovery & Startable;
    const announced = new TypedEventEmitter<PeerDiscoveryEvents>();
    const dialer = context.dialer(components);
    let running = false;
    dht.addEventListener('peer', (event: CustomEvent<PeerInfo>) => {
      if (running && context.found('dht', event.detail, components)) announced.safeDispatchEvent('peer', { detail: event.detail });
    });
    // libp2p listens to `service[peerDiscoverySymbol]`; pointing it at the filtered emitter
    // keeps the bound and the report in one place for every method.
    Object.defineProperty(dht, peerDiscoverySymbol, { value: announced, configurable: true });
    const start = dht.start.bind(dht);
    const stop = dht.stop.bind(dht);
    Object.assign(dht, {
      async start() {
        running = true;
        dialer.acquire();
        context.report.setState('dht', 'running');
        await start();
      },
      async stop() {
        running = false;
        dialer.release();
        context.report.setState('dht', 'stopped');
        await stop();
      },
    });
    return dht;
  };
}
