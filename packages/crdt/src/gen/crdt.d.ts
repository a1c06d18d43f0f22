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
        }
    }
}
