import * as $protobuf from "protobufjs";

export namespace continuum {

    namespace raft {

        namespace v1 {

            enum EntryType {
                ENTRY_NORMAL = 0,
                ENTRY_CONF_CHANGE = 1
            }

            interface IEntry extends continuum.raft.v1.Entry.$Properties {
            }

            class Entry {
                constructor(p?: continuum.raft.v1.Entry.$Properties);
                $unknowns?: Uint8Array[];
                term: number;
                index: number;
                type: continuum.raft.v1.EntryType;
                data: Uint8Array;
                static create(properties: continuum.raft.v1.Entry.$Shape): continuum.raft.v1.Entry & continuum.raft.v1.Entry.$Shape;
                static create(properties?: continuum.raft.v1.Entry.$Properties): continuum.raft.v1.Entry;
                static encode(m: continuum.raft.v1.Entry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.raft.v1.Entry & continuum.raft.v1.Entry.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.raft.v1.Entry;
                static toObject(m: continuum.raft.v1.Entry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Entry {
                interface $Properties {
                    term?: (number|null);
                    index?: (number|null);
                    type?: (continuum.raft.v1.EntryType|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.raft.v1.Entry.$Properties;
            }

            interface IHardState extends continuum.raft.v1.HardState.$Properties {
            }

            class HardState {
                constructor(p?: continuum.raft.v1.HardState.$Properties);
                $unknowns?: Uint8Array[];
                term: number;
                vote: string;
                commit: number;
                static create(properties: continuum.raft.v1.HardState.$Shape): continuum.raft.v1.HardState & continuum.raft.v1.HardState.$Shape;
                static create(properties?: continuum.raft.v1.HardState.$Properties): continuum.raft.v1.HardState;
                static encode(m: continuum.raft.v1.HardState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.raft.v1.HardState & continuum.raft.v1.HardState.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.raft.v1.HardState;
                static toObject(m: continuum.raft.v1.HardState, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace HardState {
                interface $Properties {
                    term?: (number|null);
                    vote?: (string|null);
                    commit?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.raft.v1.HardState.$Properties;
            }
        }
    }
}
