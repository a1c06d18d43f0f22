/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["continuum_raft_raft"] || ($protobuf.roots["continuum_raft_raft"] = {});

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

            v1.ConfState = (function() {

                /**
                 * Properties of a ConfState.
                 * @typedef {Object} continuum.raft.v1.ConfState.$Properties
                 * @property {Array.<string>|null} [voters] ConfState voters
                 * @property {Array.<string>|null} [learners] ConfState learners
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfState.
                 * @memberof continuum.raft.v1
                 * @interface IConfState
                 * @augments continuum.raft.v1.ConfState.$Properties
                 * @deprecated Use continuum.raft.v1.ConfState.$Properties instead.
                 */

                /**
                 * Shape of a ConfState.
                 * @typedef {continuum.raft.v1.ConfState.$Properties} continuum.raft.v1.ConfState.$Shape
                 */

                /**
                 * Constructs a new ConfState.
                 * @memberof continuum.raft.v1
                 * @classdesc Represents a ConfState.
                 * @constructor
                 * @param {continuum.raft.v1.ConfState.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfState = function (p) {
                    this.voters = [];
                    this.learners = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ConfState voters.
                 * @member {Array.<string>} voters
                 * @memberof continuum.raft.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.voters = $util.emptyArray;

                /**
                 * ConfState learners.
                 * @member {Array.<string>} learners
                 * @memberof continuum.raft.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.learners = $util.emptyArray;

                /**
                 * Creates a new ConfState instance using the specified properties.
                 * @function create
                 * @memberof continuum.raft.v1.ConfState
                 * @static
                 * @param {continuum.raft.v1.ConfState.$Properties=} [properties] Properties to set
                 * @returns {continuum.raft.v1.ConfState} ConfState instance
                 * @type {{
                 *   (properties: continuum.raft.v1.ConfState.$Shape): continuum.raft.v1.ConfState & continuum.raft.v1.ConfState.$Shape;
                 *   (properties?: continuum.raft.v1.ConfState.$Properties): continuum.raft.v1.ConfState;
                 * }}
                 */
                ConfState.create = function(properties) {
                    return new ConfState(properties);
                };

                /**
                 * Encodes the specified ConfState message. Does not implicitly {@link continuum.raft.v1.ConfState.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.raft.v1.ConfState
                 * @static
                 * @param {continuum.raft.v1.ConfState.$Properties} m ConfState message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfState.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.voters != null && m.voters.length) {
                        for (var i = 0; i < m.voters.length; ++i)
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.voters[i]);
                    }
                    if (m.learners != null && m.learners.length) {
                        for (var i = 0; i < m.learners.length; ++i)
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.learners[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ConfState message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.raft.v1.ConfState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.raft.v1.ConfState & continuum.raft.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfState.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.continuum.raft.v1.ConfState();
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
                                if (u !== 2)
                                    break;
                                if (!(m.voters && m.voters.length))
                                    m.voters = [];
                                m.voters.push(r.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.learners && m.learners.length))
                                    m.learners = [];
                                m.learners.push(r.stringVerify());
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
                 * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.raft.v1.ConfState
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.raft.v1.ConfState} ConfState
                 */
                ConfState.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.raft.v1.ConfState)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.raft.v1.ConfState: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.raft.v1.ConfState();
                    if (d.voters) {
                        if (!$Array.isArray(d.voters))
                            throw $TypeError(".continuum.raft.v1.ConfState.voters: array expected");
                        m.voters = $Array(d.voters.length);
                        for (var i = 0; i < d.voters.length; ++i) {
                            m.voters[i] = $String(d.voters[i]);
                        }
                    }
                    if (d.learners) {
                        if (!$Array.isArray(d.learners))
                            throw $TypeError(".continuum.raft.v1.ConfState.learners: array expected");
                        m.learners = $Array(d.learners.length);
                        for (var i = 0; i < d.learners.length; ++i) {
                            m.learners[i] = $String(d.learners[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ConfState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.raft.v1.ConfState
                 * @static
                 * @param {continuum.raft.v1.ConfState} m ConfState
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConfState.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.voters = [];
                        d.learners = [];
                    }
                    if (m.voters && m.voters.length) {
                        d.voters = $Array(m.voters.length);
                        for (var j = 0; j < m.voters.length; ++j) {
                            d.voters[j] = m.voters[j];
                        }
                    }
                    if (m.learners && m.learners.length) {
                        d.learners = $Array(m.learners.length);
                        for (var j = 0; j < m.learners.length; ++j) {
                            d.learners[j] = m.learners[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ConfState to JSON.
                 * @function toJSON
                 * @memberof continuum.raft.v1.ConfState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConfState.prototype.toJSON = function() {
                    return ConfState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConfState
                 * @function getTypeUrl
                 * @memberof continuum.raft.v1.ConfState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConfState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.raft.v1.ConfState";
                };

                return ConfState;
            })();

            v1.SnapshotMetadata = (function() {

                /**
                 * Properties of a SnapshotMetadata.
                 * @typedef {Object} continuum.raft.v1.SnapshotMetadata.$Properties
                 * @property {number|null} [index] SnapshotMetadata index
                 * @property {number|null} [term] SnapshotMetadata term
                 * @property {continuum.raft.v1.ConfState.$Properties|null} [confState] SnapshotMetadata confState
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotMetadata.
                 * @memberof continuum.raft.v1
                 * @interface ISnapshotMetadata
                 * @augments continuum.raft.v1.SnapshotMetadata.$Properties
                 * @deprecated Use continuum.raft.v1.SnapshotMetadata.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotMetadata.
                 * @typedef {continuum.raft.v1.SnapshotMetadata.$Properties} continuum.raft.v1.SnapshotMetadata.$Shape
                 */

                /**
                 * Constructs a new SnapshotMetadata.
                 * @memberof continuum.raft.v1
                 * @classdesc Represents a SnapshotMetadata.
                 * @constructor
                 * @param {continuum.raft.v1.SnapshotMetadata.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotMetadata = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SnapshotMetadata index.
                 * @member {number} index
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @instance
                 */
                SnapshotMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotMetadata term.
                 * @member {number} term
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @instance
                 */
                SnapshotMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotMetadata confState.
                 * @member {continuum.raft.v1.ConfState.$Properties|null|undefined} confState
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @instance
                 */
                SnapshotMetadata.prototype.confState = null;

                /**
                 * Creates a new SnapshotMetadata instance using the specified properties.
                 * @function create
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @static
                 * @param {continuum.raft.v1.SnapshotMetadata.$Properties=} [properties] Properties to set
                 * @returns {continuum.raft.v1.SnapshotMetadata} SnapshotMetadata instance
                 * @type {{
                 *   (properties: continuum.raft.v1.SnapshotMetadata.$Shape): continuum.raft.v1.SnapshotMetadata & continuum.raft.v1.SnapshotMetadata.$Shape;
                 *   (properties?: continuum.raft.v1.SnapshotMetadata.$Properties): continuum.raft.v1.SnapshotMetadata;
                 * }}
                 */
                SnapshotMetadata.create = function(properties) {
                    return new SnapshotMetadata(properties);
                };

                /**
                 * Encodes the specified SnapshotMetadata message. Does not implicitly {@link continuum.raft.v1.SnapshotMetadata.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @static
                 * @param {continuum.raft.v1.SnapshotMetadata.$Properties} m SnapshotMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotMetadata.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.index);
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.term);
                    if (m.confState != null && $Object.hasOwnProperty.call(m, "confState"))
                        $root.continuum.raft.v1.ConfState.encode(m.confState, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SnapshotMetadata message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.raft.v1.SnapshotMetadata & continuum.raft.v1.SnapshotMetadata.$Shape} SnapshotMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotMetadata.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.raft.v1.SnapshotMetadata();
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
                                    m.index = v;
                                else
                                    delete m.index;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.term = v;
                                else
                                    delete m.term;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.confState = $root.continuum.raft.v1.ConfState.decode(r, r.size(), $undefined, q + 1, m.confState);
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
                 * Creates a SnapshotMetadata message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.raft.v1.SnapshotMetadata} SnapshotMetadata
                 */
                SnapshotMetadata.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.raft.v1.SnapshotMetadata)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.raft.v1.SnapshotMetadata: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.raft.v1.SnapshotMetadata();
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
                    if (d.confState != null) {
                        if (!$util.isObject(d.confState))
                            throw $TypeError(".continuum.raft.v1.SnapshotMetadata.confState: object expected");
                        m.confState = $root.continuum.raft.v1.ConfState.fromObject(d.confState, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SnapshotMetadata message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @static
                 * @param {continuum.raft.v1.SnapshotMetadata} m SnapshotMetadata
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotMetadata.toObject = function (m, o, q) {
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
                            d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.confState = null;
                    }
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                        else if (typeof m.index === "number")
                            d.index = o.longs === $String ? $String(m.index) : m.index;
                        else
                            d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                    }
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                        else if (typeof m.term === "number")
                            d.term = o.longs === $String ? $String(m.term) : m.term;
                        else
                            d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                    }
                    if (m.confState != null && $Object.hasOwnProperty.call(m, "confState")) {
                        d.confState = $root.continuum.raft.v1.ConfState.toObject(m.confState, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this SnapshotMetadata to JSON.
                 * @function toJSON
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotMetadata.prototype.toJSON = function() {
                    return SnapshotMetadata.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotMetadata
                 * @function getTypeUrl
                 * @memberof continuum.raft.v1.SnapshotMetadata
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotMetadata.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.raft.v1.SnapshotMetadata";
                };

                return SnapshotMetadata;
            })();

            v1.Snapshot = (function() {

                /**
                 * Properties of a Snapshot.
                 * @typedef {Object} continuum.raft.v1.Snapshot.$Properties
                 * @property {continuum.raft.v1.SnapshotMetadata.$Properties|null} [metadata] Snapshot metadata
                 * @property {Uint8Array|null} [data] Snapshot data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Snapshot.
                 * @memberof continuum.raft.v1
                 * @interface ISnapshot
                 * @augments continuum.raft.v1.Snapshot.$Properties
                 * @deprecated Use continuum.raft.v1.Snapshot.$Properties instead.
                 */

                /**
                 * Shape of a Snapshot.
                 * @typedef {continuum.raft.v1.Snapshot.$Properties} continuum.raft.v1.Snapshot.$Shape
                 */

                /**
                 * Constructs a new Snapshot.
                 * @memberof continuum.raft.v1
                 * @classdesc Represents a Snapshot.
                 * @constructor
                 * @param {continuum.raft.v1.Snapshot.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Snapshot = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Snapshot metadata.
                 * @member {continuum.raft.v1.SnapshotMetadata.$Properties|null|undefined} metadata
                 * @memberof continuum.raft.v1.Snapshot
                 * @instance
                 */
                Snapshot.prototype.metadata = null;

                /**
                 * Snapshot data.
                 * @member {Uint8Array} data
                 * @memberof continuum.raft.v1.Snapshot
                 * @instance
                 */
                Snapshot.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new Snapshot instance using the specified properties.
                 * @function create
                 * @memberof continuum.raft.v1.Snapshot
                 * @static
                 * @param {continuum.raft.v1.Snapshot.$Properties=} [properties] Properties to set
                 * @returns {continuum.raft.v1.Snapshot} Snapshot instance
                 * @type {{
                 *   (properties: continuum.raft.v1.Snapshot.$Shape): continuum.raft.v1.Snapshot & continuum.raft.v1.Snapshot.$Shape;
                 *   (properties?: continuum.raft.v1.Snapshot.$Properties): continuum.raft.v1.Snapshot;
                 * }}
                 */
                Snapshot.create = function(properties) {
                    return new Snapshot(properties);
                };

                /**
                 * Encodes the specified Snapshot message. Does not implicitly {@link continuum.raft.v1.Snapshot.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.raft.v1.Snapshot
                 * @static
                 * @param {continuum.raft.v1.Snapshot.$Properties} m Snapshot message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Snapshot.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                        $root.continuum.raft.v1.SnapshotMetadata.encode(m.metadata, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Snapshot message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.raft.v1.Snapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.raft.v1.Snapshot & continuum.raft.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Snapshot.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.raft.v1.Snapshot();
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
                                if (u !== 2)
                                    break;
                                m.metadata = $root.continuum.raft.v1.SnapshotMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                                continue;
                            }
                        case 2: {
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
                 * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.raft.v1.Snapshot
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.raft.v1.Snapshot} Snapshot
                 */
                Snapshot.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.raft.v1.Snapshot)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.raft.v1.Snapshot: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.raft.v1.Snapshot();
                    if (d.metadata != null) {
                        if (!$util.isObject(d.metadata))
                            throw $TypeError(".continuum.raft.v1.Snapshot.metadata: object expected");
                        m.metadata = $root.continuum.raft.v1.SnapshotMetadata.fromObject(d.metadata, q + 1);
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
                 * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.raft.v1.Snapshot
                 * @static
                 * @param {continuum.raft.v1.Snapshot} m Snapshot
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Snapshot.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.metadata = null;
                        if (o.bytes === $String)
                            d.data = "";
                        else {
                            d.data = [];
                            if (o.bytes !== $Array)
                                d.data = $util.newBuffer(d.data);
                        }
                    }
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                        d.metadata = $root.continuum.raft.v1.SnapshotMetadata.toObject(m.metadata, o, q + 1);
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                    }
                    return d;
                };

                /**
                 * Converts this Snapshot to JSON.
                 * @function toJSON
                 * @memberof continuum.raft.v1.Snapshot
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Snapshot.prototype.toJSON = function() {
                    return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Snapshot
                 * @function getTypeUrl
                 * @memberof continuum.raft.v1.Snapshot
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Snapshot.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.raft.v1.Snapshot";
                };

                return Snapshot;
            })();

            /**
             * ConfChangeType enum.
             * @name continuum.raft.v1.ConfChangeType
             * @enum {number}
             * @property {number} CONF_CHANGE_ADD_NODE=0 CONF_CHANGE_ADD_NODE value
             * @property {number} CONF_CHANGE_ADD_LEARNER=1 CONF_CHANGE_ADD_LEARNER value
             * @property {number} CONF_CHANGE_REMOVE_NODE=2 CONF_CHANGE_REMOVE_NODE value
             */
            v1.ConfChangeType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CONF_CHANGE_ADD_NODE"] = 0;
                values[valuesById[1] = "CONF_CHANGE_ADD_LEARNER"] = 1;
                values[valuesById[2] = "CONF_CHANGE_REMOVE_NODE"] = 2;
                return values;
            })();

            v1.ConfChange = (function() {

                /**
                 * Properties of a ConfChange.
                 * @typedef {Object} continuum.raft.v1.ConfChange.$Properties
                 * @property {continuum.raft.v1.ConfChangeType|null} [type] ConfChange type
                 * @property {string|null} [nodeId] ConfChange nodeId
                 * @property {Uint8Array|null} [context] ConfChange context
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfChange.
                 * @memberof continuum.raft.v1
                 * @interface IConfChange
                 * @augments continuum.raft.v1.ConfChange.$Properties
                 * @deprecated Use continuum.raft.v1.ConfChange.$Properties instead.
                 */

                /**
                 * Shape of a ConfChange.
                 * @typedef {continuum.raft.v1.ConfChange.$Properties} continuum.raft.v1.ConfChange.$Shape
                 */

                /**
                 * Constructs a new ConfChange.
                 * @memberof continuum.raft.v1
                 * @classdesc Represents a ConfChange.
                 * @constructor
                 * @param {continuum.raft.v1.ConfChange.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfChange = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ConfChange type.
                 * @member {continuum.raft.v1.ConfChangeType} type
                 * @memberof continuum.raft.v1.ConfChange
                 * @instance
                 */
                ConfChange.prototype.type = 0;

                /**
                 * ConfChange nodeId.
                 * @member {string} nodeId
                 * @memberof continuum.raft.v1.ConfChange
                 * @instance
                 */
                ConfChange.prototype.nodeId = "";

                /**
                 * ConfChange context.
                 * @member {Uint8Array} context
                 * @memberof continuum.raft.v1.ConfChange
                 * @instance
                 */
                ConfChange.prototype.context = $util.newBuffer([]);

                /**
                 * Creates a new ConfChange instance using the specified properties.
                 * @function create
                 * @memberof continuum.raft.v1.ConfChange
                 * @static
                 * @param {continuum.raft.v1.ConfChange.$Properties=} [properties] Properties to set
                 * @returns {continuum.raft.v1.ConfChange} ConfChange instance
                 * @type {{
                 *   (properties: continuum.raft.v1.ConfChange.$Shape): continuum.raft.v1.ConfChange & continuum.raft.v1.ConfChange.$Shape;
                 *   (properties?: continuum.raft.v1.ConfChange.$Properties): continuum.raft.v1.ConfChange;
                 * }}
                 */
                ConfChange.create = function(properties) {
                    return new ConfChange(properties);
                };

                /**
                 * Encodes the specified ConfChange message. Does not implicitly {@link continuum.raft.v1.ConfChange.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.raft.v1.ConfChange
                 * @static
                 * @param {continuum.raft.v1.ConfChange.$Properties} m ConfChange message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfChange.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                    if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.nodeId);
                    if (m.context != null && $Object.hasOwnProperty.call(m, "context") && m.context.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.context);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ConfChange message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.raft.v1.ConfChange
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.raft.v1.ConfChange & continuum.raft.v1.ConfChange.$Shape} ConfChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfChange.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.raft.v1.ConfChange();
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
                                if (v = r.int32())
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.nodeId = v;
                                else
                                    delete m.nodeId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.context = v;
                                else
                                    delete m.context;
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
                 * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.raft.v1.ConfChange
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.raft.v1.ConfChange} ConfChange
                 */
                ConfChange.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.raft.v1.ConfChange)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.raft.v1.ConfChange: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.raft.v1.ConfChange();
                    if (d.type !== 0 && (typeof d.type !== "string" || $root.continuum.raft.v1.ConfChangeType[d.type] !== 0)) {
                        switch (d.type) {
                        case "CONF_CHANGE_ADD_NODE":
                        case 0:
                            m.type = 0;
                            break;
                        case "CONF_CHANGE_ADD_LEARNER":
                        case 1:
                            m.type = 1;
                            break;
                        case "CONF_CHANGE_REMOVE_NODE":
                        case 2:
                            m.type = 2;
                            break;
                        default:
                            if (typeof d.type === "number" && (d.type | 0) === d.type)
                                m.type = d.type;
                        }
                    }
                    if (d.nodeId != null) {
                        if (typeof d.nodeId !== "string" || d.nodeId.length) {
                            m.nodeId = $String(d.nodeId);
                        }
                    }
                    if (d.context != null) {
                        if (d.context.length) {
                            if (typeof d.context === "string")
                                $util.base64.decode(d.context, m.context = $util.newBuffer($util.base64.length(d.context)), 0);
                            else if (d.context.length >= 0)
                                m.context = d.context;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.raft.v1.ConfChange
                 * @static
                 * @param {continuum.raft.v1.ConfChange} m ConfChange
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConfChange.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.type = o.enums === $String ? "CONF_CHANGE_ADD_NODE" : 0;
                        d.nodeId = "";
                        if (o.bytes === $String)
                            d.context = "";
                        else {
                            d.context = [];
                            if (o.bytes !== $Array)
                                d.context = $util.newBuffer(d.context);
                        }
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = o.enums === $String ? $root.continuum.raft.v1.ConfChangeType[m.type] === $undefined ? m.type : $root.continuum.raft.v1.ConfChangeType[m.type] : m.type;
                    }
                    if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                        d.nodeId = m.nodeId;
                    }
                    if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                        d.context = o.bytes === $String ? $util.base64.encode(m.context, 0, m.context.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.context) : m.context;
                    }
                    return d;
                };

                /**
                 * Converts this ConfChange to JSON.
                 * @function toJSON
                 * @memberof continuum.raft.v1.ConfChange
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConfChange.prototype.toJSON = function() {
                    return ConfChange.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConfChange
                 * @function getTypeUrl
                 * @memberof continuum.raft.v1.ConfChange
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConfChange.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.raft.v1.ConfChange";
                };

                return ConfChange;
            })();

            /**
             * MessageType enum.
             * @name continuum.raft.v1.MessageType
             * @enum {number}
             * @property {number} MSG_HUP=0 MSG_HUP value
             * @property {number} MSG_BEAT=1 MSG_BEAT value
             * @property {number} MSG_PROP=2 MSG_PROP value
             * @property {number} MSG_APP=3 MSG_APP value
             * @property {number} MSG_APP_RESP=4 MSG_APP_RESP value
             * @property {number} MSG_VOTE=5 MSG_VOTE value
             * @property {number} MSG_VOTE_RESP=6 MSG_VOTE_RESP value
             * @property {number} MSG_SNAP=7 MSG_SNAP value
             * @property {number} MSG_HEARTBEAT=8 MSG_HEARTBEAT value
             * @property {number} MSG_HEARTBEAT_RESP=9 MSG_HEARTBEAT_RESP value
             * @property {number} MSG_UNREACHABLE=10 MSG_UNREACHABLE value
             * @property {number} MSG_SNAP_STATUS=11 MSG_SNAP_STATUS value
             * @property {number} MSG_CHECK_QUORUM=12 MSG_CHECK_QUORUM value
             * @property {number} MSG_TRANSFER_LEADER=13 MSG_TRANSFER_LEADER value
             * @property {number} MSG_TIMEOUT_NOW=14 MSG_TIMEOUT_NOW value
             * @property {number} MSG_READ_INDEX=15 MSG_READ_INDEX value
             * @property {number} MSG_READ_INDEX_RESP=16 MSG_READ_INDEX_RESP value
             * @property {number} MSG_PRE_VOTE=17 MSG_PRE_VOTE value
             * @property {number} MSG_PRE_VOTE_RESP=18 MSG_PRE_VOTE_RESP value
             */
            v1.MessageType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MSG_HUP"] = 0;
                values[valuesById[1] = "MSG_BEAT"] = 1;
                values[valuesById[2] = "MSG_PROP"] = 2;
                values[valuesById[3] = "MSG_APP"] = 3;
                values[valuesById[4] = "MSG_APP_RESP"] = 4;
                values[valuesById[5] = "MSG_VOTE"] = 5;
                values[valuesById[6] = "MSG_VOTE_RESP"] = 6;
                values[valuesById[7] = "MSG_SNAP"] = 7;
                values[valuesById[8] = "MSG_HEARTBEAT"] = 8;
                values[valuesById[9] = "MSG_HEARTBEAT_RESP"] = 9;
                values[valuesById[10] = "MSG_UNREACHABLE"] = 10;
                values[valuesById[11] = "MSG_SNAP_STATUS"] = 11;
                values[valuesById[12] = "MSG_CHECK_QUORUM"] = 12;
                values[valuesById[13] = "MSG_TRANSFER_LEADER"] = 13;
                values[valuesById[14] = "MSG_TIMEOUT_NOW"] = 14;
                values[valuesById[15] = "MSG_READ_INDEX"] = 15;
                values[valuesById[16] = "MSG_READ_INDEX_RESP"] = 16;
                values[valuesById[17] = "MSG_PRE_VOTE"] = 17;
                values[valuesById[18] = "MSG_PRE_VOTE_RESP"] = 18;
                return values;
            })();

            v1.Message = (function() {

                /**
                 * Properties of a Message.
                 * @typedef {Object} continuum.raft.v1.Message.$Properties
                 * @property {continuum.raft.v1.MessageType|null} [type] Message type
                 * @property {string|null} [to] Message to
                 * @property {string|null} [from] Message from
                 * @property {number|null} [term] Message term
                 * @property {number|null} [logTerm] Message logTerm
                 * @property {number|null} [index] Message index
                 * @property {Array.<continuum.raft.v1.Entry.$Properties>|null} [entries] Message entries
                 * @property {number|null} [commit] Message commit
                 * @property {continuum.raft.v1.Snapshot.$Properties|null} [snapshot] Message snapshot
                 * @property {boolean|null} [reject] Message reject
                 * @property {number|null} [rejectHint] Message rejectHint
                 * @property {Uint8Array|null} [context] Message context
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Message.
                 * @memberof continuum.raft.v1
                 * @interface IMessage
                 * @augments continuum.raft.v1.Message.$Properties
                 * @deprecated Use continuum.raft.v1.Message.$Properties instead.
                 */

                /**
                 * Shape of a Message.
                 * @typedef {continuum.raft.v1.Message.$Properties} continuum.raft.v1.Message.$Shape
                 */

                /**
                 * Constructs a new Message.
                 * @memberof continuum.raft.v1
                 * @classdesc Represents a Message.
                 * @constructor
                 * @param {continuum.raft.v1.Message.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Message = function (p) {
                    this.entries = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Message type.
                 * @member {continuum.raft.v1.MessageType} type
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.type = 0;

                /**
                 * Message to.
                 * @member {string} to
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.to = "";

                /**
                 * Message from.
                 * @member {string} from
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.from = "";

                /**
                 * Message term.
                 * @member {number} term
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message logTerm.
                 * @member {number} logTerm
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message index.
                 * @member {number} index
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message entries.
                 * @member {Array.<continuum.raft.v1.Entry.$Properties>} entries
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.entries = $util.emptyArray;

                /**
                 * Message commit.
                 * @member {number} commit
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message snapshot.
                 * @member {continuum.raft.v1.Snapshot.$Properties|null|undefined} snapshot
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.snapshot = null;

                /**
                 * Message reject.
                 * @member {boolean} reject
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.reject = false;

                /**
                 * Message rejectHint.
                 * @member {number} rejectHint
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message context.
                 * @member {Uint8Array} context
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 */
                Message.prototype.context = $util.newBuffer([]);

                /**
                 * Creates a new Message instance using the specified properties.
                 * @function create
                 * @memberof continuum.raft.v1.Message
                 * @static
                 * @param {continuum.raft.v1.Message.$Properties=} [properties] Properties to set
                 * @returns {continuum.raft.v1.Message} Message instance
                 * @type {{
                 *   (properties: continuum.raft.v1.Message.$Shape): continuum.raft.v1.Message & continuum.raft.v1.Message.$Shape;
                 *   (properties?: continuum.raft.v1.Message.$Properties): continuum.raft.v1.Message;
                 * }}
                 */
                Message.create = function(properties) {
                    return new Message(properties);
                };

                /**
                 * Encodes the specified Message message. Does not implicitly {@link continuum.raft.v1.Message.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.raft.v1.Message
                 * @static
                 * @param {continuum.raft.v1.Message.$Properties} m Message message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Message.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                    if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.to);
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.from);
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).uint64(m.term);
                    if (m.logTerm != null && $Object.hasOwnProperty.call(m, "logTerm") && (typeof m.logTerm === "object" ? m.logTerm.low || m.logTerm.high : m.logTerm !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).uint64(m.logTerm);
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                        w.uint32(/* id 6, wireType 0 =*/48).uint64(m.index);
                    if (m.entries != null && m.entries.length) {
                        for (var i = 0; i < m.entries.length; ++i)
                            $root.continuum.raft.v1.Entry.encode(m.entries[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    }
                    if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && (typeof m.commit === "object" ? m.commit.low || m.commit.high : m.commit !== 0))
                        w.uint32(/* id 8, wireType 0 =*/64).uint64(m.commit);
                    if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot"))
                        $root.continuum.raft.v1.Snapshot.encode(m.snapshot, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (m.reject != null && $Object.hasOwnProperty.call(m, "reject") && m.reject !== false)
                        w.uint32(/* id 10, wireType 0 =*/80).bool(m.reject);
                    if (m.rejectHint != null && $Object.hasOwnProperty.call(m, "rejectHint") && (typeof m.rejectHint === "object" ? m.rejectHint.low || m.rejectHint.high : m.rejectHint !== 0))
                        w.uint32(/* id 11, wireType 0 =*/88).uint64(m.rejectHint);
                    if (m.context != null && $Object.hasOwnProperty.call(m, "context") && m.context.length)
                        w.uint32(/* id 12, wireType 2 =*/98).bytes(m.context);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Message message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.raft.v1.Message
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.raft.v1.Message & continuum.raft.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Message.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.raft.v1.Message();
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
                                if (v = r.int32())
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.to = v;
                                else
                                    delete m.to;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.from = v;
                                else
                                    delete m.from;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.term = v;
                                else
                                    delete m.term;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.logTerm = v;
                                else
                                    delete m.logTerm;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.index = v;
                                else
                                    delete m.index;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if (!(m.entries && m.entries.length))
                                    m.entries = [];
                                m.entries.push($root.continuum.raft.v1.Entry.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.commit = v;
                                else
                                    delete m.commit;
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                m.snapshot = $root.continuum.raft.v1.Snapshot.decode(r, r.size(), $undefined, q + 1, m.snapshot);
                                continue;
                            }
                        case 10: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.reject = v;
                                else
                                    delete m.reject;
                                continue;
                            }
                        case 11: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.rejectHint = v;
                                else
                                    delete m.rejectHint;
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.context = v;
                                else
                                    delete m.context;
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
                 * Creates a Message message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.raft.v1.Message
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.raft.v1.Message} Message
                 */
                Message.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.raft.v1.Message)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.raft.v1.Message: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.raft.v1.Message();
                    if (d.type !== 0 && (typeof d.type !== "string" || $root.continuum.raft.v1.MessageType[d.type] !== 0)) {
                        switch (d.type) {
                        case "MSG_HUP":
                        case 0:
                            m.type = 0;
                            break;
                        case "MSG_BEAT":
                        case 1:
                            m.type = 1;
                            break;
                        case "MSG_PROP":
                        case 2:
                            m.type = 2;
                            break;
                        case "MSG_APP":
                        case 3:
                            m.type = 3;
                            break;
                        case "MSG_APP_RESP":
                        case 4:
                            m.type = 4;
                            break;
                        case "MSG_VOTE":
                        case 5:
                            m.type = 5;
                            break;
                        case "MSG_VOTE_RESP":
                        case 6:
                            m.type = 6;
                            break;
                        case "MSG_SNAP":
                        case 7:
                            m.type = 7;
                            break;
                        case "MSG_HEARTBEAT":
                        case 8:
                            m.type = 8;
                            break;
                        case "MSG_HEARTBEAT_RESP":
                        case 9:
                            m.type = 9;
                            break;
                        case "MSG_UNREACHABLE":
                        case 10:
                            m.type = 10;
                            break;
                        case "MSG_SNAP_STATUS":
                        case 11:
                            m.type = 11;
                            break;
                        case "MSG_CHECK_QUORUM":
                        case 12:
                            m.type = 12;
                            break;
                        case "MSG_TRANSFER_LEADER":
                        case 13:
                            m.type = 13;
                            break;
                        case "MSG_TIMEOUT_NOW":
                        case 14:
                            m.type = 14;
                            break;
                        case "MSG_READ_INDEX":
                        case 15:
                            m.type = 15;
                            break;
                        case "MSG_READ_INDEX_RESP":
                        case 16:
                            m.type = 16;
                            break;
                        case "MSG_PRE_VOTE":
                        case 17:
                            m.type = 17;
                            break;
                        case "MSG_PRE_VOTE_RESP":
                        case 18:
                            m.type = 18;
                            break;
                        default:
                            if (typeof d.type === "number" && (d.type | 0) === d.type)
                                m.type = d.type;
                        }
                    }
                    if (d.to != null) {
                        if (typeof d.to !== "string" || d.to.length) {
                            m.to = $String(d.to);
                        }
                    }
                    if (d.from != null) {
                        if (typeof d.from !== "string" || d.from.length) {
                            m.from = $String(d.from);
                        }
                    }
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
                    if (d.logTerm != null) {
                        if (typeof d.logTerm === "object" ? d.logTerm.low || d.logTerm.high : $Number(d.logTerm) !== 0) {
                            if ($util.Long)
                                m.logTerm = $util.Long.fromValue(d.logTerm, true);
                            else if (typeof d.logTerm === "string")
                                m.logTerm = $parseInt(d.logTerm, 10);
                            else if (typeof d.logTerm === "number")
                                m.logTerm = d.logTerm;
                            else if (typeof d.logTerm === "object")
                                m.logTerm = new $util.LongBits(d.logTerm.low >>> 0, d.logTerm.high >>> 0).toNumber(true);
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
                    if (d.entries) {
                        if (!$Array.isArray(d.entries))
                            throw $TypeError(".continuum.raft.v1.Message.entries: array expected");
                        m.entries = $Array(d.entries.length);
                        for (var i = 0; i < d.entries.length; ++i) {
                            if (!$util.isObject(d.entries[i]))
                                throw $TypeError(".continuum.raft.v1.Message.entries: object expected");
                            m.entries[i] = $root.continuum.raft.v1.Entry.fromObject(d.entries[i], q + 1);
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
                    if (d.snapshot != null) {
                        if (!$util.isObject(d.snapshot))
                            throw $TypeError(".continuum.raft.v1.Message.snapshot: object expected");
                        m.snapshot = $root.continuum.raft.v1.Snapshot.fromObject(d.snapshot, q + 1);
                    }
                    if (d.reject != null) {
                        if (d.reject) {
                            m.reject = $Boolean(d.reject);
                        }
                    }
                    if (d.rejectHint != null) {
                        if (typeof d.rejectHint === "object" ? d.rejectHint.low || d.rejectHint.high : $Number(d.rejectHint) !== 0) {
                            if ($util.Long)
                                m.rejectHint = $util.Long.fromValue(d.rejectHint, true);
                            else if (typeof d.rejectHint === "string")
                                m.rejectHint = $parseInt(d.rejectHint, 10);
                            else if (typeof d.rejectHint === "number")
                                m.rejectHint = d.rejectHint;
                            else if (typeof d.rejectHint === "object")
                                m.rejectHint = new $util.LongBits(d.rejectHint.low >>> 0, d.rejectHint.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.context != null) {
                        if (d.context.length) {
                            if (typeof d.context === "string")
                                $util.base64.decode(d.context, m.context = $util.newBuffer($util.base64.length(d.context)), 0);
                            else if (d.context.length >= 0)
                                m.context = d.context;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Message message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.raft.v1.Message
                 * @static
                 * @param {continuum.raft.v1.Message} m Message
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Message.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.entries = [];
                    }
                    if (o.defaults) {
                        d.type = o.enums === $String ? "MSG_HUP" : 0;
                        d.to = "";
                        d.from = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.logTerm = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.logTerm = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.commit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.commit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.snapshot = null;
                        d.reject = false;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.rejectHint = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.rejectHint = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.context = "";
                        else {
                            d.context = [];
                            if (o.bytes !== $Array)
                                d.context = $util.newBuffer(d.context);
                        }
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = o.enums === $String ? $root.continuum.raft.v1.MessageType[m.type] === $undefined ? m.type : $root.continuum.raft.v1.MessageType[m.type] : m.type;
                    }
                    if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                        d.to = m.to;
                    }
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                        d.from = m.from;
                    }
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                        else if (typeof m.term === "number")
                            d.term = o.longs === $String ? $String(m.term) : m.term;
                        else
                            d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                    }
                    if (m.logTerm != null && $Object.hasOwnProperty.call(m, "logTerm")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.logTerm = typeof m.logTerm === "number" ? $BigInt(m.logTerm) : $util.Long.fromBits(m.logTerm.low >>> 0, m.logTerm.high >>> 0, true).toBigInt();
                        else if (typeof m.logTerm === "number")
                            d.logTerm = o.longs === $String ? $String(m.logTerm) : m.logTerm;
                        else
                            d.logTerm = o.longs === $String ? $util.Long.prototype.toString.call(m.logTerm) : o.longs === $Number ? new $util.LongBits(m.logTerm.low >>> 0, m.logTerm.high >>> 0).toNumber(true) : m.logTerm;
                    }
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                        else if (typeof m.index === "number")
                            d.index = o.longs === $String ? $String(m.index) : m.index;
                        else
                            d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                    }
                    if (m.entries && m.entries.length) {
                        d.entries = $Array(m.entries.length);
                        for (var j = 0; j < m.entries.length; ++j) {
                            d.entries[j] = $root.continuum.raft.v1.Entry.toObject(m.entries[j], o, q + 1);
                        }
                    }
                    if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.commit = typeof m.commit === "number" ? $BigInt(m.commit) : $util.Long.fromBits(m.commit.low >>> 0, m.commit.high >>> 0, true).toBigInt();
                        else if (typeof m.commit === "number")
                            d.commit = o.longs === $String ? $String(m.commit) : m.commit;
                        else
                            d.commit = o.longs === $String ? $util.Long.prototype.toString.call(m.commit) : o.longs === $Number ? new $util.LongBits(m.commit.low >>> 0, m.commit.high >>> 0).toNumber(true) : m.commit;
                    }
                    if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                        d.snapshot = $root.continuum.raft.v1.Snapshot.toObject(m.snapshot, o, q + 1);
                    }
                    if (m.reject != null && $Object.hasOwnProperty.call(m, "reject")) {
                        d.reject = m.reject;
                    }
                    if (m.rejectHint != null && $Object.hasOwnProperty.call(m, "rejectHint")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.rejectHint = typeof m.rejectHint === "number" ? $BigInt(m.rejectHint) : $util.Long.fromBits(m.rejectHint.low >>> 0, m.rejectHint.high >>> 0, true).toBigInt();
                        else if (typeof m.rejectHint === "number")
                            d.rejectHint = o.longs === $String ? $String(m.rejectHint) : m.rejectHint;
                        else
                            d.rejectHint = o.longs === $String ? $util.Long.prototype.toString.call(m.rejectHint) : o.longs === $Number ? new $util.LongBits(m.rejectHint.low >>> 0, m.rejectHint.high >>> 0).toNumber(true) : m.rejectHint;
                    }
                    if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                        d.context = o.bytes === $String ? $util.base64.encode(m.context, 0, m.context.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.context) : m.context;
                    }
                    return d;
                };

                /**
                 * Converts this Message to JSON.
                 * @function toJSON
                 * @memberof continuum.raft.v1.Message
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Message
                 * @function getTypeUrl
                 * @memberof continuum.raft.v1.Message
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.raft.v1.Message";
                };

                return Message;
            })();

            v1.MessageBatch = (function() {

                /**
                 * Properties of a MessageBatch.
                 * @typedef {Object} continuum.raft.v1.MessageBatch.$Properties
                 * @property {Array.<continuum.raft.v1.Message.$Properties>|null} [messages] MessageBatch messages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MessageBatch.
                 * @memberof continuum.raft.v1
                 * @interface IMessageBatch
                 * @augments continuum.raft.v1.MessageBatch.$Properties
                 * @deprecated Use continuum.raft.v1.MessageBatch.$Properties instead.
                 */

                /**
                 * Shape of a MessageBatch.
                 * @typedef {continuum.raft.v1.MessageBatch.$Properties} continuum.raft.v1.MessageBatch.$Shape
                 */

                /**
                 * Constructs a new MessageBatch.
                 * @memberof continuum.raft.v1
                 * @classdesc Represents a MessageBatch.
                 * @constructor
                 * @param {continuum.raft.v1.MessageBatch.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MessageBatch = function (p) {
                    this.messages = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * MessageBatch messages.
                 * @member {Array.<continuum.raft.v1.Message.$Properties>} messages
                 * @memberof continuum.raft.v1.MessageBatch
                 * @instance
                 */
                MessageBatch.prototype.messages = $util.emptyArray;

                /**
                 * Creates a new MessageBatch instance using the specified properties.
                 * @function create
                 * @memberof continuum.raft.v1.MessageBatch
                 * @static
                 * @param {continuum.raft.v1.MessageBatch.$Properties=} [properties] Properties to set
                 * @returns {continuum.raft.v1.MessageBatch} MessageBatch instance
                 * @type {{
                 *   (properties: continuum.raft.v1.MessageBatch.$Shape): continuum.raft.v1.MessageBatch & continuum.raft.v1.MessageBatch.$Shape;
                 *   (properties?: continuum.raft.v1.MessageBatch.$Properties): continuum.raft.v1.MessageBatch;
                 * }}
                 */
                MessageBatch.create = function(properties) {
                    return new MessageBatch(properties);
                };

                /**
                 * Encodes the specified MessageBatch message. Does not implicitly {@link continuum.raft.v1.MessageBatch.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.raft.v1.MessageBatch
                 * @static
                 * @param {continuum.raft.v1.MessageBatch.$Properties} m MessageBatch message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MessageBatch.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.messages != null && m.messages.length) {
                        for (var i = 0; i < m.messages.length; ++i)
                            $root.continuum.raft.v1.Message.encode(m.messages[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a MessageBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.raft.v1.MessageBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.raft.v1.MessageBatch & continuum.raft.v1.MessageBatch.$Shape} MessageBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MessageBatch.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.continuum.raft.v1.MessageBatch();
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
                                if (u !== 2)
                                    break;
                                if (!(m.messages && m.messages.length))
                                    m.messages = [];
                                m.messages.push($root.continuum.raft.v1.Message.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a MessageBatch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.raft.v1.MessageBatch
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.raft.v1.MessageBatch} MessageBatch
                 */
                MessageBatch.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.raft.v1.MessageBatch)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.raft.v1.MessageBatch: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.raft.v1.MessageBatch();
                    if (d.messages) {
                        if (!$Array.isArray(d.messages))
                            throw $TypeError(".continuum.raft.v1.MessageBatch.messages: array expected");
                        m.messages = $Array(d.messages.length);
                        for (var i = 0; i < d.messages.length; ++i) {
                            if (!$util.isObject(d.messages[i]))
                                throw $TypeError(".continuum.raft.v1.MessageBatch.messages: object expected");
                            m.messages[i] = $root.continuum.raft.v1.Message.fromObject(d.messages[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MessageBatch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.raft.v1.MessageBatch
                 * @static
                 * @param {continuum.raft.v1.MessageBatch} m MessageBatch
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MessageBatch.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.messages = [];
                    }
                    if (m.messages && m.messages.length) {
                        d.messages = $Array(m.messages.length);
                        for (var j = 0; j < m.messages.length; ++j) {
                            d.messages[j] = $root.continuum.raft.v1.Message.toObject(m.messages[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this MessageBatch to JSON.
                 * @function toJSON
                 * @memberof continuum.raft.v1.MessageBatch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MessageBatch.prototype.toJSON = function() {
                    return MessageBatch.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MessageBatch
                 * @function getTypeUrl
                 * @memberof continuum.raft.v1.MessageBatch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MessageBatch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.raft.v1.MessageBatch";
                };

                return MessageBatch;
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
