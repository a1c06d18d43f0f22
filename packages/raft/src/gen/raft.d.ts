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

            interface IConfState extends continuum.raft.v1.ConfState.$Properties {
            }

            class ConfState {
                constructor(p?: continuum.raft.v1.ConfState.$Properties);
                $unknowns?: Uint8Array[];
                voters: string[];
                learners: string[];
                static create(properties: continuum.raft.v1.ConfState.$Shape): continuum.raft.v1.ConfState & continuum.raft.v1.ConfState.$Shape;
                static create(properties?: continuum.raft.v1.ConfState.$Properties): continuum.raft.v1.ConfState;
                static encode(m: continuum.raft.v1.ConfState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.raft.v1.ConfState & continuum.raft.v1.ConfState.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.raft.v1.ConfState;
                static toObject(m: continuum.raft.v1.ConfState, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfState {
                interface $Properties {
                    voters?: (string[]|null);
                    learners?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.raft.v1.ConfState.$Properties;
            }

            interface ISnapshotMetadata extends continuum.raft.v1.SnapshotMetadata.$Properties {
            }

            class SnapshotMetadata {
                constructor(p?: continuum.raft.v1.SnapshotMetadata.$Properties);
                $unknowns?: Uint8Array[];
                index: number;
                term: number;
                confState?: (continuum.raft.v1.ConfState.$Properties|null);
                static create(properties: continuum.raft.v1.SnapshotMetadata.$Shape): continuum.raft.v1.SnapshotMetadata & continuum.raft.v1.SnapshotMetadata.$Shape;
                static create(properties?: continuum.raft.v1.SnapshotMetadata.$Properties): continuum.raft.v1.SnapshotMetadata;
                static encode(m: continuum.raft.v1.SnapshotMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.raft.v1.SnapshotMetadata & continuum.raft.v1.SnapshotMetadata.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.raft.v1.SnapshotMetadata;
                static toObject(m: continuum.raft.v1.SnapshotMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotMetadata {
                interface $Properties {
                    index?: (number|null);
                    term?: (number|null);
                    confState?: (continuum.raft.v1.ConfState.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.raft.v1.SnapshotMetadata.$Properties;
            }

            interface ISnapshot extends continuum.raft.v1.Snapshot.$Properties {
            }

            class Snapshot {
                constructor(p?: continuum.raft.v1.Snapshot.$Properties);
                $unknowns?: Uint8Array[];
                metadata?: (continuum.raft.v1.SnapshotMetadata.$Properties|null);
                data: Uint8Array;
                static create(properties: continuum.raft.v1.Snapshot.$Shape): continuum.raft.v1.Snapshot & continuum.raft.v1.Snapshot.$Shape;
                static create(properties?: continuum.raft.v1.Snapshot.$Properties): continuum.raft.v1.Snapshot;
                static encode(m: continuum.raft.v1.Snapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.raft.v1.Snapshot & continuum.raft.v1.Snapshot.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.raft.v1.Snapshot;
                static toObject(m: continuum.raft.v1.Snapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Snapshot {
                interface $Properties {
                    metadata?: (continuum.raft.v1.SnapshotMetadata.$Properties|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.raft.v1.Snapshot.$Properties;
            }

            enum ConfChangeType {
                CONF_CHANGE_ADD_NODE = 0,
                CONF_CHANGE_ADD_LEARNER = 1,
                CONF_CHANGE_REMOVE_NODE = 2
            }

            interface IConfChange extends continuum.raft.v1.ConfChange.$Properties {
            }

            class ConfChange {
                constructor(p?: continuum.raft.v1.ConfChange.$Properties);
                $unknowns?: Uint8Array[];
                type: continuum.raft.v1.ConfChangeType;
                nodeId: string;
                context: Uint8Array;
                static create(properties: continuum.raft.v1.ConfChange.$Shape): continuum.raft.v1.ConfChange & continuum.raft.v1.ConfChange.$Shape;
                static create(properties?: continuum.raft.v1.ConfChange.$Properties): continuum.raft.v1.ConfChange;
                static encode(m: continuum.raft.v1.ConfChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.raft.v1.ConfChange & continuum.raft.v1.ConfChange.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.raft.v1.ConfChange;
                static toObject(m: continuum.raft.v1.ConfChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfChange {
                interface $Properties {
                    type?: (continuum.raft.v1.ConfChangeType|null);
                    nodeId?: (string|null);
                    context?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.raft.v1.ConfChange.$Properties;
            }

            enum MessageType {
                MSG_HUP = 0,
                MSG_BEAT = 1,
                MSG_PROP = 2,
                MSG_APP = 3,
                MSG_APP_RESP = 4,
                MSG_VOTE = 5,
                MSG_VOTE_RESP = 6,
                MSG_SNAP = 7,
                MSG_HEARTBEAT = 8,
                MSG_HEARTBEAT_RESP = 9,
                MSG_UNREACHABLE = 10,
                MSG_SNAP_STATUS = 11,
                MSG_CHECK_QUORUM = 12,
                MSG_TRANSFER_LEADER = 13,
                MSG_TIMEOUT_NOW = 14,
                MSG_READ_INDEX = 15,
                MSG_READ_INDEX_RESP = 16,
                MSG_PRE_VOTE = 17,
                MSG_PRE_VOTE_RESP = 18
            }

            interface IMessage extends continuum.raft.v1.Message.$Properties {
            }

            class Message {
                constructor(p?: continuum.raft.v1.Message.$Properties);
                $unknowns?: Uint8Array[];
                type: continuum.raft.v1.MessageType;
                to: string;
                from: string;
                term: number;
                logTerm: number;
                index: number;
                entries: continuum.raft.v1.Entry.$Properties[];
                commit: number;
                snapshot?: (continuum.raft.v1.Snapshot.$Properties|null);
                reject: boolean;
                rejectHint: number;
                context: Uint8Array;
                static create(properties: continuum.raft.v1.Message.$Shape): continuum.raft.v1.Message & continuum.raft.v1.Message.$Shape;
                static create(properties?: continuum.raft.v1.Message.$Properties): continuum.raft.v1.Message;
                static encode(m: continuum.raft.v1.Message.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.raft.v1.Message & continuum.raft.v1.Message.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.raft.v1.Message;
                static toObject(m: continuum.raft.v1.Message, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {
                interface $Properties {
                    type?: (continuum.raft.v1.MessageType|null);
                    to?: (string|null);
                    from?: (string|null);
                    term?: (number|null);
                    logTerm?: (number|null);
                    index?: (number|null);
                    entries?: (continuum.raft.v1.Entry.$Properties[]|null);
                    commit?: (number|null);
                    snapshot?: (continuum.raft.v1.Snapshot.$Properties|null);
                    reject?: (boolean|null);
                    rejectHint?: (number|null);
                    context?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.raft.v1.Message.$Properties;
            }

            interface IMessageBatch extends continuum.raft.v1.MessageBatch.$Properties {
            }

            class MessageBatch {
                constructor(p?: continuum.raft.v1.MessageBatch.$Properties);
                $unknowns?: Uint8Array[];
                messages: continuum.raft.v1.Message.$Properties[];
                static create(properties: continuum.raft.v1.MessageBatch.$Shape): continuum.raft.v1.MessageBatch & continuum.raft.v1.MessageBatch.$Shape;
                static create(properties?: continuum.raft.v1.MessageBatch.$Properties): continuum.raft.v1.MessageBatch;
                static encode(m: continuum.raft.v1.MessageBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.raft.v1.MessageBatch & continuum.raft.v1.MessageBatch.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.raft.v1.MessageBatch;
                static toObject(m: continuum.raft.v1.MessageBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MessageBatch {
                interface $Properties {
                    messages?: (continuum.raft.v1.Message.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.raft.v1.MessageBatch.$Properties;
            }
        }
    }
}
