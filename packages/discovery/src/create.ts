import type { PeerDiscovery } from '@libp2p/interface';
import type { KadDHT, KadDHTComponents } from '@libp2p/kad-dht';
import { DiscoveryContext, type DiscoveryHooks } from './context.js';
import { bootstrapDiscovery, type BootstrapComponents } from './methods/bootstrap.js';
import { dhtService } from './methods/dht.js';
import { dnsDiscovery } from './methods/dns.js';
import { mdnsDiscovery, type MdnsComponents } from './methods/mdns.js';
import { parseDiscoveryOptions, type DiscoveryOptions } from './options.js';
import { pexService, type PeerExchange, type PexComponents } from './pex/service.js';
import type { DiscoveryReport } from './report.js';

/** The components every discovery method may ask libp2p for. */
export type DiscoveryComponents = BootstrapComponents & MdnsComponents;

/** Service factories to spread into `createLibp2p({ services })`. */
export interface DiscoveryServices {
  /** Present when `dht` is enabled; needs `identify` and `ping` services beside it. */
  dht?: (components: KadDHTComponents) => KadDHT;
  /** Present when `pex` is enabled. */
  pex?: (components: PexComponents) => PeerExchange;
}

export interface Discovery {
  readonly options: DiscoveryOptions;
  /** What GET /v1/discovery serves: `report.toJSON()`. */
  readonly report: DiscoveryReport;
  /** For `createLibp2p({ peerDiscovery })`: dns, bootstrap and mdns, as enabled. */
  readonly peerDiscovery: Array<(components: DiscoveryComponents) => PeerDiscovery>;
  readonly services: DiscoveryServices;
}

/**
 * Builds the discovery parts for one libp2p node from a `federation.discovery` section
 * (validated here: throws DiscoveryError CONFIG_INVALID naming the key). Call it once per
 * node; its parts share one report, one resolver and one dialer.
 */
export function createDiscovery(section: unknown, hooks: DiscoveryHooks = {}): Discovery {
  const options = parseDiscoveryOptions(section);
  const context = new DiscoveryContext(options, hooks);
  const enabled = new Set(options.enabled_methods);
  const peerDiscovery: Discovery['peerDiscovery'] = [];
  if (enabled.has('dns')) peerDiscovery.push(dnsDiscovery(context));
  if (enabled.has('bootstrap') && options.bootstrap_nodes.length > 0) peerDiscovery.push(bootstrapDiscovery(context));
  if (enabled.has('mdns')) peerDiscovery.push(mdnsDiscovery(context));
  const services: DiscoveryServices = {};
  if (enabled.has('dht')) services.dht = dhtService(context);
  if (enabled.has('pex')) services.pex = pexService(context);
  return { options, report: context.report, peerDiscovery, services };
}
