import * as $protobuf from "protobufjs";

export namespace continuum {

    namespace discovery {

        namespace v1 {

            interface IPexRequest extends continuum.discovery.v1.PexRequest.$Properties {
            }

            class PexRequest {
                constructor(p?: continuum.discovery.v1.PexRequest.$Properties);
                $unknowns?: Uint8Array[];
                maxPeers: number;
                static create(properties: continuum.discovery.v1.PexRequest.$Shape): continuum.discovery.v1.PexRequest & continuum.discovery.v1.PexRequest.$Shape;
                static create(properties?: continuum.discovery.v1.PexRequest.$Properties): continuum.discovery.v1.PexRequest;
                static encode(m: continuum.discovery.v1.PexRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.discovery.v1.PexRequest & continuum.discovery.v1.PexRequest.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.discovery.v1.PexRequest;
                static toObject(m: continuum.discovery.v1.PexRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PexRequest {
                interface $Properties {
                    maxPeers?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.discovery.v1.PexRequest.$Properties;
            }

            interface IPexPeer extends continuum.discovery.v1.PexPeer.$Properties {
            }

            class PexPeer {
                constructor(p?: continuum.discovery.v1.PexPeer.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                addrs: Uint8Array[];
                static create(properties: continuum.discovery.v1.PexPeer.$Shape): continuum.discovery.v1.PexPeer & continuum.discovery.v1.PexPeer.$Shape;
                static create(properties?: continuum.discovery.v1.PexPeer.$Properties): continuum.discovery.v1.PexPeer;
                static encode(m: continuum.discovery.v1.PexPeer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.discovery.v1.PexPeer & continuum.discovery.v1.PexPeer.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.discovery.v1.PexPeer;
                static toObject(m: continuum.discovery.v1.PexPeer, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PexPeer {
                interface $Properties {
                    id?: (string|null);
                    addrs?: (Uint8Array[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.discovery.v1.PexPeer.$Properties;
            }

            interface IPexResponse extends continuum.discovery.v1.PexResponse.$Properties {
            }

            class PexResponse {
                constructor(p?: continuum.discovery.v1.PexResponse.$Properties);
                $unknowns?: Uint8Array[];
                peers: continuum.discovery.v1.PexPeer.$Properties[];
                static create(properties: continuum.discovery.v1.PexResponse.$Shape): continuum.discovery.v1.PexResponse & continuum.discovery.v1.PexResponse.$Shape;
                static create(properties?: continuum.discovery.v1.PexResponse.$Properties): continuum.discovery.v1.PexResponse;
                static encode(m: continuum.discovery.v1.PexResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.discovery.v1.PexResponse & continuum.discovery.v1.PexResponse.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.discovery.v1.PexResponse;
                static toObject(m: continuum.discovery.v1.PexResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PexResponse {
                interface $Properties {
                    peers?: (continuum.discovery.v1.PexPeer.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.discovery.v1.PexResponse.$Properties;
            }
        }
    }
}
