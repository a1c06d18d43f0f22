import './node20.js';

export * from './errors.js';
export { limits, type Limits } from './limits.js';
export {
  checkDnsServer, defaultDiscoveryOptions, discoveryMethods, parseDiscoveryOptions,
  type DhtMode, type DiscoveryMethod, type DiscoveryOptions,
} from './options.js';
export { parseAddress, type ConfiguredAddress } from './address.js';
export { orderSrvRecords, type SrvRecord } from './dns/srv-order.js';
export { createNodeResolver, type DnsResolver, type NodeResolverInit, type ResolvedAddress } from './dns/resolver.js';
export { backoffDelayMs } from './backoff.js';
export {
  DiscoveryReport, type DiscoveredPeerJson, type DiscoveryFailureJson, type DiscoveryReportJson, type MethodStatusJson,
} from './report.js';
export type { DiscoveryHooks } from './context.js';
export { createDiscovery, type Discovery, type DiscoveryComponents, type DiscoveryServices } from './create.js';
export { dhtProtocol } from './methods/dht.js';
export { pexProtocol, type PeerExchange } from './pex/service.js';
export { decodePexRequest, decodePexResponse, encodePexRequest, encodePexResponse } from './pex/codec.js';
