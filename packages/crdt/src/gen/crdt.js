/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["continuum_crdt"] || ($protobuf.roots["continuum_crdt"] = {});

export const continuum = $root.continuum = (() => {

    /**
     * Namespace continuum.
     * @exports continuum
     * @namespace
     */
    const continuum = {};

    continuum.crdt = (function() {

        /**
         * Namespace crdt.
         * @memberof continuum
         * @namespace
         */
        const crdt = {};

        crdt.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof continuum.crdt
             * @namespace
             */
            const v1 = {};

            v1.ClockEntry = (function() {

                /**
                 * Properties of a ClockEntry.
                 * @typedef {Object} continuum.crdt.v1.ClockEntry.$Properties
                 * @property {string|null} [node] ClockEntry node
                 * @property {number|null} [counter] ClockEntry counter
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ClockEntry.
                 * @memberof continuum.crdt.v1
                 * @interface IClockEntry
                 * @augments continuum.crdt.v1.ClockEntry.$Properties
                 * @deprecated Use continuum.crdt.v1.ClockEntry.$Properties instead.
                 */

                /**
                 * Shape of a ClockEntry.
                 * @typedef {continuum.crdt.v1.ClockEntry.$Properties} continuum.crdt.v1.ClockEntry.$Shape
                 */

                /**
                 * Constructs a new ClockEntry.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a ClockEntry.
                 * @constructor
                 * @param {continuum.crdt.v1.ClockEntry.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ClockEntry = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ClockEntry node.
                 * @member {string} node
                 * @memberof continuum.crdt.v1.ClockEntry
                 * @instance
                 */
                ClockEntry.prototype.node = "";

                /**
                 * ClockEntry counter.
                 * @member {number} counter
                 * @memberof continuum.crdt.v1.ClockEntry
                 * @instance
                 */
                ClockEntry.prototype.counter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ClockEntry instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.ClockEntry
                 * @static
                 * @param {continuum.crdt.v1.ClockEntry.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.ClockEntry} ClockEntry instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.ClockEntry.$Shape): continuum.crdt.v1.ClockEntry & continuum.crdt.v1.ClockEntry.$Shape;
                 *   (properties?: continuum.crdt.v1.ClockEntry.$Properties): continuum.crdt.v1.ClockEntry;
                 * }}
                 */
                ClockEntry.create = function(properties) {
                    return new ClockEntry(properties);
                };

                /**
                 * Encodes the specified ClockEntry message. Does not implicitly {@link continuum.crdt.v1.ClockEntry.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.ClockEntry
                 * @static
                 * @param {continuum.crdt.v1.ClockEntry.$Properties} m ClockEntry message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ClockEntry.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                    if (m.counter != null && $Object.hasOwnProperty.call(m, "counter") && (typeof m.counter === "object" ? m.counter.low || m.counter.high : m.counter !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.counter);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ClockEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.ClockEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.ClockEntry & continuum.crdt.v1.ClockEntry.$Shape} ClockEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ClockEntry.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.ClockEntry();
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
                                if ((v = r.stringVerify()).length)
                                    m.node = v;
                                else
                                    delete m.node;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.counter = v;
                                else
                                    delete m.counter;
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
                 * Creates a ClockEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.ClockEntry
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.ClockEntry} ClockEntry
                 */
                ClockEntry.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.ClockEntry)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.ClockEntry: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.ClockEntry();
                    if (d.node != null) {
                        if (typeof d.node !== "string" || d.node.length) {
                            m.node = $String(d.node);
                        }
                    }
                    if (d.counter != null) {
                        if (typeof d.counter === "object" ? d.counter.low || d.counter.high : $Number(d.counter) !== 0) {
                            if ($util.Long)
                                m.counter = $util.Long.fromValue(d.counter, true);
                            else if (typeof d.counter === "string")
                                m.counter = $parseInt(d.counter, 10);
                            else if (typeof d.counter === "number")
                                m.counter = d.counter;
                            else if (typeof d.counter === "object")
                                m.counter = new $util.LongBits(d.counter.low >>> 0, d.counter.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ClockEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.ClockEntry
                 * @static
                 * @param {continuum.crdt.v1.ClockEntry} m ClockEntry
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ClockEntry.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.node = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.counter = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.counter = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                        d.node = m.node;
                    }
                    if (m.counter != null && $Object.hasOwnProperty.call(m, "counter")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.counter = typeof m.counter === "number" ? $BigInt(m.counter) : $util.Long.fromBits(m.counter.low >>> 0, m.counter.high >>> 0, true).toBigInt();
                        else if (typeof m.counter === "number")
                            d.counter = o.longs === $String ? $String(m.counter) : m.counter;
                        else
                            d.counter = o.longs === $String ? $util.Long.prototype.toString.call(m.counter) : o.longs === $Number ? new $util.LongBits(m.counter.low >>> 0, m.counter.high >>> 0).toNumber(true) : m.counter;
                    }
                    return d;
                };

                /**
                 * Converts this ClockEntry to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.ClockEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ClockEntry.prototype.toJSON = function() {
                    return ClockEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ClockEntry
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.ClockEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ClockEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.ClockEntry";
                };

                return ClockEntry;
            })();

            v1.VectorClock = (function() {

                /**
                 * Properties of a VectorClock.
                 * @typedef {Object} continuum.crdt.v1.VectorClock.$Properties
                 * @property {Array.<continuum.crdt.v1.ClockEntry.$Properties>|null} [entries] VectorClock entries
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VectorClock.
                 * @memberof continuum.crdt.v1
                 * @interface IVectorClock
                 * @augments continuum.crdt.v1.VectorClock.$Properties
                 * @deprecated Use continuum.crdt.v1.VectorClock.$Properties instead.
                 */

                /**
                 * Shape of a VectorClock.
                 * @typedef {continuum.crdt.v1.VectorClock.$Properties} continuum.crdt.v1.VectorClock.$Shape
                 */

                /**
                 * Constructs a new VectorClock.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a VectorClock.
                 * @constructor
                 * @param {continuum.crdt.v1.VectorClock.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const VectorClock = function (p) {
                    this.entries = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * VectorClock entries.
                 * @member {Array.<continuum.crdt.v1.ClockEntry.$Properties>} entries
                 * @memberof continuum.crdt.v1.VectorClock
                 * @instance
                 */
                VectorClock.prototype.entries = $util.emptyArray;

                /**
                 * Creates a new VectorClock instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.VectorClock
                 * @static
                 * @param {continuum.crdt.v1.VectorClock.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.VectorClock} VectorClock instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.VectorClock.$Shape): continuum.crdt.v1.VectorClock & continuum.crdt.v1.VectorClock.$Shape;
                 *   (properties?: continuum.crdt.v1.VectorClock.$Properties): continuum.crdt.v1.VectorClock;
                 * }}
                 */
                VectorClock.create = function(properties) {
                    return new VectorClock(properties);
                };

                /**
                 * Encodes the specified VectorClock message. Does not implicitly {@link continuum.crdt.v1.VectorClock.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.VectorClock
                 * @static
                 * @param {continuum.crdt.v1.VectorClock.$Properties} m VectorClock message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VectorClock.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entries != null && m.entries.length) {
                        for (var i = 0; i < m.entries.length; ++i)
                            $root.continuum.crdt.v1.ClockEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a VectorClock message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.VectorClock
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.VectorClock & continuum.crdt.v1.VectorClock.$Shape} VectorClock
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VectorClock.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.VectorClock();
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
                                if (!(m.entries && m.entries.length))
                                    m.entries = [];
                                m.entries.push($root.continuum.crdt.v1.ClockEntry.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a VectorClock message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.VectorClock
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.VectorClock} VectorClock
                 */
                VectorClock.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.VectorClock)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.VectorClock: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.VectorClock();
                    if (d.entries) {
                        if (!$Array.isArray(d.entries))
                            throw $TypeError(".continuum.crdt.v1.VectorClock.entries: array expected");
                        m.entries = $Array(d.entries.length);
                        for (var i = 0; i < d.entries.length; ++i) {
                            if (!$util.isObject(d.entries[i]))
                                throw $TypeError(".continuum.crdt.v1.VectorClock.entries: object expected");
                            m.entries[i] = $root.continuum.crdt.v1.ClockEntry.fromObject(d.entries[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a VectorClock message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.VectorClock
                 * @static
                 * @param {continuum.crdt.v1.VectorClock} m VectorClock
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                VectorClock.toObject = function (m, o, q) {
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
                    if (m.entries && m.entries.length) {
                        d.entries = $Array(m.entries.length);
                        for (var j = 0; j < m.entries.length; ++j) {
                            d.entries[j] = $root.continuum.crdt.v1.ClockEntry.toObject(m.entries[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this VectorClock to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.VectorClock
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                VectorClock.prototype.toJSON = function() {
                    return VectorClock.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for VectorClock
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.VectorClock
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                VectorClock.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.VectorClock";
                };

                return VectorClock;
            })();

            return v1;
        })();

        return crdt;
    })();

    return continuum;
})();

export {
  $root as default
};
