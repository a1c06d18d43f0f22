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
                nonce: Uint8Array;
                council: boolean;
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
                    nonce?: (Uint8Array|null);
                    council?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.JoinRequest.$Properties;
            }

            interface IJoinResponse extends continuum.daemon.v1.JoinResponse.$Properties {
            }

            class JoinResponse {
                constructor(p?: continuum.daemon.v1.JoinResponse.$Properties);
                $unknowns?: Uint8Array[];
                ok: boolean;
                code: string;
                reason: string;
                index: number;
                federationId: string;
                council: continuum.daemon.v1.MemberSpec.$Properties[];
                static create(properties: continuum.daemon.v1.JoinResponse.$Shape): continuum.daemon.v1.JoinResponse & continuum.daemon.v1.JoinResponse.$Shape;
                static create(properties?: continuum.daemon.v1.JoinResponse.$Properties): continuum.daemon.v1.JoinResponse;
                static encode(m: continuum.daemon.v1.JoinResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.JoinResponse & continuum.daemon.v1.JoinResponse.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.JoinResponse;
                static toObject(m: continuum.daemon.v1.JoinResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinResponse {
                interface $Properties {
                    ok?: (boolean|null);
                    code?: (string|null);
                    reason?: (string|null);
                    index?: (number|null);
                    federationId?: (string|null);
                    council?: (continuum.daemon.v1.MemberSpec.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.JoinResponse.$Properties;
            }

            interface IJoinToken extends continuum.daemon.v1.JoinToken.$Properties {
            }

            class JoinToken {
                constructor(p?: continuum.daemon.v1.JoinToken.$Properties);
                $unknowns?: Uint8Array[];
                federationId: string;
                tokenId: string;
                secret: Uint8Array;
                expiresAtMs: number;
                addresses: string[];
                static create(properties: continuum.daemon.v1.JoinToken.$Shape): continuum.daemon.v1.JoinToken & continuum.daemon.v1.JoinToken.$Shape;
                static create(properties?: continuum.daemon.v1.JoinToken.$Properties): continuum.daemon.v1.JoinToken;
                static encode(m: continuum.daemon.v1.JoinToken.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.JoinToken & continuum.daemon.v1.JoinToken.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.JoinToken;
                static toObject(m: continuum.daemon.v1.JoinToken, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinToken {
                interface $Properties {
                    federationId?: (string|null);
                    tokenId?: (string|null);
                    secret?: (Uint8Array|null);
                    expiresAtMs?: (number|null);
                    addresses?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.JoinToken.$Properties;
            }

            interface IMemberSpec extends continuum.daemon.v1.MemberSpec.$Properties {
            }

            class MemberSpec {
                constructor(p?: continuum.daemon.v1.MemberSpec.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                name: string;
                tier: string;
                territory: string;
                addresses: string[];
                council: boolean;
                static create(properties: continuum.daemon.v1.MemberSpec.$Shape): continuum.daemon.v1.MemberSpec & continuum.daemon.v1.MemberSpec.$Shape;
                static create(properties?: continuum.daemon.v1.MemberSpec.$Properties): continuum.daemon.v1.MemberSpec;
                static encode(m: continuum.daemon.v1.MemberSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.MemberSpec & continuum.daemon.v1.MemberSpec.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.MemberSpec;
                static toObject(m: continuum.daemon.v1.MemberSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberSpec {
                interface $Properties {
                    peerId?: (string|null);
                    name?: (string|null);
                    tier?: (string|null);
                    territory?: (string|null);
                    addresses?: (string[]|null);
                    council?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.MemberSpec.$Properties;
            }

            interface IBootstrap extends continuum.daemon.v1.Bootstrap.$Properties {
            }

            class Bootstrap {
                constructor(p?: continuum.daemon.v1.Bootstrap.$Properties);
                $unknowns?: Uint8Array[];
                federationId: string;
                members: continuum.daemon.v1.MemberSpec.$Properties[];
                static create(properties: continuum.daemon.v1.Bootstrap.$Shape): continuum.daemon.v1.Bootstrap & continuum.daemon.v1.Bootstrap.$Shape;
                static create(properties?: continuum.daemon.v1.Bootstrap.$Properties): continuum.daemon.v1.Bootstrap;
                static encode(m: continuum.daemon.v1.Bootstrap.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.Bootstrap & continuum.daemon.v1.Bootstrap.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.Bootstrap;
                static toObject(m: continuum.daemon.v1.Bootstrap, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Bootstrap {
                interface $Properties {
                    federationId?: (string|null);
                    members?: (continuum.daemon.v1.MemberSpec.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.Bootstrap.$Properties;
            }

            interface IAddMember extends continuum.daemon.v1.AddMember.$Properties {
            }

            class AddMember {
                constructor(p?: continuum.daemon.v1.AddMember.$Properties);
                $unknowns?: Uint8Array[];
                member?: (continuum.daemon.v1.MemberSpec.$Properties|null);
                static create(properties: continuum.daemon.v1.AddMember.$Shape): continuum.daemon.v1.AddMember & continuum.daemon.v1.AddMember.$Shape;
                static create(properties?: continuum.daemon.v1.AddMember.$Properties): continuum.daemon.v1.AddMember;
                static encode(m: continuum.daemon.v1.AddMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.AddMember & continuum.daemon.v1.AddMember.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.AddMember;
                static toObject(m: continuum.daemon.v1.AddMember, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddMember {
                interface $Properties {
                    member?: (continuum.daemon.v1.MemberSpec.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.AddMember.$Properties;
            }

            interface IJoin extends continuum.daemon.v1.Join.$Properties {
            }

            class Join {
                constructor(p?: continuum.daemon.v1.Join.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                request?: (continuum.daemon.v1.JoinRequest.$Properties|null);
                static create(properties: continuum.daemon.v1.Join.$Shape): continuum.daemon.v1.Join & continuum.daemon.v1.Join.$Shape;
                static create(properties?: continuum.daemon.v1.Join.$Properties): continuum.daemon.v1.Join;
                static encode(m: continuum.daemon.v1.Join.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.Join & continuum.daemon.v1.Join.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.Join;
                static toObject(m: continuum.daemon.v1.Join, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Join {
                interface $Properties {
                    peerId?: (string|null);
                    request?: (continuum.daemon.v1.JoinRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.Join.$Properties;
            }

            interface IRemoveMember extends continuum.daemon.v1.RemoveMember.$Properties {
            }

            class RemoveMember {
                constructor(p?: continuum.daemon.v1.RemoveMember.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                static create(properties: continuum.daemon.v1.RemoveMember.$Shape): continuum.daemon.v1.RemoveMember & continuum.daemon.v1.RemoveMember.$Shape;
                static create(properties?: continuum.daemon.v1.RemoveMember.$Properties): continuum.daemon.v1.RemoveMember;
                static encode(m: continuum.daemon.v1.RemoveMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.RemoveMember & continuum.daemon.v1.RemoveMember.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.RemoveMember;
                static toObject(m: continuum.daemon.v1.RemoveMember, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RemoveMember {
                interface $Properties {
                    peerId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.RemoveMember.$Properties;
            }

            interface ISetMemberStatus extends continuum.daemon.v1.SetMemberStatus.$Properties {
            }

            class SetMemberStatus {
                constructor(p?: continuum.daemon.v1.SetMemberStatus.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                status: string;
                static create(properties: continuum.daemon.v1.SetMemberStatus.$Shape): continuum.daemon.v1.SetMemberStatus & continuum.daemon.v1.SetMemberStatus.$Shape;
                static create(properties?: continuum.daemon.v1.SetMemberStatus.$Properties): continuum.daemon.v1.SetMemberStatus;
                static encode(m: continuum.daemon.v1.SetMemberStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.SetMemberStatus & continuum.daemon.v1.SetMemberStatus.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.SetMemberStatus;
                static toObject(m: continuum.daemon.v1.SetMemberStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetMemberStatus {
                interface $Properties {
                    peerId?: (string|null);
                    status?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.SetMemberStatus.$Properties;
            }

            interface ISetParent extends continuum.daemon.v1.SetParent.$Properties {
            }

            class SetParent {
                constructor(p?: continuum.daemon.v1.SetParent.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                parent: string;
                home: boolean;
                static create(properties: continuum.daemon.v1.SetParent.$Shape): continuum.daemon.v1.SetParent & continuum.daemon.v1.SetParent.$Shape;
                static create(properties?: continuum.daemon.v1.SetParent.$Properties): continuum.daemon.v1.SetParent;
                static encode(m: continuum.daemon.v1.SetParent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.SetParent & continuum.daemon.v1.SetParent.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.SetParent;
                static toObject(m: continuum.daemon.v1.SetParent, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetParent {
                interface $Properties {
                    peerId?: (string|null);
                    parent?: (string|null);
                    home?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.SetParent.$Properties;
            }

            interface ISetAddresses extends continuum.daemon.v1.SetAddresses.$Properties {
            }

            class SetAddresses {
                constructor(p?: continuum.daemon.v1.SetAddresses.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                addresses: string[];
                static create(properties: continuum.daemon.v1.SetAddresses.$Shape): continuum.daemon.v1.SetAddresses & continuum.daemon.v1.SetAddresses.$Shape;
                static create(properties?: continuum.daemon.v1.SetAddresses.$Properties): continuum.daemon.v1.SetAddresses;
                static encode(m: continuum.daemon.v1.SetAddresses.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.SetAddresses & continuum.daemon.v1.SetAddresses.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.SetAddresses;
                static toObject(m: continuum.daemon.v1.SetAddresses, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetAddresses {
                interface $Properties {
                    peerId?: (string|null);
                    addresses?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.SetAddresses.$Properties;
            }

            interface ISetCouncil extends continuum.daemon.v1.SetCouncil.$Properties {
            }

            class SetCouncil {
                constructor(p?: continuum.daemon.v1.SetCouncil.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                council: boolean;
                static create(properties: continuum.daemon.v1.SetCouncil.$Shape): continuum.daemon.v1.SetCouncil & continuum.daemon.v1.SetCouncil.$Shape;
                static create(properties?: continuum.daemon.v1.SetCouncil.$Properties): continuum.daemon.v1.SetCouncil;
                static encode(m: continuum.daemon.v1.SetCouncil.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.SetCouncil & continuum.daemon.v1.SetCouncil.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.SetCouncil;
                static toObject(m: continuum.daemon.v1.SetCouncil, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetCouncil {
                interface $Properties {
                    peerId?: (string|null);
                    council?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.SetCouncil.$Properties;
            }

            interface IDescribeMember extends continuum.daemon.v1.DescribeMember.$Properties {
            }

            class DescribeMember {
                constructor(p?: continuum.daemon.v1.DescribeMember.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                tier: string;
                territory: string;
                static create(properties: continuum.daemon.v1.DescribeMember.$Shape): continuum.daemon.v1.DescribeMember & continuum.daemon.v1.DescribeMember.$Shape;
                static create(properties?: continuum.daemon.v1.DescribeMember.$Properties): continuum.daemon.v1.DescribeMember;
                static encode(m: continuum.daemon.v1.DescribeMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.DescribeMember & continuum.daemon.v1.DescribeMember.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.DescribeMember;
                static toObject(m: continuum.daemon.v1.DescribeMember, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DescribeMember {
                interface $Properties {
                    name?: (string|null);
                    tier?: (string|null);
                    territory?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.DescribeMember.$Properties;
            }

            interface IAddTerritory extends continuum.daemon.v1.AddTerritory.$Properties {
            }

            class AddTerritory {
                constructor(p?: continuum.daemon.v1.AddTerritory.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: continuum.daemon.v1.AddTerritory.$Shape): continuum.daemon.v1.AddTerritory & continuum.daemon.v1.AddTerritory.$Shape;
                static create(properties?: continuum.daemon.v1.AddTerritory.$Properties): continuum.daemon.v1.AddTerritory;
                static encode(m: continuum.daemon.v1.AddTerritory.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.AddTerritory & continuum.daemon.v1.AddTerritory.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.AddTerritory;
                static toObject(m: continuum.daemon.v1.AddTerritory, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddTerritory {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.AddTerritory.$Properties;
            }

            interface IRemoveTerritory extends continuum.daemon.v1.RemoveTerritory.$Properties {
            }

            class RemoveTerritory {
                constructor(p?: continuum.daemon.v1.RemoveTerritory.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: continuum.daemon.v1.RemoveTerritory.$Shape): continuum.daemon.v1.RemoveTerritory & continuum.daemon.v1.RemoveTerritory.$Shape;
                static create(properties?: continuum.daemon.v1.RemoveTerritory.$Properties): continuum.daemon.v1.RemoveTerritory;
                static encode(m: continuum.daemon.v1.RemoveTerritory.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.RemoveTerritory & continuum.daemon.v1.RemoveTerritory.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.RemoveTerritory;
                static toObject(m: continuum.daemon.v1.RemoveTerritory, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RemoveTerritory {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.RemoveTerritory.$Properties;
            }

            interface ISetPolicy extends continuum.daemon.v1.SetPolicy.$Properties {
            }

            class SetPolicy {
                constructor(p?: continuum.daemon.v1.SetPolicy.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                value: string;
                static create(properties: continuum.daemon.v1.SetPolicy.$Shape): continuum.daemon.v1.SetPolicy & continuum.daemon.v1.SetPolicy.$Shape;
                static create(properties?: continuum.daemon.v1.SetPolicy.$Properties): continuum.daemon.v1.SetPolicy;
                static encode(m: continuum.daemon.v1.SetPolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.SetPolicy & continuum.daemon.v1.SetPolicy.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.SetPolicy;
                static toObject(m: continuum.daemon.v1.SetPolicy, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetPolicy {
                interface $Properties {
                    name?: (string|null);
                    value?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.SetPolicy.$Properties;
            }

            interface IDeletePolicy extends continuum.daemon.v1.DeletePolicy.$Properties {
            }

            class DeletePolicy {
                constructor(p?: continuum.daemon.v1.DeletePolicy.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                static create(properties: continuum.daemon.v1.DeletePolicy.$Shape): continuum.daemon.v1.DeletePolicy & continuum.daemon.v1.DeletePolicy.$Shape;
                static create(properties?: continuum.daemon.v1.DeletePolicy.$Properties): continuum.daemon.v1.DeletePolicy;
                static encode(m: continuum.daemon.v1.DeletePolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.DeletePolicy & continuum.daemon.v1.DeletePolicy.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.DeletePolicy;
                static toObject(m: continuum.daemon.v1.DeletePolicy, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeletePolicy {
                interface $Properties {
                    name?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.DeletePolicy.$Properties;
            }

            interface IIssueDirective extends continuum.daemon.v1.IssueDirective.$Properties {
            }

            class IssueDirective {
                constructor(p?: continuum.daemon.v1.IssueDirective.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                kind: string;
                targetTerritory: string;
                body: Uint8Array;
                expiresAtMs: number;
                static create(properties: continuum.daemon.v1.IssueDirective.$Shape): continuum.daemon.v1.IssueDirective & continuum.daemon.v1.IssueDirective.$Shape;
                static create(properties?: continuum.daemon.v1.IssueDirective.$Properties): continuum.daemon.v1.IssueDirective;
                static encode(m: continuum.daemon.v1.IssueDirective.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.IssueDirective & continuum.daemon.v1.IssueDirective.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.IssueDirective;
                static toObject(m: continuum.daemon.v1.IssueDirective, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace IssueDirective {
                interface $Properties {
                    id?: (string|null);
                    kind?: (string|null);
                    targetTerritory?: (string|null);
                    body?: (Uint8Array|null);
                    expiresAtMs?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.IssueDirective.$Properties;
            }

            interface IRevokeDirective extends continuum.daemon.v1.RevokeDirective.$Properties {
            }

            class RevokeDirective {
                constructor(p?: continuum.daemon.v1.RevokeDirective.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: continuum.daemon.v1.RevokeDirective.$Shape): continuum.daemon.v1.RevokeDirective & continuum.daemon.v1.RevokeDirective.$Shape;
                static create(properties?: continuum.daemon.v1.RevokeDirective.$Properties): continuum.daemon.v1.RevokeDirective;
                static encode(m: continuum.daemon.v1.RevokeDirective.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.RevokeDirective & continuum.daemon.v1.RevokeDirective.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.RevokeDirective;
                static toObject(m: continuum.daemon.v1.RevokeDirective, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeDirective {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.RevokeDirective.$Properties;
            }

            interface ICreateToken extends continuum.daemon.v1.CreateToken.$Properties {
            }

            class CreateToken {
                constructor(p?: continuum.daemon.v1.CreateToken.$Properties);
                $unknowns?: Uint8Array[];
                tokenId: string;
                secret: Uint8Array;
                expiresAtMs: number;
                static create(properties: continuum.daemon.v1.CreateToken.$Shape): continuum.daemon.v1.CreateToken & continuum.daemon.v1.CreateToken.$Shape;
                static create(properties?: continuum.daemon.v1.CreateToken.$Properties): continuum.daemon.v1.CreateToken;
                static encode(m: continuum.daemon.v1.CreateToken.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.CreateToken & continuum.daemon.v1.CreateToken.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.CreateToken;
                static toObject(m: continuum.daemon.v1.CreateToken, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateToken {
                interface $Properties {
                    tokenId?: (string|null);
                    secret?: (Uint8Array|null);
                    expiresAtMs?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.CreateToken.$Properties;
            }

            interface IKvPut extends continuum.daemon.v1.KvPut.$Properties {
            }

            class KvPut {
                constructor(p?: continuum.daemon.v1.KvPut.$Properties);
                $unknowns?: Uint8Array[];
                key: string;
                value: Uint8Array;
                static create(properties: continuum.daemon.v1.KvPut.$Shape): continuum.daemon.v1.KvPut & continuum.daemon.v1.KvPut.$Shape;
                static create(properties?: continuum.daemon.v1.KvPut.$Properties): continuum.daemon.v1.KvPut;
                static encode(m: continuum.daemon.v1.KvPut.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.KvPut & continuum.daemon.v1.KvPut.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.KvPut;
                static toObject(m: continuum.daemon.v1.KvPut, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace KvPut {
                interface $Properties {
                    key?: (string|null);
                    value?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.KvPut.$Properties;
            }

            interface IKvDelete extends continuum.daemon.v1.KvDelete.$Properties {
            }

            class KvDelete {
                constructor(p?: continuum.daemon.v1.KvDelete.$Properties);
                $unknowns?: Uint8Array[];
                key: string;
                static create(properties: continuum.daemon.v1.KvDelete.$Shape): continuum.daemon.v1.KvDelete & continuum.daemon.v1.KvDelete.$Shape;
                static create(properties?: continuum.daemon.v1.KvDelete.$Properties): continuum.daemon.v1.KvDelete;
                static encode(m: continuum.daemon.v1.KvDelete.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.KvDelete & continuum.daemon.v1.KvDelete.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.KvDelete;
                static toObject(m: continuum.daemon.v1.KvDelete, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace KvDelete {
                interface $Properties {
                    key?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.KvDelete.$Properties;
            }

            interface IKvCas extends continuum.daemon.v1.KvCas.$Properties {
            }

            class KvCas {
                constructor(p?: continuum.daemon.v1.KvCas.$Properties);
                $unknowns?: Uint8Array[];
                key: string;
                expectedModRevision: number;
                value: Uint8Array;
                static create(properties: continuum.daemon.v1.KvCas.$Shape): continuum.daemon.v1.KvCas & continuum.daemon.v1.KvCas.$Shape;
                static create(properties?: continuum.daemon.v1.KvCas.$Properties): continuum.daemon.v1.KvCas;
                static encode(m: continuum.daemon.v1.KvCas.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.KvCas & continuum.daemon.v1.KvCas.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.KvCas;
                static toObject(m: continuum.daemon.v1.KvCas, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace KvCas {
                interface $Properties {
                    key?: (string|null);
                    expectedModRevision?: (number|null);
                    value?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.KvCas.$Properties;
            }

            interface ICommand extends continuum.daemon.v1.Command.$Properties {
            }

            class Command {
                constructor(p?: continuum.daemon.v1.Command.$Properties);
                $unknowns?: Uint8Array[];
                atMs: number;
                proposer: string;
                bootstrap?: (continuum.daemon.v1.Bootstrap.$Properties|null);
                addMember?: (continuum.daemon.v1.AddMember.$Properties|null);
                join?: (continuum.daemon.v1.Join.$Properties|null);
                removeMember?: (continuum.daemon.v1.RemoveMember.$Properties|null);
                setMemberStatus?: (continuum.daemon.v1.SetMemberStatus.$Properties|null);
                setParent?: (continuum.daemon.v1.SetParent.$Properties|null);
                setAddresses?: (continuum.daemon.v1.SetAddresses.$Properties|null);
                addTerritory?: (continuum.daemon.v1.AddTerritory.$Properties|null);
                removeTerritory?: (continuum.daemon.v1.RemoveTerritory.$Properties|null);
                setPolicy?: (continuum.daemon.v1.SetPolicy.$Properties|null);
                deletePolicy?: (continuum.daemon.v1.DeletePolicy.$Properties|null);
                issueDirective?: (continuum.daemon.v1.IssueDirective.$Properties|null);
                revokeDirective?: (continuum.daemon.v1.RevokeDirective.$Properties|null);
                createToken?: (continuum.daemon.v1.CreateToken.$Properties|null);
                kvPut?: (continuum.daemon.v1.KvPut.$Properties|null);
                kvDelete?: (continuum.daemon.v1.KvDelete.$Properties|null);
                kvCas?: (continuum.daemon.v1.KvCas.$Properties|null);
                describeMember?: (continuum.daemon.v1.DescribeMember.$Properties|null);
                setCouncil?: (continuum.daemon.v1.SetCouncil.$Properties|null);
                kind?: ("bootstrap"|"addMember"|"join"|"removeMember"|"setMemberStatus"|"setParent"|"setAddresses"|"addTerritory"|"removeTerritory"|"setPolicy"|"deletePolicy"|"issueDirective"|"revokeDirective"|"createToken"|"kvPut"|"kvDelete"|"kvCas"|"describeMember"|"setCouncil");
                static create(properties: continuum.daemon.v1.Command.$Shape): continuum.daemon.v1.Command & continuum.daemon.v1.Command.$Shape;
                static create(properties?: continuum.daemon.v1.Command.$Properties): continuum.daemon.v1.Command;
                static encode(m: continuum.daemon.v1.Command.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.Command & continuum.daemon.v1.Command.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.Command;
                static toObject(m: continuum.daemon.v1.Command, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Command {
                interface $Properties {
                    atMs?: (number|null);
                    proposer?: (string|null);
                    bootstrap?: (continuum.daemon.v1.Bootstrap.$Properties|null);
                    addMember?: (continuum.daemon.v1.AddMember.$Properties|null);
                    join?: (continuum.daemon.v1.Join.$Properties|null);
                    removeMember?: (continuum.daemon.v1.RemoveMember.$Properties|null);
                    setMemberStatus?: (continuum.daemon.v1.SetMemberStatus.$Properties|null);
                    setParent?: (continuum.daemon.v1.SetParent.$Properties|null);
                    setAddresses?: (continuum.daemon.v1.SetAddresses.$Properties|null);
                    addTerritory?: (continuum.daemon.v1.AddTerritory.$Properties|null);
                    removeTerritory?: (continuum.daemon.v1.RemoveTerritory.$Properties|null);
                    setPolicy?: (continuum.daemon.v1.SetPolicy.$Properties|null);
                    deletePolicy?: (continuum.daemon.v1.DeletePolicy.$Properties|null);
                    issueDirective?: (continuum.daemon.v1.IssueDirective.$Properties|null);
                    revokeDirective?: (continuum.daemon.v1.RevokeDirective.$Properties|null);
                    createToken?: (continuum.daemon.v1.CreateToken.$Properties|null);
                    kvPut?: (continuum.daemon.v1.KvPut.$Properties|null);
                    kvDelete?: (continuum.daemon.v1.KvDelete.$Properties|null);
                    kvCas?: (continuum.daemon.v1.KvCas.$Properties|null);
                    describeMember?: (continuum.daemon.v1.DescribeMember.$Properties|null);
                    setCouncil?: (continuum.daemon.v1.SetCouncil.$Properties|null);
                    kind?: ("bootstrap"|"addMember"|"join"|"removeMember"|"setMemberStatus"|"setParent"|"setAddresses"|"addTerritory"|"removeTerritory"|"setPolicy"|"deletePolicy"|"issueDirective"|"revokeDirective"|"createToken"|"kvPut"|"kvDelete"|"kvCas"|"describeMember"|"setCouncil");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  atMs?: number|null;
                  proposer?: string|null;
                  bootstrap?: continuum.daemon.v1.Bootstrap.$Shape|null;
                  addMember?: continuum.daemon.v1.AddMember.$Shape|null;
                  join?: continuum.daemon.v1.Join.$Shape|null;
                  removeMember?: continuum.daemon.v1.RemoveMember.$Shape|null;
                  setMemberStatus?: continuum.daemon.v1.SetMemberStatus.$Shape|null;
                  setParent?: continuum.daemon.v1.SetParent.$Shape|null;
                  setAddresses?: continuum.daemon.v1.SetAddresses.$Shape|null;
                  addTerritory?: continuum.daemon.v1.AddTerritory.$Shape|null;
                  removeTerritory?: continuum.daemon.v1.RemoveTerritory.$Shape|null;
                  setPolicy?: continuum.daemon.v1.SetPolicy.$Shape|null;
                  deletePolicy?: continuum.daemon.v1.DeletePolicy.$Shape|null;
                  issueDirective?: continuum.daemon.v1.IssueDirective.$Shape|null;
                  revokeDirective?: continuum.daemon.v1.RevokeDirective.$Shape|null;
                  createToken?: continuum.daemon.v1.CreateToken.$Shape|null;
                  kvPut?: continuum.daemon.v1.KvPut.$Shape|null;
                  kvDelete?: continuum.daemon.v1.KvDelete.$Shape|null;
                  kvCas?: continuum.daemon.v1.KvCas.$Shape|null;
                  describeMember?: continuum.daemon.v1.DescribeMember.$Shape|null;
                  setCouncil?: continuum.daemon.v1.SetCouncil.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "bootstrap"; bootstrap: continuum.daemon.v1.Bootstrap.$Shape; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "addMember"; bootstrap?: null; addMember: continuum.daemon.v1.AddMember.$Shape; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "join"; bootstrap?: null; addMember?: null; join: continuum.daemon.v1.Join.$Shape; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "removeMember"; bootstrap?: null; addMember?: null; join?: null; removeMember: continuum.daemon.v1.RemoveMember.$Shape; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "setMemberStatus"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus: continuum.daemon.v1.SetMemberStatus.$Shape; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "setParent"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent: continuum.daemon.v1.SetParent.$Shape; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "setAddresses"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses: continuum.daemon.v1.SetAddresses.$Shape; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "addTerritory"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory: continuum.daemon.v1.AddTerritory.$Shape; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "removeTerritory"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory: continuum.daemon.v1.RemoveTerritory.$Shape; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "setPolicy"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy: continuum.daemon.v1.SetPolicy.$Shape; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "deletePolicy"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy: continuum.daemon.v1.DeletePolicy.$Shape; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "issueDirective"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective: continuum.daemon.v1.IssueDirective.$Shape; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "revokeDirective"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective: continuum.daemon.v1.RevokeDirective.$Shape; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "createToken"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken: continuum.daemon.v1.CreateToken.$Shape; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "kvPut"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut: continuum.daemon.v1.KvPut.$Shape; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "kvDelete"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete: continuum.daemon.v1.KvDelete.$Shape; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "kvCas"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas: continuum.daemon.v1.KvCas.$Shape; describeMember?: null; setCouncil?: null }|{ kind?: "describeMember"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember: continuum.daemon.v1.DescribeMember.$Shape; setCouncil?: null }|{ kind?: "setCouncil"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil: continuum.daemon.v1.SetCouncil.$Shape })
                );
            }

            interface IMemberRecord extends continuum.daemon.v1.MemberRecord.$Properties {
            }

            class MemberRecord {
                constructor(p?: continuum.daemon.v1.MemberRecord.$Properties);
                $unknowns?: Uint8Array[];
                spec?: (continuum.daemon.v1.MemberSpec.$Properties|null);
                status: string;
                parent: string;
                homeParent: string;
                joinedAtMs: number;
                static create(properties: continuum.daemon.v1.MemberRecord.$Shape): continuum.daemon.v1.MemberRecord & continuum.daemon.v1.MemberRecord.$Shape;
                static create(properties?: continuum.daemon.v1.MemberRecord.$Properties): continuum.daemon.v1.MemberRecord;
                static encode(m: continuum.daemon.v1.MemberRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.MemberRecord & continuum.daemon.v1.MemberRecord.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.MemberRecord;
                static toObject(m: continuum.daemon.v1.MemberRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberRecord {
                interface $Properties {
                    spec?: (continuum.daemon.v1.MemberSpec.$Properties|null);
                    status?: (string|null);
                    parent?: (string|null);
                    homeParent?: (string|null);
                    joinedAtMs?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.MemberRecord.$Properties;
            }

            interface IPolicyRecord extends continuum.daemon.v1.PolicyRecord.$Properties {
            }

            class PolicyRecord {
                constructor(p?: continuum.daemon.v1.PolicyRecord.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                value: string;
                revision: number;
                static create(properties: continuum.daemon.v1.PolicyRecord.$Shape): continuum.daemon.v1.PolicyRecord & continuum.daemon.v1.PolicyRecord.$Shape;
                static create(properties?: continuum.daemon.v1.PolicyRecord.$Properties): continuum.daemon.v1.PolicyRecord;
                static encode(m: continuum.daemon.v1.PolicyRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.PolicyRecord & continuum.daemon.v1.PolicyRecord.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.PolicyRecord;
                static toObject(m: continuum.daemon.v1.PolicyRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PolicyRecord {
                interface $Properties {
                    name?: (string|null);
                    value?: (string|null);
                    revision?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.PolicyRecord.$Properties;
            }

            interface IDirectiveRecord extends continuum.daemon.v1.DirectiveRecord.$Properties {
            }

            class DirectiveRecord {
                constructor(p?: continuum.daemon.v1.DirectiveRecord.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                kind: string;
                targetTerritory: string;
                body: Uint8Array;
                issuedAtMs: number;
                expiresAtMs: number;
                issuedBy: string;
                static create(properties: continuum.daemon.v1.DirectiveRecord.$Shape): continuum.daemon.v1.DirectiveRecord & continuum.daemon.v1.DirectiveRecord.$Shape;
                static create(properties?: continuum.daemon.v1.DirectiveRecord.$Properties): continuum.daemon.v1.DirectiveRecord;
                static encode(m: continuum.daemon.v1.DirectiveRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.DirectiveRecord & continuum.daemon.v1.DirectiveRecord.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.DirectiveRecord;
                static toObject(m: continuum.daemon.v1.DirectiveRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DirectiveRecord {
                interface $Properties {
                    id?: (string|null);
                    kind?: (string|null);
                    targetTerritory?: (string|null);
                    body?: (Uint8Array|null);
                    issuedAtMs?: (number|null);
                    expiresAtMs?: (number|null);
                    issuedBy?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.DirectiveRecord.$Properties;
            }

            interface ITokenRecord extends continuum.daemon.v1.TokenRecord.$Properties {
            }

            class TokenRecord {
                constructor(p?: continuum.daemon.v1.TokenRecord.$Properties);
                $unknowns?: Uint8Array[];
                tokenId: string;
                secret: Uint8Array;
                expiresAtMs: number;
                createdBy: string;
                usedBy: string;
                usedAtMs: number;
                static create(properties: continuum.daemon.v1.TokenRecord.$Shape): continuum.daemon.v1.TokenRecord & continuum.daemon.v1.TokenRecord.$Shape;
                static create(properties?: continuum.daemon.v1.TokenRecord.$Properties): continuum.daemon.v1.TokenRecord;
                static encode(m: continuum.daemon.v1.TokenRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.TokenRecord & continuum.daemon.v1.TokenRecord.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.TokenRecord;
                static toObject(m: continuum.daemon.v1.TokenRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TokenRecord {
                interface $Properties {
                    tokenId?: (string|null);
                    secret?: (Uint8Array|null);
                    expiresAtMs?: (number|null);
                    createdBy?: (string|null);
                    usedBy?: (string|null);
                    usedAtMs?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.TokenRecord.$Properties;
            }

            interface IKvRecord extends continuum.daemon.v1.KvRecord.$Properties {
            }

            class KvRecord {
                constructor(p?: continuum.daemon.v1.KvRecord.$Properties);
                $unknowns?: Uint8Array[];
                key: string;
                value: Uint8Array;
                createRevision: number;
                modRevision: number;
                version: number;
                static create(properties: continuum.daemon.v1.KvRecord.$Shape): continuum.daemon.v1.KvRecord & continuum.daemon.v1.KvRecord.$Shape;
                static create(properties?: continuum.daemon.v1.KvRecord.$Properties): continuum.daemon.v1.KvRecord;
                static encode(m: continuum.daemon.v1.KvRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.KvRecord & continuum.daemon.v1.KvRecord.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.KvRecord;
                static toObject(m: continuum.daemon.v1.KvRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace KvRecord {
                interface $Properties {
                    key?: (string|null);
                    value?: (Uint8Array|null);
                    createRevision?: (number|null);
                    modRevision?: (number|null);
                    version?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.KvRecord.$Properties;
            }

            interface IFederationSnapshot extends continuum.daemon.v1.FederationSnapshot.$Properties {
            }

            class FederationSnapshot {
                constructor(p?: continuum.daemon.v1.FederationSnapshot.$Properties);
                $unknowns?: Uint8Array[];
                format: number;
                federationId: string;
                members: continuum.daemon.v1.MemberRecord.$Properties[];
                territories: string[];
                policies: continuum.daemon.v1.PolicyRecord.$Properties[];
                directives: continuum.daemon.v1.DirectiveRecord.$Properties[];
                tokens: continuum.daemon.v1.TokenRecord.$Properties[];
                kv: continuum.daemon.v1.KvRecord.$Properties[];
                kvRevision: number;
                policyRevision: number;
                appliedProposalIds: string[];
                appliedProposalIndexes: number[];
                founding: Uint8Array;
                static create(properties: continuum.daemon.v1.FederationSnapshot.$Shape): continuum.daemon.v1.FederationSnapshot & continuum.daemon.v1.FederationSnapshot.$Shape;
                static create(properties?: continuum.daemon.v1.FederationSnapshot.$Properties): continuum.daemon.v1.FederationSnapshot;
                static encode(m: continuum.daemon.v1.FederationSnapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.FederationSnapshot & continuum.daemon.v1.FederationSnapshot.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.FederationSnapshot;
                static toObject(m: continuum.daemon.v1.FederationSnapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FederationSnapshot {
                interface $Properties {
                    format?: (number|null);
                    federationId?: (string|null);
                    members?: (continuum.daemon.v1.MemberRecord.$Properties[]|null);
                    territories?: (string[]|null);
                    policies?: (continuum.daemon.v1.PolicyRecord.$Properties[]|null);
                    directives?: (continuum.daemon.v1.DirectiveRecord.$Properties[]|null);
                    tokens?: (continuum.daemon.v1.TokenRecord.$Properties[]|null);
                    kv?: (continuum.daemon.v1.KvRecord.$Properties[]|null);
                    kvRevision?: (number|null);
                    policyRevision?: (number|null);
                    appliedProposalIds?: (string[]|null);
                    appliedProposalIndexes?: (number[]|null);
                    founding?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.FederationSnapshot.$Properties;
            }

            interface IHeartbeat extends continuum.daemon.v1.Heartbeat.$Properties {
            }

            class Heartbeat {
                constructor(p?: continuum.daemon.v1.Heartbeat.$Properties);
                $unknowns?: Uint8Array[];
                atMs: number;
                loadScore: number;
                degraded: boolean;
                appliedIndex: number;
                raftLeader: boolean;
                raftTerm: number;
                founding: Uint8Array;
                static create(properties: continuum.daemon.v1.Heartbeat.$Shape): continuum.daemon.v1.Heartbeat & continuum.daemon.v1.Heartbeat.$Shape;
                static create(properties?: continuum.daemon.v1.Heartbeat.$Properties): continuum.daemon.v1.Heartbeat;
                static encode(m: continuum.daemon.v1.Heartbeat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.Heartbeat & continuum.daemon.v1.Heartbeat.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.Heartbeat;
                static toObject(m: continuum.daemon.v1.Heartbeat, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Heartbeat {
                interface $Properties {
                    atMs?: (number|null);
                    loadScore?: (number|null);
                    degraded?: (boolean|null);
                    appliedIndex?: (number|null);
                    raftLeader?: (boolean|null);
                    raftTerm?: (number|null);
                    founding?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.Heartbeat.$Properties;
            }

            interface IProposalEnvelope extends continuum.daemon.v1.ProposalEnvelope.$Properties {
            }

            class ProposalEnvelope {
                constructor(p?: continuum.daemon.v1.ProposalEnvelope.$Properties);
                $unknowns?: Uint8Array[];
                proposalId: Uint8Array;
                command: Uint8Array;
                static create(properties: continuum.daemon.v1.ProposalEnvelope.$Shape): continuum.daemon.v1.ProposalEnvelope & continuum.daemon.v1.ProposalEnvelope.$Shape;
                static create(properties?: continuum.daemon.v1.ProposalEnvelope.$Properties): continuum.daemon.v1.ProposalEnvelope;
                static encode(m: continuum.daemon.v1.ProposalEnvelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.ProposalEnvelope & continuum.daemon.v1.ProposalEnvelope.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.ProposalEnvelope;
                static toObject(m: continuum.daemon.v1.ProposalEnvelope, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProposalEnvelope {
                interface $Properties {
                    proposalId?: (Uint8Array|null);
                    command?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.ProposalEnvelope.$Properties;
            }

            interface IFedEntry extends continuum.daemon.v1.FedEntry.$Properties {
            }

            class FedEntry {
                constructor(p?: continuum.daemon.v1.FedEntry.$Properties);
                $unknowns?: Uint8Array[];
                index: number;
                term: number;
                type: number;
                data: Uint8Array;
                static create(properties: continuum.daemon.v1.FedEntry.$Shape): continuum.daemon.v1.FedEntry & continuum.daemon.v1.FedEntry.$Shape;
                static create(properties?: continuum.daemon.v1.FedEntry.$Properties): continuum.daemon.v1.FedEntry;
                static encode(m: continuum.daemon.v1.FedEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.FedEntry & continuum.daemon.v1.FedEntry.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.FedEntry;
                static toObject(m: continuum.daemon.v1.FedEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FedEntry {
                interface $Properties {
                    index?: (number|null);
                    term?: (number|null);
                    type?: (number|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.FedEntry.$Properties;
            }

            interface IFedlogBatch extends continuum.daemon.v1.FedlogBatch.$Properties {
            }

            class FedlogBatch {
                constructor(p?: continuum.daemon.v1.FedlogBatch.$Properties);
                $unknowns?: Uint8Array[];
                entries: continuum.daemon.v1.FedEntry.$Properties[];
                commitIndex: number;
                founding: Uint8Array;
                static create(properties: continuum.daemon.v1.FedlogBatch.$Shape): continuum.daemon.v1.FedlogBatch & continuum.daemon.v1.FedlogBatch.$Shape;
                static create(properties?: continuum.daemon.v1.FedlogBatch.$Properties): continuum.daemon.v1.FedlogBatch;
                static encode(m: continuum.daemon.v1.FedlogBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.FedlogBatch & continuum.daemon.v1.FedlogBatch.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.FedlogBatch;
                static toObject(m: continuum.daemon.v1.FedlogBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FedlogBatch {
                interface $Properties {
                    entries?: (continuum.daemon.v1.FedEntry.$Properties[]|null);
                    commitIndex?: (number|null);
                    founding?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.FedlogBatch.$Properties;
            }

            interface IFedlogRequest extends continuum.daemon.v1.FedlogRequest.$Properties {
            }

            class FedlogRequest {
                constructor(p?: continuum.daemon.v1.FedlogRequest.$Properties);
                $unknowns?: Uint8Array[];
                afterIndex: number;
                maxEntries: number;
                founding: Uint8Array;
                static create(properties: continuum.daemon.v1.FedlogRequest.$Shape): continuum.daemon.v1.FedlogRequest & continuum.daemon.v1.FedlogRequest.$Shape;
                static create(properties?: continuum.daemon.v1.FedlogRequest.$Properties): continuum.daemon.v1.FedlogRequest;
                static encode(m: continuum.daemon.v1.FedlogRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.FedlogRequest & continuum.daemon.v1.FedlogRequest.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.FedlogRequest;
                static toObject(m: continuum.daemon.v1.FedlogRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FedlogRequest {
                interface $Properties {
                    afterIndex?: (number|null);
                    maxEntries?: (number|null);
                    founding?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.FedlogRequest.$Properties;
            }

            interface IFedlogResponse extends continuum.daemon.v1.FedlogResponse.$Properties {
            }

            class FedlogResponse {
                constructor(p?: continuum.daemon.v1.FedlogResponse.$Properties);
                $unknowns?: Uint8Array[];
                snapshotIndex: number;
                entries: continuum.daemon.v1.FedEntry.$Properties[];
                commitIndex: number;
                snapshotBytes: number;
                founding: Uint8Array;
                static create(properties: continuum.daemon.v1.FedlogResponse.$Shape): continuum.daemon.v1.FedlogResponse & continuum.daemon.v1.FedlogResponse.$Shape;
                static create(properties?: continuum.daemon.v1.FedlogResponse.$Properties): continuum.daemon.v1.FedlogResponse;
                static encode(m: continuum.daemon.v1.FedlogResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.FedlogResponse & continuum.daemon.v1.FedlogResponse.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.FedlogResponse;
                static toObject(m: continuum.daemon.v1.FedlogResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FedlogResponse {
                interface $Properties {
                    snapshotIndex?: (number|null);
                    entries?: (continuum.daemon.v1.FedEntry.$Properties[]|null);
                    commitIndex?: (number|null);
                    snapshotBytes?: (number|null);
                    founding?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.FedlogResponse.$Properties;
            }

            interface IRaftSnapshotHeader extends continuum.daemon.v1.RaftSnapshotHeader.$Properties {
            }

            class RaftSnapshotHeader {
                constructor(p?: continuum.daemon.v1.RaftSnapshotHeader.$Properties);
                $unknowns?: Uint8Array[];
                message: Uint8Array;
                dataBytes: number;
                founding: Uint8Array;
                static create(properties: continuum.daemon.v1.RaftSnapshotHeader.$Shape): continuum.daemon.v1.RaftSnapshotHeader & continuum.daemon.v1.RaftSnapshotHeader.$Shape;
                static create(properties?: continuum.daemon.v1.RaftSnapshotHeader.$Properties): continuum.daemon.v1.RaftSnapshotHeader;
                static encode(m: continuum.daemon.v1.RaftSnapshotHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.RaftSnapshotHeader & continuum.daemon.v1.RaftSnapshotHeader.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.RaftSnapshotHeader;
                static toObject(m: continuum.daemon.v1.RaftSnapshotHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RaftSnapshotHeader {
                interface $Properties {
                    message?: (Uint8Array|null);
                    dataBytes?: (number|null);
                    founding?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.RaftSnapshotHeader.$Properties;
            }

            interface IRaftStreamHello extends continuum.daemon.v1.RaftStreamHello.$Properties {
            }

            class RaftStreamHello {
                constructor(p?: continuum.daemon.v1.RaftStreamHello.$Properties);
                $unknowns?: Uint8Array[];
                founding: Uint8Array;
                static create(properties: continuum.daemon.v1.RaftStreamHello.$Shape): continuum.daemon.v1.RaftStreamHello & continuum.daemon.v1.RaftStreamHello.$Shape;
                static create(properties?: continuum.daemon.v1.RaftStreamHello.$Properties): continuum.daemon.v1.RaftStreamHello;
                static encode(m: continuum.daemon.v1.RaftStreamHello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.RaftStreamHello & continuum.daemon.v1.RaftStreamHello.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.RaftStreamHello;
                static toObject(m: continuum.daemon.v1.RaftStreamHello, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RaftStreamHello {
                interface $Properties {
                    founding?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.RaftStreamHello.$Properties;
            }

            interface IRaftSnapshotAck extends continuum.daemon.v1.RaftSnapshotAck.$Properties {
            }

            class RaftSnapshotAck {
                constructor(p?: continuum.daemon.v1.RaftSnapshotAck.$Properties);
                $unknowns?: Uint8Array[];
                delivered: boolean;
                static create(properties: continuum.daemon.v1.RaftSnapshotAck.$Shape): continuum.daemon.v1.RaftSnapshotAck & continuum.daemon.v1.RaftSnapshotAck.$Shape;
                static create(properties?: continuum.daemon.v1.RaftSnapshotAck.$Properties): continuum.daemon.v1.RaftSnapshotAck;
                static encode(m: continuum.daemon.v1.RaftSnapshotAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.RaftSnapshotAck & continuum.daemon.v1.RaftSnapshotAck.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.RaftSnapshotAck;
                static toObject(m: continuum.daemon.v1.RaftSnapshotAck, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RaftSnapshotAck {
                interface $Properties {
                    delivered?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.RaftSnapshotAck.$Properties;
            }

            interface IForwardRequest extends continuum.daemon.v1.ForwardRequest.$Properties {
            }

            class ForwardRequest {
                constructor(p?: continuum.daemon.v1.ForwardRequest.$Properties);
                $unknowns?: Uint8Array[];
                envelope: Uint8Array;
                readIndex: boolean;
                static create(properties: continuum.daemon.v1.ForwardRequest.$Shape): continuum.daemon.v1.ForwardRequest & continuum.daemon.v1.ForwardRequest.$Shape;
                static create(properties?: continuum.daemon.v1.ForwardRequest.$Properties): continuum.daemon.v1.ForwardRequest;
                static encode(m: continuum.daemon.v1.ForwardRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.ForwardRequest & continuum.daemon.v1.ForwardRequest.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.ForwardRequest;
                static toObject(m: continuum.daemon.v1.ForwardRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ForwardRequest {
                interface $Properties {
                    envelope?: (Uint8Array|null);
                    readIndex?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.ForwardRequest.$Properties;
            }

            interface IForwardResponse extends continuum.daemon.v1.ForwardResponse.$Properties {
            }

            class ForwardResponse {
                constructor(p?: continuum.daemon.v1.ForwardResponse.$Properties);
                $unknowns?: Uint8Array[];
                ok: boolean;
                index: number;
                code: string;
                reason: string;
                static create(properties: continuum.daemon.v1.ForwardResponse.$Shape): continuum.daemon.v1.ForwardResponse & continuum.daemon.v1.ForwardResponse.$Shape;
                static create(properties?: continuum.daemon.v1.ForwardResponse.$Properties): continuum.daemon.v1.ForwardResponse;
                static encode(m: continuum.daemon.v1.ForwardResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.daemon.v1.ForwardResponse & continuum.daemon.v1.ForwardResponse.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.daemon.v1.ForwardResponse;
                static toObject(m: continuum.daemon.v1.ForwardResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ForwardResponse {
                interface $Properties {
                    ok?: (boolean|null);
                    index?: (number|null);
                    code?: (string|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.daemon.v1.ForwardResponse.$Properties;
            }
        }
    }
}
