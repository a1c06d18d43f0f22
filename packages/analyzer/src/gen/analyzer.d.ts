import * as $protobuf from "protobufjs";

export namespace continuum {

    namespace analyzer {

        namespace v1 {

            interface ICategoryScores extends continuum.analyzer.v1.CategoryScores.$Properties {
            }

            class CategoryScores {
                constructor(p?: continuum.analyzer.v1.CategoryScores.$Properties);
                $unknowns?: Uint8Array[];
                hateSpeech: number;
                offensive: number;
                threat: number;
                harassment: number;
                static create(properties: continuum.analyzer.v1.CategoryScores.$Shape): continuum.analyzer.v1.CategoryScores & continuum.analyzer.v1.CategoryScores.$Shape;
                static create(properties?: continuum.analyzer.v1.CategoryScores.$Properties): continuum.analyzer.v1.CategoryScores;
                static encode(m: continuum.analyzer.v1.CategoryScores.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.CategoryScores & continuum.analyzer.v1.CategoryScores.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.CategoryScores;
                static toObject(m: continuum.analyzer.v1.CategoryScores, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CategoryScores {
                interface $Properties {
                    hateSpeech?: (number|null);
                    offensive?: (number|null);
                    threat?: (number|null);
                    harassment?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.CategoryScores.$Properties;
            }

            interface ISignatures extends continuum.analyzer.v1.Signatures.$Properties {
            }

            class Signatures {
                constructor(p?: continuum.analyzer.v1.Signatures.$Properties);
                $unknowns?: Uint8Array[];
                simhash: Uint8Array;
                minhash: number[];
                bands: number[];
                static create(properties: continuum.analyzer.v1.Signatures.$Shape): continuum.analyzer.v1.Signatures & continuum.analyzer.v1.Signatures.$Shape;
                static create(properties?: continuum.analyzer.v1.Signatures.$Properties): continuum.analyzer.v1.Signatures;
                static encode(m: continuum.analyzer.v1.Signatures.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.Signatures & continuum.analyzer.v1.Signatures.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.Signatures;
                static toObject(m: continuum.analyzer.v1.Signatures, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Signatures {
                interface $Properties {
                    simhash?: (Uint8Array|null);
                    minhash?: (number[]|null);
                    bands?: (number[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.Signatures.$Properties;
            }

            interface IGroupMention extends continuum.analyzer.v1.GroupMention.$Properties {
            }

            class GroupMention {
                constructor(p?: continuum.analyzer.v1.GroupMention.$Properties);
                $unknowns?: Uint8Array[];
                category: string;
                term: string;
                static create(properties: continuum.analyzer.v1.GroupMention.$Shape): continuum.analyzer.v1.GroupMention & continuum.analyzer.v1.GroupMention.$Shape;
                static create(properties?: continuum.analyzer.v1.GroupMention.$Properties): continuum.analyzer.v1.GroupMention;
                static encode(m: continuum.analyzer.v1.GroupMention.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.GroupMention & continuum.analyzer.v1.GroupMention.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.GroupMention;
                static toObject(m: continuum.analyzer.v1.GroupMention, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GroupMention {
                interface $Properties {
                    category?: (string|null);
                    term?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.GroupMention.$Properties;
            }

            interface IWatchlistHit extends continuum.analyzer.v1.WatchlistHit.$Properties {
            }

            class WatchlistHit {
                constructor(p?: continuum.analyzer.v1.WatchlistHit.$Properties);
                $unknowns?: Uint8Array[];
                kind: string;
                value: string;
                static create(properties: continuum.analyzer.v1.WatchlistHit.$Shape): continuum.analyzer.v1.WatchlistHit & continuum.analyzer.v1.WatchlistHit.$Shape;
                static create(properties?: continuum.analyzer.v1.WatchlistHit.$Properties): continuum.analyzer.v1.WatchlistHit;
                static encode(m: continuum.analyzer.v1.WatchlistHit.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.WatchlistHit & continuum.analyzer.v1.WatchlistHit.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.WatchlistHit;
                static toObject(m: continuum.analyzer.v1.WatchlistHit, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchlistHit {
                interface $Properties {
                    kind?: (string|null);
                    value?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.WatchlistHit.$Properties;
            }

            interface IProvenance extends continuum.analyzer.v1.Provenance.$Properties {
            }

            class Provenance {
                constructor(p?: continuum.analyzer.v1.Provenance.$Properties);
                $unknowns?: Uint8Array[];
                model: string;
                lexicon: string;
                watchlist: string;
                static create(properties: continuum.analyzer.v1.Provenance.$Shape): continuum.analyzer.v1.Provenance & continuum.analyzer.v1.Provenance.$Shape;
                static create(properties?: continuum.analyzer.v1.Provenance.$Properties): continuum.analyzer.v1.Provenance;
                static encode(m: continuum.analyzer.v1.Provenance.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.Provenance & continuum.analyzer.v1.Provenance.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.Provenance;
                static toObject(m: continuum.analyzer.v1.Provenance, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Provenance {
                interface $Properties {
                    model?: (string|null);
                    lexicon?: (string|null);
                    watchlist?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.Provenance.$Properties;
            }

            interface IPostMetadata extends continuum.analyzer.v1.PostMetadata.$Properties {
            }

            class PostMetadata {
                constructor(p?: continuum.analyzer.v1.PostMetadata.$Properties);
                $unknowns?: Uint8Array[];
                cid: string;
                platform: string;
                language: string;
                createdAtMs: number;
                authorPseudonym: string;
                territory: string;
                scores?: (continuum.analyzer.v1.CategoryScores.$Properties|null);
                severity: string;
                hashtags: string[];
                signatures?: (continuum.analyzer.v1.Signatures.$Properties|null);
                isReply: boolean;
                mediaCount: number;
                mentions: string[];
                urlDomains: string[];
                categories: string[];
                primaryCategory: string;
                severityReasons: string[];
                groups: continuum.analyzer.v1.GroupMention.$Properties[];
                watchlistHits: continuum.analyzer.v1.WatchlistHit.$Properties[];
                provenance?: (continuum.analyzer.v1.Provenance.$Properties|null);
                static create(properties: continuum.analyzer.v1.PostMetadata.$Shape): continuum.analyzer.v1.PostMetadata & continuum.analyzer.v1.PostMetadata.$Shape;
                static create(properties?: continuum.analyzer.v1.PostMetadata.$Properties): continuum.analyzer.v1.PostMetadata;
                static encode(m: continuum.analyzer.v1.PostMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.PostMetadata & continuum.analyzer.v1.PostMetadata.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.PostMetadata;
                static toObject(m: continuum.analyzer.v1.PostMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PostMetadata {
                interface $Properties {
                    cid?: (string|null);
                    platform?: (string|null);
                    language?: (string|null);
                    createdAtMs?: (number|null);
                    authorPseudonym?: (string|null);
                    territory?: (string|null);
                    scores?: (continuum.analyzer.v1.CategoryScores.$Properties|null);
                    severity?: (string|null);
                    hashtags?: (string[]|null);
                    signatures?: (continuum.analyzer.v1.Signatures.$Properties|null);
                    isReply?: (boolean|null);
                    mediaCount?: (number|null);
                    mentions?: (string[]|null);
                    urlDomains?: (string[]|null);
                    categories?: (string[]|null);
                    primaryCategory?: (string|null);
                    severityReasons?: (string[]|null);
                    groups?: (continuum.analyzer.v1.GroupMention.$Properties[]|null);
                    watchlistHits?: (continuum.analyzer.v1.WatchlistHit.$Properties[]|null);
                    provenance?: (continuum.analyzer.v1.Provenance.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.PostMetadata.$Properties;
            }

            interface IRollupRow extends continuum.analyzer.v1.RollupRow.$Properties {
            }

            class RollupRow {
                constructor(p?: continuum.analyzer.v1.RollupRow.$Properties);
                $unknowns?: Uint8Array[];
                territory: string;
                bucketStartMs: number;
                category: string;
                language: string;
                severity: string;
                count: number;
                static create(properties: continuum.analyzer.v1.RollupRow.$Shape): continuum.analyzer.v1.RollupRow & continuum.analyzer.v1.RollupRow.$Shape;
                static create(properties?: continuum.analyzer.v1.RollupRow.$Properties): continuum.analyzer.v1.RollupRow;
                static encode(m: continuum.analyzer.v1.RollupRow.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.RollupRow & continuum.analyzer.v1.RollupRow.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.RollupRow;
                static toObject(m: continuum.analyzer.v1.RollupRow, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RollupRow {
                interface $Properties {
                    territory?: (string|null);
                    bucketStartMs?: (number|null);
                    category?: (string|null);
                    language?: (string|null);
                    severity?: (string|null);
                    count?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.RollupRow.$Properties;
            }

            interface IRollup extends continuum.analyzer.v1.Rollup.$Properties {
            }

            class Rollup {
                constructor(p?: continuum.analyzer.v1.Rollup.$Properties);
                $unknowns?: Uint8Array[];
                bucketMs: number;
                rows: continuum.analyzer.v1.RollupRow.$Properties[];
                static create(properties: continuum.analyzer.v1.Rollup.$Shape): continuum.analyzer.v1.Rollup & continuum.analyzer.v1.Rollup.$Shape;
                static create(properties?: continuum.analyzer.v1.Rollup.$Properties): continuum.analyzer.v1.Rollup;
                static encode(m: continuum.analyzer.v1.Rollup.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.Rollup & continuum.analyzer.v1.Rollup.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.Rollup;
                static toObject(m: continuum.analyzer.v1.Rollup, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Rollup {
                interface $Properties {
                    bucketMs?: (number|null);
                    rows?: (continuum.analyzer.v1.RollupRow.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.Rollup.$Properties;
            }

            interface IHashtagSketch extends continuum.analyzer.v1.HashtagSketch.$Properties {
            }

            class HashtagSketch {
                constructor(p?: continuum.analyzer.v1.HashtagSketch.$Properties);
                $unknowns?: Uint8Array[];
                width: number;
                depth: number;
                candidateCount: number;
                counters: number[];
                candidates: string[];
                static create(properties: continuum.analyzer.v1.HashtagSketch.$Shape): continuum.analyzer.v1.HashtagSketch & continuum.analyzer.v1.HashtagSketch.$Shape;
                static create(properties?: continuum.analyzer.v1.HashtagSketch.$Properties): continuum.analyzer.v1.HashtagSketch;
                static encode(m: continuum.analyzer.v1.HashtagSketch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.HashtagSketch & continuum.analyzer.v1.HashtagSketch.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.HashtagSketch;
                static toObject(m: continuum.analyzer.v1.HashtagSketch, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace HashtagSketch {
                interface $Properties {
                    width?: (number|null);
                    depth?: (number|null);
                    candidateCount?: (number|null);
                    counters?: (number[]|null);
                    candidates?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.HashtagSketch.$Properties;
            }

            interface ISignatureReport extends continuum.analyzer.v1.SignatureReport.$Properties {
            }

            class SignatureReport {
                constructor(p?: continuum.analyzer.v1.SignatureReport.$Properties);
                $unknowns?: Uint8Array[];
                child: string;
                id: string;
                signatures?: (continuum.analyzer.v1.Signatures.$Properties|null);
                firstSeenMs: number;
                lastSeenMs: number;
                volume: number;
                severity: string;
                origins: string[];
                static create(properties: continuum.analyzer.v1.SignatureReport.$Shape): continuum.analyzer.v1.SignatureReport & continuum.analyzer.v1.SignatureReport.$Shape;
                static create(properties?: continuum.analyzer.v1.SignatureReport.$Properties): continuum.analyzer.v1.SignatureReport;
                static encode(m: continuum.analyzer.v1.SignatureReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.SignatureReport & continuum.analyzer.v1.SignatureReport.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.SignatureReport;
                static toObject(m: continuum.analyzer.v1.SignatureReport, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SignatureReport {
                interface $Properties {
                    child?: (string|null);
                    id?: (string|null);
                    signatures?: (continuum.analyzer.v1.Signatures.$Properties|null);
                    firstSeenMs?: (number|null);
                    lastSeenMs?: (number|null);
                    volume?: (number|null);
                    severity?: (string|null);
                    origins?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.SignatureReport.$Properties;
            }

            interface ISignatureReports extends continuum.analyzer.v1.SignatureReports.$Properties {
            }

            class SignatureReports {
                constructor(p?: continuum.analyzer.v1.SignatureReports.$Properties);
                $unknowns?: Uint8Array[];
                reports: continuum.analyzer.v1.SignatureReport.$Properties[];
                static create(properties: continuum.analyzer.v1.SignatureReports.$Shape): continuum.analyzer.v1.SignatureReports & continuum.analyzer.v1.SignatureReports.$Shape;
                static create(properties?: continuum.analyzer.v1.SignatureReports.$Properties): continuum.analyzer.v1.SignatureReports;
                static encode(m: continuum.analyzer.v1.SignatureReports.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.SignatureReports & continuum.analyzer.v1.SignatureReports.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.SignatureReports;
                static toObject(m: continuum.analyzer.v1.SignatureReports, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SignatureReports {
                interface $Properties {
                    reports?: (continuum.analyzer.v1.SignatureReport.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.SignatureReports.$Properties;
            }

            interface ICampaign extends continuum.analyzer.v1.Campaign.$Properties {
            }

            class Campaign {
                constructor(p?: continuum.analyzer.v1.Campaign.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                signatures?: (continuum.analyzer.v1.Signatures.$Properties|null);
                nodes: string[];
                origins: string[];
                firstSeenMs: number;
                lastSeenMs: number;
                volume: number;
                severity: string;
                peakNodesInWindow: number;
                reportCount: number;
                representative: string;
                static create(properties: continuum.analyzer.v1.Campaign.$Shape): continuum.analyzer.v1.Campaign & continuum.analyzer.v1.Campaign.$Shape;
                static create(properties?: continuum.analyzer.v1.Campaign.$Properties): continuum.analyzer.v1.Campaign;
                static encode(m: continuum.analyzer.v1.Campaign.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.Campaign & continuum.analyzer.v1.Campaign.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.Campaign;
                static toObject(m: continuum.analyzer.v1.Campaign, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Campaign {
                interface $Properties {
                    id?: (string|null);
                    signatures?: (continuum.analyzer.v1.Signatures.$Properties|null);
                    nodes?: (string[]|null);
                    origins?: (string[]|null);
                    firstSeenMs?: (number|null);
                    lastSeenMs?: (number|null);
                    volume?: (number|null);
                    severity?: (string|null);
                    peakNodesInWindow?: (number|null);
                    reportCount?: (number|null);
                    representative?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.Campaign.$Properties;
            }

            interface ICampaigns extends continuum.analyzer.v1.Campaigns.$Properties {
            }

            class Campaigns {
                constructor(p?: continuum.analyzer.v1.Campaigns.$Properties);
                $unknowns?: Uint8Array[];
                campaigns: continuum.analyzer.v1.Campaign.$Properties[];
                static create(properties: continuum.analyzer.v1.Campaigns.$Shape): continuum.analyzer.v1.Campaigns & continuum.analyzer.v1.Campaigns.$Shape;
                static create(properties?: continuum.analyzer.v1.Campaigns.$Properties): continuum.analyzer.v1.Campaigns;
                static encode(m: continuum.analyzer.v1.Campaigns.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.Campaigns & continuum.analyzer.v1.Campaigns.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.Campaigns;
                static toObject(m: continuum.analyzer.v1.Campaigns, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Campaigns {
                interface $Properties {
                    campaigns?: (continuum.analyzer.v1.Campaign.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.Campaigns.$Properties;
            }
        }
    }
}
