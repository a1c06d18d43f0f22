import * as $protobuf from "protobufjs";

export namespace continuum {

    namespace daemon {

        namespace v1 {

            interface IStoredRawPost extends continuum.daemon.v1.StoredRawPost.$Properties {
            }

            class StoredRawPost {
                constructor(p?: continuum.daemon.v1.StoredRawPost.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                platform: string;
                author: string;
                text: string;
                createdAt: string;
                lang: string;
                territory: string;
                url: string;
                replyTo: string;
                media: string[];
                hasMedia: boolean;
                hashtags: string[];
                hasHashtags: boolean;
                static create(properties: continuum.daemon.v1.StoredRawPost.$Shape): continuum.daemon.v1.StoredRawPost & continuum.daemon.v1.StoredRawPost.$Shape;
                static create(properties?: continuum.daemon.v1.StoredRawPost.$Properties): continuum.daemon.v1.StoredRawPost;
                static encode(m: continuum.daemon.v1.StoredRawPost.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.StoredRawPost & continuum.daemon.v1.StoredRawPost.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.StoredRawPost;
                static toObject(m: continuum.daemon.v1.StoredRawPost, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StoredRawPost {
                interface $Properties {
                    id?: (string|null);
                    platform?: (string|null);
                    author?: (string|null);
                    text?: (string|null);
                    createdAt?: (string|null);
                    lang?: (string|null);
                    territory?: (string|null);
                    url?: (string|null);
                    replyTo?: (string|null);
                    media?: (string[]|null);
                    hasMedia?: (boolean|null);
                    hashtags?: (string[]|null);
                    hasHashtags?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.StoredRawPost.$Properties;
            }

            interface IStoredPostRecord extends continuum.daemon.v1.StoredPostRecord.$Properties {
            }

            class StoredPostRecord {
                constructor(p?: continuum.daemon.v1.StoredPostRecord.$Properties);
                $unknowns?: Uint8Array[];
                post?: (continuum.daemon.v1.StoredRawPost.$Properties|null);
                metadata: Uint8Array;
                storedAtMs: number;
                cid: string;
                createdAtMs: number;
                hashtags: string[];
                authorPseudonym: string;
                static create(properties: continuum.daemon.v1.StoredPostRecord.$Shape): continuum.daemon.v1.StoredPostRecord & continuum.daemon.v1.StoredPostRecord.$Shape;
                static create(properties?: continuum.daemon.v1.StoredPostRecord.$Properties): continuum.daemon.v1.StoredPostRecord;
                static encode(m: continuum.daemon.v1.StoredPostRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.StoredPostRecord & continuum.daemon.v1.StoredPostRecord.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.StoredPostRecord;
                static toObject(m: continuum.daemon.v1.StoredPostRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StoredPostRecord {
                interface $Properties {
                    post?: (continuum.daemon.v1.StoredRawPost.$Properties|null);
                    metadata?: (Uint8Array|null);
                    storedAtMs?: (number|null);
                    cid?: (string|null);
                    createdAtMs?: (number|null);
                    hashtags?: (string[]|null);
                    authorPseudonym?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.StoredPostRecord.$Properties;
            }
        }
    }
}
