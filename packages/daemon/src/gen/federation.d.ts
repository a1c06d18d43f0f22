import * as $protobuf from "protobufjs";

export namespace continuum {

    namespace daemon {

        namespace v1 {

            interface IJoinRequest extends continuum.daemon.v1.JoinRequest.$Properties {
            }

            class JoinRequest {
                constructor(p?: continuum.daemon.v1.JoinRequest.$Properties);
                $unknowns?: Uint8Array[];
                federationId: string;
                tokenId: string;
                proof: Uint8Array;
                name: string;
                tier: string;
                territory: string;
                addresses: string[];
                static create(properties: continuum.daemon.v1.JoinRequest.$Shape): continuum.daemon.v1.JoinRequest & continuum.daemon.v1.JoinRequest.$Shape;
                static create(properties?: continuum.daemon.v1.JoinRequest.$Properties): continuum.daemon.v1.JoinRequest;
                static encode(m: continuum.daemon.v1.JoinRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.JoinRequest & continuum.daemon.v1.JoinRequest.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.JoinRequest;
                static toObject(m: continuum.daemon.v1.JoinRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinRequest {
                interface $Properties {
                    federationId?: (string|null);
                    tokenId?: (string|null);
                    proof?: (Uint8Array|null);
                    name?: (string|null);
                    tier?: (string|null);
                    territory?: (string|null);
                    addresses?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.JoinRequest.$Properties;
            }
        }
    }
}
