// Public API of the federation's work: ingest, metadata replication, queries.
export { workLimits, type WorkLimits } from './work-limits.js';
export { IngestService, type ContentAccess, type IngestOptions, type IngestReport, type WatchlistInput } from './ingest/ingest.js';
export { loadOrCreateNodeSecret, nodeSecretFile } from './ingest/node-secret.js';
export { AuditLog, verifyAuditRecords, type AuditAction, type AuditRecord, type AuditVerification } from './content/audit-log.js';
export { ContentStore, type IndexedFields, type StoredPost } from './content/content-store.js';
export * from './metadata/records.js';
export { MetadataReplica, metadataKinds, rollupKinds, type MetadataKind } from './metadata/replica.js';
export { MetadataSync, upwardKinds, type SyncOptions, type SyncStats } from './metadata/sync.js';
export { decodeSyncMessage, encodeSyncMessage, type SyncMessage, type SyncPart } from './metadata/wire.js';
export { MemoryNetwork, type NetworkOptions } from './metadata/memory-network.js';
export { TreeSimulation, type SimNode, type TreeShape } from './metadata/simulation.js';
export { Libp2pMetadataTransport, metadataTopic, syncProtocol } from './metadata/libp2p-transport.js';
export { MetadataService, metadataStateFile, type MetadataServiceOptions } from './metadata/service.js';
export { QueryService, parseQueryParams, queryCategories, type QueryAnswer, type QueryParams } from './query/query.js';
export { startWork, type RunningWork, type WorkContext } from './node/work.js';
export { createPrng, type Prng } from './samples/prng.js';
export { samplePosts, type SamplePost, type SampleOptions } from './samples/sample-posts.js';
