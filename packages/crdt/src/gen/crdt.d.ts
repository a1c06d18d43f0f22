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

            interface IColumns extends continuum.crdt.v1.Columns.$Properties {
            }

            class Columns {
                constructor(p?: continuum.crdt.v1.Columns.$Properties);
                $unknowns?: Uint8Array[];
                sizes: number[];
                keys: string[];
                dotNodes: number[];
                dotCounters: number[];
                valueKinds: number[];
                json: string[];
                bytes: Uint8Array[];
                wallMs: number[];
                logical: number[];
                timestampNodes: number[];
                clockSizes: number[];
                clockNodes: number[];
                clockCounters: number[];
                increments: number[];
                decrements: number[];
                ints: number[];
                static create(properties: continuum.crdt.v1.Columns.$Shape): continuum.crdt.v1.Columns & continuum.crdt.v1.Columns.$Shape;
                static create(properties?: continuum.crdt.v1.Columns.$Properties): continuum.crdt.v1.Columns;
                static encode(m: continuum.crdt.v1.Columns.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.crdt.v1.Columns & continuum.crdt.v1.Columns.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.crdt.v1.Columns;
                static toObject(m: continuum.crdt.v1.Columns, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Columns {
                interface $Properties {
                    sizes?: (number[]|null);
                    keys?: (string[]|null);
                    dotNodes?: (number[]|null);
                    dotCounters?: (number[]|null);
                    valueKinds?: (number[]|null);
                    json?: (string[]|null);
                    bytes?: (Uint8Array[]|null);
                    wallMs?: (number[]|null);
                    logical?: (number[]|null);
                    timestampNodes?: (number[]|null);
                    clockSizes?: (number[]|null);
                    clockNodes?: (number[]|null);
                    clockCounters?: (number[]|null);
                    increments?: (number[]|null);
                    decrements?: (number[]|null);
                    ints?: (number[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.crdt.v1.Columns.$Properties;
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
                columns?: (continuum.crdt.v1.Columns.$Properties|null);
                base: continuum.crdt.v1.ClockEntry.$Properties[];
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
                    columns?: (continuum.crdt.v1.Columns.$Properties|null);
                    base?: (continuum.crdt.v1.ClockEntry.$Properties[]|null);
                    checksum?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.crdt.v1.State.$Properties;
            }
        }
    }
}
