import * as $protobuf from "protobufjs";

export namespace continuum {

    namespace crdt {

        namespace v1 {

            interface IClockEntry extends continuum.crdt.v1.ClockEntry.$Properties {
            }

            class ClockEntry {
                constructor(p?: continuum.crdt.v1.ClockEntry.$Properties);
                $unknowns?: Uint8Array[];
                node: string;
                counter: number;
                static create(properties: continuum.crdt.v1.ClockEntry.$Shape): continuum.crdt.v1.ClockEntry & continuum.crdt.v1.ClockEntry.$Shape;
                static create(properties?: continuum.crdt.v1.ClockEntry.$Properties): continuum.crdt.v1.ClockEntry;
                static encode(m: continuum.crdt.v1.ClockEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.ClockEntry & continuum.crdt.v1.ClockEntry.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.ClockEntry;
                static toObject(m: continuum.crdt.v1.ClockEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ClockEntry {
                interface $Properties {
                    node?: (string|null);
                    counter?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.crdt.v1.ClockEntry.$Properties;
            }

            interface IVectorClock extends continuum.crdt.v1.VectorClock.$Properties {
            }

            class VectorClock {
                constructor(p?: continuum.crdt.v1.VectorClock.$Properties);
                $unknowns?: Uint8Array[];
                entries: continuum.crdt.v1.ClockEntry.$Properties[];
                static create(properties: continuum.crdt.v1.VectorClock.$Shape): continuum.crdt.v1.VectorClock & continuum.crdt.v1.VectorClock.$Shape;
                static create(properties?: continuum.crdt.v1.VectorClock.$Properties): continuum.crdt.v1.VectorClock;
                static encode(m: continuum.crdt.v1.VectorClock.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.VectorClock & continuum.crdt.v1.VectorClock.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.VectorClock;
                static toObject(m: continuum.crdt.v1.VectorClock, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace VectorClock {
                interface $Properties {
                    entries?: (continuum.crdt.v1.ClockEntry.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.crdt.v1.VectorClock.$Properties;
            }

            interface IContextEntry extends continuum.crdt.v1.ContextEntry.$Properties {
            }

            class ContextEntry {
                constructor(p?: continuum.crdt.v1.ContextEntry.$Properties);
                $unknowns?: Uint8Array[];
                node: string;
                ranges: number[];
                static create(properties: continuum.crdt.v1.ContextEntry.$Shape): continuum.crdt.v1.ContextEntry & continuum.crdt.v1.ContextEntry.$Shape;
                static create(properties?: continuum.crdt.v1.ContextEntry.$Properties): continuum.crdt.v1.ContextEntry;
                static encode(m: continuum.crdt.v1.ContextEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.ContextEntry & continuum.crdt.v1.ContextEntry.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.ContextEntry;
                static toObject(m: continuum.crdt.v1.ContextEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContextEntry {
                interface $Properties {
                    node?: (string|null);
                    ranges?: (number[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.crdt.v1.ContextEntry.$Properties;
            }

            interface ICausalContext extends continuum.crdt.v1.CausalContext.$Properties {
            }

            class CausalContext {
                constructor(p?: continuum.crdt.v1.CausalContext.$Properties);
                $unknowns?: Uint8Array[];
                entries: continuum.crdt.v1.ContextEntry.$Properties[];
                static create(properties: continuum.crdt.v1.CausalContext.$Shape): continuum.crdt.v1.CausalContext & continuum.crdt.v1.CausalContext.$Shape;
                static create(properties?: continuum.crdt.v1.CausalContext.$Properties): continuum.crdt.v1.CausalContext;
                static encode(m: continuum.crdt.v1.CausalContext.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.CausalContext & continuum.crdt.v1.CausalContext.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.CausalContext;
                static toObject(m: continuum.crdt.v1.CausalContext, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CausalContext {
                interface $Properties {
                    entries?: (continuum.crdt.v1.ContextEntry.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.crdt.v1.CausalContext.$Properties;
            }

            interface ITimestamp extends continuum.crdt.v1.Timestamp.$Properties {
            }

            class Timestamp {
                constructor(p?: continuum.crdt.v1.Timestamp.$Properties);
                $unknowns?: Uint8Array[];
                wallMs: number;
                logical: number;
                node: number;
                static create(properties: continuum.crdt.v1.Timestamp.$Shape): continuum.crdt.v1.Timestamp & continuum.crdt.v1.Timestamp.$Shape;
                static create(properties?: continuum.crdt.v1.Timestamp.$Properties): continuum.crdt.v1.Timestamp;
                static encode(m: continuum.crdt.v1.Timestamp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.Timestamp & continuum.crdt.v1.Timestamp.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.Timestamp;
                static toObject(m: continuum.crdt.v1.Timestamp, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Timestamp {
                interface $Properties {
                    wallMs?: (number|null);
                    logical?: (number|null);
                    node?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.crdt.v1.Timestamp.$Properties;
            }

            interface IValue extends continuum.crdt.v1.Value.$Properties {
            }

            class Value {
                constructor(p?: continuum.crdt.v1.Value.$Properties);
                $unknowns?: Uint8Array[];
                bytes?: (Uint8Array|null);
                json?: (string|null);
                kind?: ("bytes"|"json");
                static create(properties: continuum.crdt.v1.Value.$Shape): continuum.crdt.v1.Value & continuum.crdt.v1.Value.$Shape;
                static create(properties?: continuum.crdt.v1.Value.$Properties): continuum.crdt.v1.Value;
                static encode(m: continuum.crdt.v1.Value.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.Value & continuum.crdt.v1.Value.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.Value;
                static toObject(m: continuum.crdt.v1.Value, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Value {
                interface $Properties {
                    bytes?: (Uint8Array|null);
                    json?: (string|null);
                    kind?: ("bytes"|"json");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  bytes?: Uint8Array|null;
                  json?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; bytes?: null; json?: null }|{ kind?: "bytes"; bytes: Uint8Array; json?: null }|{ kind?: "json"; bytes?: null; json: string })
                );
            }

            interface IClockRef extends continuum.crdt.v1.ClockRef.$Properties {
            }

            class ClockRef {
                constructor(p?: continuum.crdt.v1.ClockRef.$Properties);
                $unknowns?: Uint8Array[];
                node: number;
                counter: number;
                static create(properties: continuum.crdt.v1.ClockRef.$Shape): continuum.crdt.v1.ClockRef & continuum.crdt.v1.ClockRef.$Shape;
                static create(properties?: continuum.crdt.v1.ClockRef.$Properties): continuum.crdt.v1.ClockRef;
                static encode(m: continuum.crdt.v1.ClockRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.ClockRef & continuum.crdt.v1.ClockRef.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.ClockRef;
                static toObject(m: continuum.crdt.v1.ClockRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ClockRef {
                interface $Properties {
                    node?: (number|null);
                    counter?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.crdt.v1.ClockRef.$Properties;
            }

            interface IPayload extends continuum.crdt.v1.Payload.$Properties {
            }

            class Payload {
                constructor(p?: continuum.crdt.v1.Payload.$Properties);
                $unknowns?: Uint8Array[];
                value?: (continuum.crdt.v1.Value.$Properties|null);
                timestamp?: (continuum.crdt.v1.Timestamp.$Properties|null);
                clock: continuum.crdt.v1.ClockRef.$Properties[];
                increments: number;
                decrements: number;
                static create(properties: continuum.crdt.v1.Payload.$Shape): continuum.crdt.v1.Payload & continuum.crdt.v1.Payload.$Shape;
                static create(properties?: continuum.crdt.v1.Payload.$Properties): continuum.crdt.v1.Payload;
                static encode(m: continuum.crdt.v1.Payload.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.Payload & continuum.crdt.v1.Payload.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.Payload;
                static toObject(m: continuum.crdt.v1.Payload, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Payload {
                interface $Properties {
                    value?: (continuum.crdt.v1.Value.$Properties|null);
                    timestamp?: (continuum.crdt.v1.Timestamp.$Properties|null);
                    clock?: (continuum.crdt.v1.ClockRef.$Properties[]|null);
                    increments?: (number|null);
                    decrements?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  value?: continuum.crdt.v1.Value.$Shape|null;
                  timestamp?: continuum.crdt.v1.Timestamp.$Shape|null;
                  clock?: continuum.crdt.v1.ClockRef.$Shape[]|null;
                  increments?: number|null;
                  decrements?: number|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IDotEntry extends continuum.crdt.v1.DotEntry.$Properties {
            }

            class DotEntry {
                constructor(p?: continuum.crdt.v1.DotEntry.$Properties);
                $unknowns?: Uint8Array[];
                node: number;
                counter: number;
                payload?: (continuum.crdt.v1.Payload.$Properties|null);
                static create(properties: continuum.crdt.v1.DotEntry.$Shape): continuum.crdt.v1.DotEntry & continuum.crdt.v1.DotEntry.$Shape;
                static create(properties?: continuum.crdt.v1.DotEntry.$Properties): continuum.crdt.v1.DotEntry;
                static encode(m: continuum.crdt.v1.DotEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.DotEntry & continuum.crdt.v1.DotEntry.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.DotEntry;
                static toObject(m: continuum.crdt.v1.DotEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DotEntry {
                interface $Properties {
                    node?: (number|null);
                    counter?: (number|null);
                    payload?: (continuum.crdt.v1.Payload.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  node?: number|null;
                  counter?: number|null;
                  payload?: continuum.crdt.v1.Payload.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IDotFun extends continuum.crdt.v1.DotFun.$Properties {
            }

            class DotFun {
                constructor(p?: continuum.crdt.v1.DotFun.$Properties);
                $unknowns?: Uint8Array[];
                entries: continuum.crdt.v1.DotEntry.$Properties[];
                static create(properties: continuum.crdt.v1.DotFun.$Shape): continuum.crdt.v1.DotFun & continuum.crdt.v1.DotFun.$Shape;
                static create(properties?: continuum.crdt.v1.DotFun.$Properties): continuum.crdt.v1.DotFun;
                static encode(m: continuum.crdt.v1.DotFun.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.DotFun & continuum.crdt.v1.DotFun.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.DotFun;
                static toObject(m: continuum.crdt.v1.DotFun, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DotFun {
                interface $Properties {
                    entries?: (continuum.crdt.v1.DotEntry.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  entries?: continuum.crdt.v1.DotEntry.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IMapEntry extends continuum.crdt.v1.MapEntry.$Properties {
            }

            class MapEntry {
                constructor(p?: continuum.crdt.v1.MapEntry.$Properties);
                $unknowns?: Uint8Array[];
                key: string;
                value?: (continuum.crdt.v1.Store.$Properties|null);
                static create(properties: continuum.crdt.v1.MapEntry.$Shape): continuum.crdt.v1.MapEntry & continuum.crdt.v1.MapEntry.$Shape;
                static create(properties?: continuum.crdt.v1.MapEntry.$Properties): continuum.crdt.v1.MapEntry;
                static encode(m: continuum.crdt.v1.MapEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.MapEntry & continuum.crdt.v1.MapEntry.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.MapEntry;
                static toObject(m: continuum.crdt.v1.MapEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MapEntry {
                interface $Properties {
                    key?: (string|null);
                    value?: (continuum.crdt.v1.Store.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  key?: string|null;
                  value?: continuum.crdt.v1.Store.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IDotMap extends continuum.crdt.v1.DotMap.$Properties {
            }

            class DotMap {
                constructor(p?: continuum.crdt.v1.DotMap.$Properties);
                $unknowns?: Uint8Array[];
                entries: continuum.crdt.v1.MapEntry.$Properties[];
                static create(properties: continuum.crdt.v1.DotMap.$Shape): continuum.crdt.v1.DotMap & continuum.crdt.v1.DotMap.$Shape;
                static create(properties?: continuum.crdt.v1.DotMap.$Properties): continuum.crdt.v1.DotMap;
                static encode(m: continuum.crdt.v1.DotMap.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.DotMap & continuum.crdt.v1.DotMap.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.DotMap;
                static toObject(m: continuum.crdt.v1.DotMap, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DotMap {
                interface $Properties {
                    entries?: (continuum.crdt.v1.MapEntry.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  entries?: continuum.crdt.v1.MapEntry.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IStore extends continuum.crdt.v1.Store.$Properties {
            }

            class Store {
                constructor(p?: continuum.crdt.v1.Store.$Properties);
                $unknowns?: Uint8Array[];
                fun?: (continuum.crdt.v1.DotFun.$Properties|null);
                map?: (continuum.crdt.v1.DotMap.$Properties|null);
                kind?: ("fun"|"map");
                static create(properties: continuum.crdt.v1.Store.$Shape): continuum.crdt.v1.Store & continuum.crdt.v1.Store.$Shape;
                static create(properties?: continuum.crdt.v1.Store.$Properties): continuum.crdt.v1.Store;
                static encode(m: continuum.crdt.v1.Store.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.Store & continuum.crdt.v1.Store.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.Store;
                static toObject(m: continuum.crdt.v1.Store, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Store {
                interface $Properties {
                    fun?: (continuum.crdt.v1.DotFun.$Properties|null);
                    map?: (continuum.crdt.v1.DotMap.$Properties|null);
                    kind?: ("fun"|"map");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  fun?: continuum.crdt.v1.DotFun.$Shape|null;
                  map?: continuum.crdt.v1.DotMap.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; fun?: null; map?: null }|{ kind?: "fun"; fun: continuum.crdt.v1.DotFun.$Shape; map?: null }|{ kind?: "map"; fun?: null; map: continuum.crdt.v1.DotMap.$Shape })
                );
            }

            enum CrdtType {
                CRDT_TYPE_UNSPECIFIED = 0,
                G_COUNTER = 1,
                PN_COUNTER = 2,
                LWW_REGISTER = 3,
                MV_REGISTER = 4,
                G_SET = 5,
                OR_SET = 6,
                COUNTER_MAP = 7,
                LWW_MAP = 8,
                REPLICATED_MAP = 9,
                OR_MAP = 10
            }

            interface IState extends continuum.crdt.v1.State.$Properties {
            }

            class State {
                constructor(p?: continuum.crdt.v1.State.$Properties);
                $unknowns?: Uint8Array[];
                version: number;
                type: continuum.crdt.v1.CrdtType;
                full: boolean;
                nodes: string[];
                context?: (continuum.crdt.v1.CausalContext.$Properties|null);
                store?: (continuum.crdt.v1.Store.$Properties|null);
                checksum: number;
                static create(properties: continuum.crdt.v1.State.$Shape): continuum.crdt.v1.State & continuum.crdt.v1.State.$Shape;
                static create(properties?: continuum.crdt.v1.State.$Properties): continuum.crdt.v1.State;
                static encode(m: continuum.crdt.v1.State.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.State & continuum.crdt.v1.State.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.State;
                static toObject(m: continuum.crdt.v1.State, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace State {
                interface $Properties {
                    version?: (number|null);
                    type?: (continuum.crdt.v1.CrdtType|null);
                    full?: (boolean|null);
                    nodes?: (string[]|null);
                    context?: (continuum.crdt.v1.CausalContext.$Properties|null);
                    store?: (continuum.crdt.v1.Store.$Properties|null);
                    checksum?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  version?: number|null;
                  type?: continuum.crdt.v1.CrdtType|null;
                  full?: boolean|null;
                  nodes?: string[]|null;
                  context?: continuum.crdt.v1.CausalContext.$Shape|null;
                  store?: continuum.crdt.v1.Store.$Shape|null;
                  checksum?: number|null;
                  $unknowns?: Uint8Array[];
                };
            }
        }
    }
}
