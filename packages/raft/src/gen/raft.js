/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["continuum_raft"] || ($protobuf.roots["continuum_raft"] = {});

export const continuum = $root.continuum = (() => {

    /**
     * Namespace continuum.
     * @exports continuum
     * @namespace
     */
    const continuum = {};

    continuum.raft = (function() {

        /**
         * Namespace raft.
         * @memberof continuum
         * @namespace
         */
        const raft = {};

        raft.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof continuum.raft
             * @namespace
             */
            const v1 = {};

            /**
             * EntryType enum.
             * @name continuum.raft.v1.EntryType
             * @enum {number}
             * @property {number} ENTRY_NORMAL=0 ENTRY_NORMAL value
             * @property {number} ENTRY_CONF_CHANGE=1 ENTRY_CONF_CHANGE value
             */
            v1.EntryType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ENTRY_NORMAL"] = 0;
                values[valuesById[1] = "ENTRY_CONF_CHANGE"] = 1;
                return values;
            })();

            v1.Entry = (function() {

                /**
                 * Properties of an Entry.
                 * @typedef {Object} continuum.raft.v1.Entry.$Properties
                 * @property {number|null} [term] Entry term
                 * @property {number|null} [index] Entry index
                 * @property {continuum.raft.v1.EntryType|null} [type] Entry type
                 * @property {Uint8Array|null} [data] Entry data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Entry.
                 * @memberof continuum.raft.v1
                 * @interface IEntry
                 * @augments continuum.raft.v1.Entry.$Properties
                 * @deprecated Use continuum.raft.v1.Entry.$Properties instead.
                 */

                /**
                 * Shape of an Entry.
                 * @typedef {continuum.raft.v1.Entry.$Properties} continuum.raft.v1.Entry.$Shape
                 */

                /**
                 * Constructs a new Entry.
                 * @memberof continuum.raft.v1
                 * @classdesc Represents an Entry.
                 * @constructor
                 * @param {continuum.raft.v1.Entry.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Entry = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Entry term.
                 * @member {number} term
                 * @memberof continuum.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entry index.
                 * @member {number} index
                 * @memberof continuum.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entry type.
                 * @member {continuum.raft.v1.EntryType} type
                 * @memberof continuum.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.type = 0;

                /**
                 * Entry data.
                 * @member {Uint8Array} data
                 * @memberof continuum.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @function create
                 * @memberof continuum.raft.v1.Entry
                 * @static
                 * @param {continuum.raft.v1.Entry.$Properties=} [properties] Properties to set
                 * @returns {continuum.raft.v1.Entry} Entry instance
                 * @type {{
                 *   (properties: continuum.raft.v1.Entry.$Shape): continuum.raft.v1.Entry & continuum.raft.v1.Entry.$Shape;
                 *   (properties?: continuum.raft.v1.Entry.$Properties): continuum.raft.v1.Entry;
                 * }}
                 */
                Entry.create = function(properties) {
                    return new Entry(properties);
                };

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link continuum.raft.v1.Entry.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.raft.v1.Entry
                 * @static
                 * @param {continuum.raft.v1.Entry.$Properties} m Entry message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Entry.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.term);
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.index);
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).int32(m.type);
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.data);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.raft.v1.Entry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.raft.v1.Entry & continuum.raft.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Entry.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.continuum.raft.v1.Entry();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.term = v;
                                else
                                    delete m.term;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.index = v;
                                else
                                    delete m.index;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.data = v;
                                else
                                    delete m.data;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.raft.v1.Entry
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.raft.v1.Entry} Entry
                 */
                Entry.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.raft.v1.Entry)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.raft.v1.Entry: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.raft.v1.Entry();
                    if (d.term != null) {
                        if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                            if ($util.Long)
                                m.term = $util.Long.fromValue(d.term, true);
                            else if (typeof d.term === "string")
                                m.term = $parseInt(d.term, 10);
                            else if (typeof d.term === "number")
                                m.term = d.term;
                            else if (typeof d.term === "object")
                                m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.index != null) {
                        if (typeof d.index === "object" ? d.index.low || d.index.high : $Number(d.index) !== 0) {
                            if ($util.Long)
                                m.index = $util.Long.fromValue(d.index, true);
                            else if (typeof d.index === "string")
                                m.index = $parseInt(d.index, 10);
                            else if (typeof d.index === "number")
                                m.index = d.index;
                            else if (typeof d.index === "object")
                                m.index = new $util.LongBits(d.index.low >>> 0, d.index.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.type !== 0 && (typeof d.type !== "string" || $root.continuum.raft.v1.EntryType[d.type] !== 0)) {
                        switch (d.type) {
                        case "ENTRY_NORMAL":
                        case 0:
                            m.type = 0;
                            break;
                        case "ENTRY_CONF_CHANGE":
                        case 1:
                            m.type = 1;
                            break;
                        default:
                            if (typeof d.type === "number" && (d.type | 0) === d.type)
                                m.type = d.type;
                        }
                    }
                    if (d.data != null) {
                        if (d.data.length) {
                            if (typeof d.data === "string")
                                $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                            else if (d.data.length >= 0)
                                m.data = d.data;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.raft.v1.Entry
                 * @static
                 * @param {continuum.raft.v1.Entry} m Entry
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Entry.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.type = o.enums === $String ? "ENTRY_NORMAL" : 0;
                        if (o.bytes === $String)
                            d.data = "";
                        else {
                            d.data = [];
                            if (o.bytes !== $Array)
                                d.data = $util.newBuffer(d.data);
                        }
                    }
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                        else if (typeof m.term === "number")
                            d.term = o.longs === $String ? $String(m.term) : m.term;
                        else
                            d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                    }
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                        else if (typeof m.index === "number")
                            d.index = o.longs === $String ? $String(m.index) : m.index;
                        else
                            d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = o.enums === $String ? $root.continuum.raft.v1.EntryType[m.type] === $undefined ? m.type : $root.continuum.raft.v1.EntryType[m.type] : m.type;
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                    }
                    return d;
                };

                /**
                 * Converts this Entry to JSON.
                 * @function toJSON
                 * @memberof continuum.raft.v1.Entry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Entry.prototype.toJSON = function() {
                    return Entry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Entry
                 * @function getTypeUrl
                 * @memberof continuum.raft.v1.Entry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Entry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.raft.v1.Entry";
                };

                return Entry;
            })();

            v1.HardState = (function() {

                /**
                 * Properties of a HardState.
                 * @typedef {Object} continuum.raft.v1.HardState.$Properties
                 * @property {number|null} [term] HardState term
                 * @property {string|null} [vote] HardState vote
                 * @property {number|null} [commit] HardState commit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HardState.
                 * @memberof continuum.raft.v1
                 * @interface IHardState
                 * @augments continuum.raft.v1.HardState.$Properties
                 * @deprecated Use continuum.raft.v1.HardState.$Properties instead.
                 */

                /**
                 * Shape of a HardState.
                 * @typedef {continuum.raft.v1.HardState.$Properties} continuum.raft.v1.HardState.$Shape
                 */

                /**
                 * Constructs a new HardState.
                 * @memberof continuum.raft.v1
                 * @classdesc Represents a HardState.
                 * @constructor
                 * @param {continuum.raft.v1.HardState.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HardState = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * HardState term.
                 * @member {number} term
                 * @memberof continuum.raft.v1.HardState
                 * @instance
                 */
                HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HardState vote.
                 * @member {string} vote
                 * @memberof continuum.raft.v1.HardState
                 * @instance
                 */
                HardState.prototype.vote = "";

                /**
                 * HardState commit.
                 * @member {number} commit
                 * @memberof continuum.raft.v1.HardState
                 * @instance
                 */
                HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new HardState instance using the specified properties.
                 * @function create
                 * @memberof continuum.raft.v1.HardState
                 * @static
                 * @param {continuum.raft.v1.HardState.$Properties=} [properties] Properties to set
                 * @returns {continuum.raft.v1.HardState} HardState instance
                 * @type {{
                 *   (properties: continuum.raft.v1.HardState.$Shape): continuum.raft.v1.HardState & continuum.raft.v1.HardState.$Shape;
                 *   (properties?: continuum.raft.v1.HardState.$Properties): continuum.raft.v1.HardState;
                 * }}
                 */
                HardState.create = function(properties) {
                    return new HardState(properties);
                };

                /**
                 * Encodes the specified HardState message. Does not implicitly {@link continuum.raft.v1.HardState.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.raft.v1.HardState
                 * @static
                 * @param {continuum.raft.v1.HardState.$Properties} m HardState message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HardState.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.term);
                    if (m.vote != null && $Object.hasOwnProperty.call(m, "vote") && m.vote !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.vote);
                    if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && (typeof m.commit === "object" ? m.commit.low || m.commit.high : m.commit !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).uint64(m.commit);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a HardState message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.raft.v1.HardState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.raft.v1.HardState & continuum.raft.v1.HardState.$Shape} HardState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HardState.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.continuum.raft.v1.HardState();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.term = v;
                                else
                                    delete m.term;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.vote = v;
                                else
                                    delete m.vote;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.commit = v;
                                else
                                    delete m.commit;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a HardState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.raft.v1.HardState
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.raft.v1.HardState} HardState
                 */
                HardState.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.raft.v1.HardState)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.raft.v1.HardState: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.raft.v1.HardState();
                    if (d.term != null) {
                        if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                            if ($util.Long)
                                m.term = $util.Long.fromValue(d.term, true);
                            else if (typeof d.term === "string")
                                m.term = $parseInt(d.term, 10);
                            else if (typeof d.term === "number")
                                m.term = d.term;
                            else if (typeof d.term === "object")
                                m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.vote != null) {
                        if (typeof d.vote !== "string" || d.vote.length) {
                            m.vote = $String(d.vote);
                        }
                    }
                    if (d.commit != null) {
                        if (typeof d.commit === "object" ? d.commit.low || d.commit.high : $Number(d.commit) !== 0) {
                            if ($util.Long)
                                m.commit = $util.Long.fromValue(d.commit, true);
                            else if (typeof d.commit === "string")
                                m.commit = $parseInt(d.commit, 10);
                            else if (typeof d.commit === "number")
                                m.commit = d.commit;
                            else if (typeof d.commit === "object")
                                m.commit = new $util.LongBits(d.commit.low >>> 0, d.commit.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a HardState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.raft.v1.HardState
                 * @static
                 * @param {continuum.raft.v1.HardState} m HardState
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HardState.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.vote = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.commit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.commit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                        else if (typeof m.term === "number")
                            d.term = o.longs === $String ? $String(m.term) : m.term;
                        else
                            d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                    }
                    if (m.vote != null && $Object.hasOwnProperty.call(m, "vote")) {
                        d.vote = m.vote;
                    }
                    if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.commit = typeof m.commit === "number" ? $BigInt(m.commit) : $util.Long.fromBits(m.commit.low >>> 0, m.commit.high >>> 0, true).toBigInt();
                        else if (typeof m.commit === "number")
                            d.commit = o.longs === $String ? $String(m.commit) : m.commit;
                        else
                            d.commit = o.longs === $String ? $util.Long.prototype.toString.call(m.commit) : o.longs === $Number ? new $util.LongBits(m.commit.low >>> 0, m.commit.high >>> 0).toNumber(true) : m.commit;
                    }
                    return d;
                };

                /**
                 * Converts this HardState to JSON.
                 * @function toJSON
                 * @memberof continuum.raft.v1.HardState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HardState.prototype.toJSON = function() {
                    return HardState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HardState
                 * @function getTypeUrl
                 * @memberof continuum.raft.v1.HardState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HardState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.raft.v1.HardState";
                };

                return HardState;
            })();

            return v1;
        })();

        return raft;
    })();

    return continuum;
})();

export {
  $root as default
};
