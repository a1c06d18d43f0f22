/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

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

            v1.ContextEntry = (function() {

                /**
                 * Properties of a ContextEntry.
                 * @typedef {Object} continuum.crdt.v1.ContextEntry.$Properties
                 * @property {string|null} [node] ContextEntry node
                 * @property {Array.<number>|null} [ranges] ContextEntry ranges
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ContextEntry.
                 * @memberof continuum.crdt.v1
                 * @interface IContextEntry
                 * @augments continuum.crdt.v1.ContextEntry.$Properties
                 * @deprecated Use continuum.crdt.v1.ContextEntry.$Properties instead.
                 */

                /**
                 * Shape of a ContextEntry.
                 * @typedef {continuum.crdt.v1.ContextEntry.$Properties} continuum.crdt.v1.ContextEntry.$Shape
                 */

                /**
                 * Constructs a new ContextEntry.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a ContextEntry.
                 * @constructor
                 * @param {continuum.crdt.v1.ContextEntry.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ContextEntry = function (p) {
                    this.ranges = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ContextEntry node.
                 * @member {string} node
                 * @memberof continuum.crdt.v1.ContextEntry
                 * @instance
                 */
                ContextEntry.prototype.node = "";

                /**
                 * ContextEntry ranges.
                 * @member {Array.<number>} ranges
                 * @memberof continuum.crdt.v1.ContextEntry
                 * @instance
                 */
                ContextEntry.prototype.ranges = $util.emptyArray;

                /**
                 * Creates a new ContextEntry instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.ContextEntry
                 * @static
                 * @param {continuum.crdt.v1.ContextEntry.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.ContextEntry} ContextEntry instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.ContextEntry.$Shape): continuum.crdt.v1.ContextEntry & continuum.crdt.v1.ContextEntry.$Shape;
                 *   (properties?: continuum.crdt.v1.ContextEntry.$Properties): continuum.crdt.v1.ContextEntry;
                 * }}
                 */
                ContextEntry.create = function(properties) {
                    return new ContextEntry(properties);
                };

                /**
                 * Encodes the specified ContextEntry message. Does not implicitly {@link continuum.crdt.v1.ContextEntry.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.ContextEntry
                 * @static
                 * @param {continuum.crdt.v1.ContextEntry.$Properties} m ContextEntry message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContextEntry.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                    if (m.ranges != null && m.ranges.length) {
                        w.uint32(/* id 2, wireType 2 =*/18).uint64s(m.ranges);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ContextEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.ContextEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.ContextEntry & continuum.crdt.v1.ContextEntry.$Shape} ContextEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContextEntry.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.ContextEntry();
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
                                if (u === 2) {
                                    if (!(m.ranges && m.ranges.length))
                                        m.ranges = [];
                                    r.uint64s(m.ranges);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.ranges && m.ranges.length))
                                    m.ranges = [];
                                m.ranges.push(r.uint64());
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
                 * Creates a ContextEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.ContextEntry
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.ContextEntry} ContextEntry
                 */
                ContextEntry.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.ContextEntry)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.ContextEntry: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.ContextEntry();
                    if (d.node != null) {
                        if (typeof d.node !== "string" || d.node.length) {
                            m.node = $String(d.node);
                        }
                    }
                    if (d.ranges) {
                        if (!$Array.isArray(d.ranges))
                            throw $TypeError(".continuum.crdt.v1.ContextEntry.ranges: array expected");
                        m.ranges = $Array(d.ranges.length);
                        for (var i = 0; i < d.ranges.length; ++i) {
                            if ($util.Long)
                                m.ranges[i] = $util.Long.fromValue(d.ranges[i], true);
                            else if (typeof d.ranges[i] === "string")
                                m.ranges[i] = $parseInt(d.ranges[i], 10);
                            else if (typeof d.ranges[i] === "number")
                                m.ranges[i] = d.ranges[i];
                            else if (typeof d.ranges[i] === "object")
                                m.ranges[i] = new $util.LongBits(d.ranges[i].low >>> 0, d.ranges[i].high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ContextEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.ContextEntry
                 * @static
                 * @param {continuum.crdt.v1.ContextEntry} m ContextEntry
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ContextEntry.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.ranges = [];
                    }
                    if (o.defaults) {
                        d.node = "";
                    }
                    if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                        d.node = m.node;
                    }
                    if (m.ranges && m.ranges.length) {
                        d.ranges = $Array(m.ranges.length);
                        for (var j = 0; j < m.ranges.length; ++j) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.ranges[j] = typeof m.ranges[j] === "number" ? $BigInt(m.ranges[j]) : $util.Long.fromBits(m.ranges[j].low >>> 0, m.ranges[j].high >>> 0, true).toBigInt();
                            else if (typeof m.ranges[j] === "number")
                                d.ranges[j] = o.longs === $String ? $String(m.ranges[j]) : m.ranges[j];
                            else
                                d.ranges[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.ranges[j]) : o.longs === $Number ? new $util.LongBits(m.ranges[j].low >>> 0, m.ranges[j].high >>> 0).toNumber(true) : m.ranges[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ContextEntry to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.ContextEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ContextEntry.prototype.toJSON = function() {
                    return ContextEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ContextEntry
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.ContextEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ContextEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.ContextEntry";
                };

                return ContextEntry;
            })();

            v1.CausalContext = (function() {

                /**
                 * Properties of a CausalContext.
                 * @typedef {Object} continuum.crdt.v1.CausalContext.$Properties
                 * @property {Array.<continuum.crdt.v1.ContextEntry.$Properties>|null} [entries] CausalContext entries
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CausalContext.
                 * @memberof continuum.crdt.v1
                 * @interface ICausalContext
                 * @augments continuum.crdt.v1.CausalContext.$Properties
                 * @deprecated Use continuum.crdt.v1.CausalContext.$Properties instead.
                 */

                /**
                 * Shape of a CausalContext.
                 * @typedef {continuum.crdt.v1.CausalContext.$Properties} continuum.crdt.v1.CausalContext.$Shape
                 */

                /**
                 * Constructs a new CausalContext.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a CausalContext.
                 * @constructor
                 * @param {continuum.crdt.v1.CausalContext.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CausalContext = function (p) {
                    this.entries = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CausalContext entries.
                 * @member {Array.<continuum.crdt.v1.ContextEntry.$Properties>} entries
                 * @memberof continuum.crdt.v1.CausalContext
                 * @instance
                 */
                CausalContext.prototype.entries = $util.emptyArray;

                /**
                 * Creates a new CausalContext instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.CausalContext
                 * @static
                 * @param {continuum.crdt.v1.CausalContext.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.CausalContext} CausalContext instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.CausalContext.$Shape): continuum.crdt.v1.CausalContext & continuum.crdt.v1.CausalContext.$Shape;
                 *   (properties?: continuum.crdt.v1.CausalContext.$Properties): continuum.crdt.v1.CausalContext;
                 * }}
                 */
                CausalContext.create = function(properties) {
                    return new CausalContext(properties);
                };

                /**
                 * Encodes the specified CausalContext message. Does not implicitly {@link continuum.crdt.v1.CausalContext.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.CausalContext
                 * @static
                 * @param {continuum.crdt.v1.CausalContext.$Properties} m CausalContext message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CausalContext.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entries != null && m.entries.length) {
                        for (var i = 0; i < m.entries.length; ++i)
                            $root.continuum.crdt.v1.ContextEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a CausalContext message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.CausalContext
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.CausalContext & continuum.crdt.v1.CausalContext.$Shape} CausalContext
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CausalContext.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.CausalContext();
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
                                m.entries.push($root.continuum.crdt.v1.ContextEntry.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a CausalContext message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.CausalContext
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.CausalContext} CausalContext
                 */
                CausalContext.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.CausalContext)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.CausalContext: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.CausalContext();
                    if (d.entries) {
                        if (!$Array.isArray(d.entries))
                            throw $TypeError(".continuum.crdt.v1.CausalContext.entries: array expected");
                        m.entries = $Array(d.entries.length);
                        for (var i = 0; i < d.entries.length; ++i) {
                            if (!$util.isObject(d.entries[i]))
                                throw $TypeError(".continuum.crdt.v1.CausalContext.entries: object expected");
                            m.entries[i] = $root.continuum.crdt.v1.ContextEntry.fromObject(d.entries[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CausalContext message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.CausalContext
                 * @static
                 * @param {continuum.crdt.v1.CausalContext} m CausalContext
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CausalContext.toObject = function (m, o, q) {
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
                            d.entries[j] = $root.continuum.crdt.v1.ContextEntry.toObject(m.entries[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this CausalContext to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.CausalContext
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CausalContext.prototype.toJSON = function() {
                    return CausalContext.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CausalContext
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.CausalContext
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CausalContext.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.CausalContext";
                };

                return CausalContext;
            })();

            v1.Timestamp = (function() {

                /**
                 * Properties of a Timestamp.
                 * @typedef {Object} continuum.crdt.v1.Timestamp.$Properties
                 * @property {number|null} [wallMs] Timestamp wallMs
                 * @property {number|null} [logical] Timestamp logical
                 * @property {number|null} [node] Timestamp node
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Timestamp.
                 * @memberof continuum.crdt.v1
                 * @interface ITimestamp
                 * @augments continuum.crdt.v1.Timestamp.$Properties
                 * @deprecated Use continuum.crdt.v1.Timestamp.$Properties instead.
                 */

                /**
                 * Shape of a Timestamp.
                 * @typedef {continuum.crdt.v1.Timestamp.$Properties} continuum.crdt.v1.Timestamp.$Shape
                 */

                /**
                 * Constructs a new Timestamp.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a Timestamp.
                 * @constructor
                 * @param {continuum.crdt.v1.Timestamp.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Timestamp = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Timestamp wallMs.
                 * @member {number} wallMs
                 * @memberof continuum.crdt.v1.Timestamp
                 * @instance
                 */
                Timestamp.prototype.wallMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Timestamp logical.
                 * @member {number} logical
                 * @memberof continuum.crdt.v1.Timestamp
                 * @instance
                 */
                Timestamp.prototype.logical = 0;

                /**
                 * Timestamp node.
                 * @member {number} node
                 * @memberof continuum.crdt.v1.Timestamp
                 * @instance
                 */
                Timestamp.prototype.node = 0;

                /**
                 * Creates a new Timestamp instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.Timestamp
                 * @static
                 * @param {continuum.crdt.v1.Timestamp.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.Timestamp} Timestamp instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.Timestamp.$Shape): continuum.crdt.v1.Timestamp & continuum.crdt.v1.Timestamp.$Shape;
                 *   (properties?: continuum.crdt.v1.Timestamp.$Properties): continuum.crdt.v1.Timestamp;
                 * }}
                 */
                Timestamp.create = function(properties) {
                    return new Timestamp(properties);
                };

                /**
                 * Encodes the specified Timestamp message. Does not implicitly {@link continuum.crdt.v1.Timestamp.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.Timestamp
                 * @static
                 * @param {continuum.crdt.v1.Timestamp.$Properties} m Timestamp message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Timestamp.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.wallMs != null && $Object.hasOwnProperty.call(m, "wallMs") && (typeof m.wallMs === "object" ? m.wallMs.low || m.wallMs.high : m.wallMs !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.wallMs);
                    if (m.logical != null && $Object.hasOwnProperty.call(m, "logical") && m.logical !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.logical);
                    if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.node);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Timestamp message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.Timestamp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.Timestamp & continuum.crdt.v1.Timestamp.$Shape} Timestamp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Timestamp.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.Timestamp();
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
                                    m.wallMs = v;
                                else
                                    delete m.wallMs;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.logical = v;
                                else
                                    delete m.logical;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.node = v;
                                else
                                    delete m.node;
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
                 * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.Timestamp
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.Timestamp} Timestamp
                 */
                Timestamp.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.Timestamp)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.Timestamp: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.Timestamp();
                    if (d.wallMs != null) {
                        if (typeof d.wallMs === "object" ? d.wallMs.low || d.wallMs.high : $Number(d.wallMs) !== 0) {
                            if ($util.Long)
                                m.wallMs = $util.Long.fromValue(d.wallMs, true);
                            else if (typeof d.wallMs === "string")
                                m.wallMs = $parseInt(d.wallMs, 10);
                            else if (typeof d.wallMs === "number")
                                m.wallMs = d.wallMs;
                            else if (typeof d.wallMs === "object")
                                m.wallMs = new $util.LongBits(d.wallMs.low >>> 0, d.wallMs.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.logical != null) {
                        if ($Number(d.logical) !== 0) {
                            m.logical = d.logical >>> 0;
                        }
                    }
                    if (d.node != null) {
                        if ($Number(d.node) !== 0) {
                            m.node = d.node >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.Timestamp
                 * @static
                 * @param {continuum.crdt.v1.Timestamp} m Timestamp
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Timestamp.toObject = function (m, o, q) {
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
                            d.wallMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.wallMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.logical = 0;
                        d.node = 0;
                    }
                    if (m.wallMs != null && $Object.hasOwnProperty.call(m, "wallMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.wallMs = typeof m.wallMs === "number" ? $BigInt(m.wallMs) : $util.Long.fromBits(m.wallMs.low >>> 0, m.wallMs.high >>> 0, true).toBigInt();
                        else if (typeof m.wallMs === "number")
                            d.wallMs = o.longs === $String ? $String(m.wallMs) : m.wallMs;
                        else
                            d.wallMs = o.longs === $String ? $util.Long.prototype.toString.call(m.wallMs) : o.longs === $Number ? new $util.LongBits(m.wallMs.low >>> 0, m.wallMs.high >>> 0).toNumber(true) : m.wallMs;
                    }
                    if (m.logical != null && $Object.hasOwnProperty.call(m, "logical")) {
                        d.logical = m.logical;
                    }
                    if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                        d.node = m.node;
                    }
                    return d;
                };

                /**
                 * Converts this Timestamp to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.Timestamp
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Timestamp.prototype.toJSON = function() {
                    return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Timestamp
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.Timestamp
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Timestamp.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.Timestamp";
                };

                return Timestamp;
            })();

            v1.Value = (function() {

                /**
                 * Properties of a Value.
                 * @typedef {Object} continuum.crdt.v1.Value.$Properties
                 * @property {Uint8Array|null} [bytes] Value bytes
                 * @property {string|null} [json] Value json
                 * @property {"bytes"|"json"} [kind] Value kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Value.
                 * @memberof continuum.crdt.v1
                 * @interface IValue
                 * @augments continuum.crdt.v1.Value.$Properties
                 * @deprecated Use continuum.crdt.v1.Value.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Value.
                 * @typedef {{
                 *   bytes?: Uint8Array|null;
                 *   json?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; bytes?: null; json?: null }|{ kind?: "bytes"; bytes: Uint8Array; json?: null }|{ kind?: "json"; bytes?: null; json: string })
                 * )} continuum.crdt.v1.Value.$Shape
                 */

                /**
                 * Constructs a new Value.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a Value.
                 * @constructor
                 * @param {continuum.crdt.v1.Value.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Value = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Value bytes.
                 * @member {Uint8Array|null|undefined} bytes
                 * @memberof continuum.crdt.v1.Value
                 * @instance
                 */
                Value.prototype.bytes = null;

                /**
                 * Value json.
                 * @member {string|null|undefined} json
                 * @memberof continuum.crdt.v1.Value
                 * @instance
                 */
                Value.prototype.json = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Value kind.
                 * @member {"bytes"|"json"|undefined} kind
                 * @memberof continuum.crdt.v1.Value
                 * @instance
                 */
                $Object.defineProperty(Value.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["bytes", "json"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Value instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.Value
                 * @static
                 * @param {continuum.crdt.v1.Value.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.Value} Value instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.Value.$Shape): continuum.crdt.v1.Value & continuum.crdt.v1.Value.$Shape;
                 *   (properties?: continuum.crdt.v1.Value.$Properties): continuum.crdt.v1.Value;
                 * }}
                 */
                Value.create = function(properties) {
                    return new Value(properties);
                };

                /**
                 * Encodes the specified Value message. Does not implicitly {@link continuum.crdt.v1.Value.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.Value
                 * @static
                 * @param {continuum.crdt.v1.Value.$Properties} m Value message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Value.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes"))
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.bytes);
                    if (m.json != null && $Object.hasOwnProperty.call(m, "json"))
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.json);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Value message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.Value
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.Value & continuum.crdt.v1.Value.$Shape} Value
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Value.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.Value();
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
                                m.bytes = r.bytes();
                                m.kind = "bytes";
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.json = r.stringVerify();
                                m.kind = "json";
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
                 * Creates a Value message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.Value
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.Value} Value
                 */
                Value.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.Value)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.Value: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.Value();
                    if (d.bytes != null) {
                        if (typeof d.bytes === "string")
                            $util.base64.decode(d.bytes, m.bytes = $util.newBuffer($util.base64.length(d.bytes)), 0);
                        else if (d.bytes.length >= 0)
                            m.bytes = d.bytes;
                    }
                    if (d.json != null) {
                        m.json = $String(d.json);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Value message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.Value
                 * @static
                 * @param {continuum.crdt.v1.Value} m Value
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Value.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                        d.bytes = o.bytes === $String ? $util.base64.encode(m.bytes, 0, m.bytes.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.bytes) : m.bytes;
                        if (o.oneofs)
                            d.kind = "bytes";
                    }
                    if (m.json != null && $Object.hasOwnProperty.call(m, "json")) {
                        d.json = m.json;
                        if (o.oneofs)
                            d.kind = "json";
                    }
                    return d;
                };

                /**
                 * Converts this Value to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.Value
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Value.prototype.toJSON = function() {
                    return Value.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Value
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.Value
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Value.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.Value";
                };

                return Value;
            })();

            v1.ClockRef = (function() {

                /**
                 * Properties of a ClockRef.
                 * @typedef {Object} continuum.crdt.v1.ClockRef.$Properties
                 * @property {number|null} [node] ClockRef node
                 * @property {number|null} [counter] ClockRef counter
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ClockRef.
                 * @memberof continuum.crdt.v1
                 * @interface IClockRef
                 * @augments continuum.crdt.v1.ClockRef.$Properties
                 * @deprecated Use continuum.crdt.v1.ClockRef.$Properties instead.
                 */

                /**
                 * Shape of a ClockRef.
                 * @typedef {continuum.crdt.v1.ClockRef.$Properties} continuum.crdt.v1.ClockRef.$Shape
                 */

                /**
                 * Constructs a new ClockRef.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a ClockRef.
                 * @constructor
                 * @param {continuum.crdt.v1.ClockRef.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ClockRef = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ClockRef node.
                 * @member {number} node
                 * @memberof continuum.crdt.v1.ClockRef
                 * @instance
                 */
                ClockRef.prototype.node = 0;

                /**
                 * ClockRef counter.
                 * @member {number} counter
                 * @memberof continuum.crdt.v1.ClockRef
                 * @instance
                 */
                ClockRef.prototype.counter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ClockRef instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.ClockRef
                 * @static
                 * @param {continuum.crdt.v1.ClockRef.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.ClockRef} ClockRef instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.ClockRef.$Shape): continuum.crdt.v1.ClockRef & continuum.crdt.v1.ClockRef.$Shape;
                 *   (properties?: continuum.crdt.v1.ClockRef.$Properties): continuum.crdt.v1.ClockRef;
                 * }}
                 */
                ClockRef.create = function(properties) {
                    return new ClockRef(properties);
                };

                /**
                 * Encodes the specified ClockRef message. Does not implicitly {@link continuum.crdt.v1.ClockRef.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.ClockRef
                 * @static
                 * @param {continuum.crdt.v1.ClockRef.$Properties} m ClockRef message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ClockRef.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.node);
                    if (m.counter != null && $Object.hasOwnProperty.call(m, "counter") && (typeof m.counter === "object" ? m.counter.low || m.counter.high : m.counter !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.counter);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ClockRef message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.ClockRef
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.ClockRef & continuum.crdt.v1.ClockRef.$Shape} ClockRef
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ClockRef.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.ClockRef();
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
                                if (v = r.uint32())
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
                 * Creates a ClockRef message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.ClockRef
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.ClockRef} ClockRef
                 */
                ClockRef.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.ClockRef)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.ClockRef: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.ClockRef();
                    if (d.node != null) {
                        if ($Number(d.node) !== 0) {
                            m.node = d.node >>> 0;
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
                 * Creates a plain object from a ClockRef message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.ClockRef
                 * @static
                 * @param {continuum.crdt.v1.ClockRef} m ClockRef
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ClockRef.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.node = 0;
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
                 * Converts this ClockRef to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.ClockRef
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ClockRef.prototype.toJSON = function() {
                    return ClockRef.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ClockRef
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.ClockRef
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ClockRef.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.ClockRef";
                };

                return ClockRef;
            })();

            v1.Payload = (function() {

                /**
                 * Properties of a Payload.
                 * @typedef {Object} continuum.crdt.v1.Payload.$Properties
                 * @property {continuum.crdt.v1.Value.$Properties|null} [value] Payload value
                 * @property {continuum.crdt.v1.Timestamp.$Properties|null} [timestamp] Payload timestamp
                 * @property {Array.<continuum.crdt.v1.ClockRef.$Properties>|null} [clock] Payload clock
                 * @property {number|null} [increments] Payload increments
                 * @property {number|null} [decrements] Payload decrements
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Payload.
                 * @memberof continuum.crdt.v1
                 * @interface IPayload
                 * @augments continuum.crdt.v1.Payload.$Properties
                 * @deprecated Use continuum.crdt.v1.Payload.$Properties instead.
                 */

                /**
                 * Shape of a Payload.
                 * @typedef {{
                 *   value?: continuum.crdt.v1.Value.$Shape|null;
                 *   timestamp?: continuum.crdt.v1.Timestamp.$Shape|null;
                 *   clock?: Array.<continuum.crdt.v1.ClockRef.$Shape>|null;
                 *   increments?: number|null;
                 *   decrements?: number|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} continuum.crdt.v1.Payload.$Shape
                 */

                /**
                 * Constructs a new Payload.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a Payload.
                 * @constructor
                 * @param {continuum.crdt.v1.Payload.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Payload = function (p) {
                    this.clock = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Payload value.
                 * @member {continuum.crdt.v1.Value.$Properties|null|undefined} value
                 * @memberof continuum.crdt.v1.Payload
                 * @instance
                 */
                Payload.prototype.value = null;

                /**
                 * Payload timestamp.
                 * @member {continuum.crdt.v1.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof continuum.crdt.v1.Payload
                 * @instance
                 */
                Payload.prototype.timestamp = null;

                /**
                 * Payload clock.
                 * @member {Array.<continuum.crdt.v1.ClockRef.$Properties>} clock
                 * @memberof continuum.crdt.v1.Payload
                 * @instance
                 */
                Payload.prototype.clock = $util.emptyArray;

                /**
                 * Payload increments.
                 * @member {number} increments
                 * @memberof continuum.crdt.v1.Payload
                 * @instance
                 */
                Payload.prototype.increments = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Payload decrements.
                 * @member {number} decrements
                 * @memberof continuum.crdt.v1.Payload
                 * @instance
                 */
                Payload.prototype.decrements = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Payload instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.Payload
                 * @static
                 * @param {continuum.crdt.v1.Payload.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.Payload} Payload instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.Payload.$Shape): continuum.crdt.v1.Payload & continuum.crdt.v1.Payload.$Shape;
                 *   (properties?: continuum.crdt.v1.Payload.$Properties): continuum.crdt.v1.Payload;
                 * }}
                 */
                Payload.create = function(properties) {
                    return new Payload(properties);
                };

                /**
                 * Encodes the specified Payload message. Does not implicitly {@link continuum.crdt.v1.Payload.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.Payload
                 * @static
                 * @param {continuum.crdt.v1.Payload.$Properties} m Payload message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Payload.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                        $root.continuum.crdt.v1.Value.encode(m.value, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                        $root.continuum.crdt.v1.Timestamp.encode(m.timestamp, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.clock != null && m.clock.length) {
                        for (var i = 0; i < m.clock.length; ++i)
                            $root.continuum.crdt.v1.ClockRef.encode(m.clock[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.increments != null && $Object.hasOwnProperty.call(m, "increments") && (typeof m.increments === "object" ? m.increments.low || m.increments.high : m.increments !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).uint64(m.increments);
                    if (m.decrements != null && $Object.hasOwnProperty.call(m, "decrements") && (typeof m.decrements === "object" ? m.decrements.low || m.decrements.high : m.decrements !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).uint64(m.decrements);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Payload message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.Payload
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.Payload & continuum.crdt.v1.Payload.$Shape} Payload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Payload.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.Payload();
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
                                m.value = $root.continuum.crdt.v1.Value.decode(r, r.size(), $undefined, q + 1, m.value);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.timestamp = $root.continuum.crdt.v1.Timestamp.decode(r, r.size(), $undefined, q + 1, m.timestamp);
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.clock && m.clock.length))
                                    m.clock = [];
                                m.clock.push($root.continuum.crdt.v1.ClockRef.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.increments = v;
                                else
                                    delete m.increments;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.decrements = v;
                                else
                                    delete m.decrements;
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
                 * Creates a Payload message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.Payload
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.Payload} Payload
                 */
                Payload.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.Payload)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.Payload: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.Payload();
                    if (d.value != null) {
                        if (!$util.isObject(d.value))
                            throw $TypeError(".continuum.crdt.v1.Payload.value: object expected");
                        m.value = $root.continuum.crdt.v1.Value.fromObject(d.value, q + 1);
                    }
                    if (d.timestamp != null) {
                        if (!$util.isObject(d.timestamp))
                            throw $TypeError(".continuum.crdt.v1.Payload.timestamp: object expected");
                        m.timestamp = $root.continuum.crdt.v1.Timestamp.fromObject(d.timestamp, q + 1);
                    }
                    if (d.clock) {
                        if (!$Array.isArray(d.clock))
                            throw $TypeError(".continuum.crdt.v1.Payload.clock: array expected");
                        m.clock = $Array(d.clock.length);
                        for (var i = 0; i < d.clock.length; ++i) {
                            if (!$util.isObject(d.clock[i]))
                                throw $TypeError(".continuum.crdt.v1.Payload.clock: object expected");
                            m.clock[i] = $root.continuum.crdt.v1.ClockRef.fromObject(d.clock[i], q + 1);
                        }
                    }
                    if (d.increments != null) {
                        if (typeof d.increments === "object" ? d.increments.low || d.increments.high : $Number(d.increments) !== 0) {
                            if ($util.Long)
                                m.increments = $util.Long.fromValue(d.increments, true);
                            else if (typeof d.increments === "string")
                                m.increments = $parseInt(d.increments, 10);
                            else if (typeof d.increments === "number")
                                m.increments = d.increments;
                            else if (typeof d.increments === "object")
                                m.increments = new $util.LongBits(d.increments.low >>> 0, d.increments.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.decrements != null) {
                        if (typeof d.decrements === "object" ? d.decrements.low || d.decrements.high : $Number(d.decrements) !== 0) {
                            if ($util.Long)
                                m.decrements = $util.Long.fromValue(d.decrements, true);
                            else if (typeof d.decrements === "string")
                                m.decrements = $parseInt(d.decrements, 10);
                            else if (typeof d.decrements === "number")
                                m.decrements = d.decrements;
                            else if (typeof d.decrements === "object")
                                m.decrements = new $util.LongBits(d.decrements.low >>> 0, d.decrements.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Payload message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.Payload
                 * @static
                 * @param {continuum.crdt.v1.Payload} m Payload
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Payload.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.clock = [];
                    }
                    if (o.defaults) {
                        d.value = null;
                        d.timestamp = null;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.increments = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.increments = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.decrements = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.decrements = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = $root.continuum.crdt.v1.Value.toObject(m.value, o, q + 1);
                    }
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                        d.timestamp = $root.continuum.crdt.v1.Timestamp.toObject(m.timestamp, o, q + 1);
                    }
                    if (m.clock && m.clock.length) {
                        d.clock = $Array(m.clock.length);
                        for (var j = 0; j < m.clock.length; ++j) {
                            d.clock[j] = $root.continuum.crdt.v1.ClockRef.toObject(m.clock[j], o, q + 1);
                        }
                    }
                    if (m.increments != null && $Object.hasOwnProperty.call(m, "increments")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.increments = typeof m.increments === "number" ? $BigInt(m.increments) : $util.Long.fromBits(m.increments.low >>> 0, m.increments.high >>> 0, true).toBigInt();
                        else if (typeof m.increments === "number")
                            d.increments = o.longs === $String ? $String(m.increments) : m.increments;
                        else
                            d.increments = o.longs === $String ? $util.Long.prototype.toString.call(m.increments) : o.longs === $Number ? new $util.LongBits(m.increments.low >>> 0, m.increments.high >>> 0).toNumber(true) : m.increments;
                    }
                    if (m.decrements != null && $Object.hasOwnProperty.call(m, "decrements")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.decrements = typeof m.decrements === "number" ? $BigInt(m.decrements) : $util.Long.fromBits(m.decrements.low >>> 0, m.decrements.high >>> 0, true).toBigInt();
                        else if (typeof m.decrements === "number")
                            d.decrements = o.longs === $String ? $String(m.decrements) : m.decrements;
                        else
                            d.decrements = o.longs === $String ? $util.Long.prototype.toString.call(m.decrements) : o.longs === $Number ? new $util.LongBits(m.decrements.low >>> 0, m.decrements.high >>> 0).toNumber(true) : m.decrements;
                    }
                    return d;
                };

                /**
                 * Converts this Payload to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.Payload
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Payload.prototype.toJSON = function() {
                    return Payload.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Payload
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.Payload
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Payload.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.Payload";
                };

                return Payload;
            })();

            v1.DotEntry = (function() {

                /**
                 * Properties of a DotEntry.
                 * @typedef {Object} continuum.crdt.v1.DotEntry.$Properties
                 * @property {number|null} [node] DotEntry node
                 * @property {number|null} [counter] DotEntry counter
                 * @property {continuum.crdt.v1.Payload.$Properties|null} [payload] DotEntry payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DotEntry.
                 * @memberof continuum.crdt.v1
                 * @interface IDotEntry
                 * @augments continuum.crdt.v1.DotEntry.$Properties
                 * @deprecated Use continuum.crdt.v1.DotEntry.$Properties instead.
                 */

                /**
                 * Shape of a DotEntry.
                 * @typedef {{
                 *   node?: number|null;
                 *   counter?: number|null;
                 *   payload?: continuum.crdt.v1.Payload.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} continuum.crdt.v1.DotEntry.$Shape
                 */

                /**
                 * Constructs a new DotEntry.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a DotEntry.
                 * @constructor
                 * @param {continuum.crdt.v1.DotEntry.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DotEntry = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DotEntry node.
                 * @member {number} node
                 * @memberof continuum.crdt.v1.DotEntry
                 * @instance
                 */
                DotEntry.prototype.node = 0;

                /**
                 * DotEntry counter.
                 * @member {number} counter
                 * @memberof continuum.crdt.v1.DotEntry
                 * @instance
                 */
                DotEntry.prototype.counter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DotEntry payload.
                 * @member {continuum.crdt.v1.Payload.$Properties|null|undefined} payload
                 * @memberof continuum.crdt.v1.DotEntry
                 * @instance
                 */
                DotEntry.prototype.payload = null;

                /**
                 * Creates a new DotEntry instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.DotEntry
                 * @static
                 * @param {continuum.crdt.v1.DotEntry.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.DotEntry} DotEntry instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.DotEntry.$Shape): continuum.crdt.v1.DotEntry & continuum.crdt.v1.DotEntry.$Shape;
                 *   (properties?: continuum.crdt.v1.DotEntry.$Properties): continuum.crdt.v1.DotEntry;
                 * }}
                 */
                DotEntry.create = function(properties) {
                    return new DotEntry(properties);
                };

                /**
                 * Encodes the specified DotEntry message. Does not implicitly {@link continuum.crdt.v1.DotEntry.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.DotEntry
                 * @static
                 * @param {continuum.crdt.v1.DotEntry.$Properties} m DotEntry message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DotEntry.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.node);
                    if (m.counter != null && $Object.hasOwnProperty.call(m, "counter") && (typeof m.counter === "object" ? m.counter.low || m.counter.high : m.counter !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.counter);
                    if (m.payload != null && $Object.hasOwnProperty.call(m, "payload"))
                        $root.continuum.crdt.v1.Payload.encode(m.payload, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a DotEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.DotEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.DotEntry & continuum.crdt.v1.DotEntry.$Shape} DotEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DotEntry.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.DotEntry();
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
                                if (v = r.uint32())
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
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.payload = $root.continuum.crdt.v1.Payload.decode(r, r.size(), $undefined, q + 1, m.payload);
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
                 * Creates a DotEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.DotEntry
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.DotEntry} DotEntry
                 */
                DotEntry.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.DotEntry)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.DotEntry: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.DotEntry();
                    if (d.node != null) {
                        if ($Number(d.node) !== 0) {
                            m.node = d.node >>> 0;
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
                    if (d.payload != null) {
                        if (!$util.isObject(d.payload))
                            throw $TypeError(".continuum.crdt.v1.DotEntry.payload: object expected");
                        m.payload = $root.continuum.crdt.v1.Payload.fromObject(d.payload, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DotEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.DotEntry
                 * @static
                 * @param {continuum.crdt.v1.DotEntry} m DotEntry
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DotEntry.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.node = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.counter = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.counter = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.payload = null;
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
                    if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                        d.payload = $root.continuum.crdt.v1.Payload.toObject(m.payload, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this DotEntry to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.DotEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DotEntry.prototype.toJSON = function() {
                    return DotEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DotEntry
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.DotEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DotEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.DotEntry";
                };

                return DotEntry;
            })();

            v1.DotFun = (function() {

                /**
                 * Properties of a DotFun.
                 * @typedef {Object} continuum.crdt.v1.DotFun.$Properties
                 * @property {Array.<continuum.crdt.v1.DotEntry.$Properties>|null} [entries] DotFun entries
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DotFun.
                 * @memberof continuum.crdt.v1
                 * @interface IDotFun
                 * @augments continuum.crdt.v1.DotFun.$Properties
                 * @deprecated Use continuum.crdt.v1.DotFun.$Properties instead.
                 */

                /**
                 * Shape of a DotFun.
                 * @typedef {{
                 *   entries?: Array.<continuum.crdt.v1.DotEntry.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} continuum.crdt.v1.DotFun.$Shape
                 */

                /**
                 * Constructs a new DotFun.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a DotFun.
                 * @constructor
                 * @param {continuum.crdt.v1.DotFun.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DotFun = function (p) {
                    this.entries = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DotFun entries.
                 * @member {Array.<continuum.crdt.v1.DotEntry.$Properties>} entries
                 * @memberof continuum.crdt.v1.DotFun
                 * @instance
                 */
                DotFun.prototype.entries = $util.emptyArray;

                /**
                 * Creates a new DotFun instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.DotFun
                 * @static
                 * @param {continuum.crdt.v1.DotFun.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.DotFun} DotFun instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.DotFun.$Shape): continuum.crdt.v1.DotFun & continuum.crdt.v1.DotFun.$Shape;
                 *   (properties?: continuum.crdt.v1.DotFun.$Properties): continuum.crdt.v1.DotFun;
                 * }}
                 */
                DotFun.create = function(properties) {
                    return new DotFun(properties);
                };

                /**
                 * Encodes the specified DotFun message. Does not implicitly {@link continuum.crdt.v1.DotFun.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.DotFun
                 * @static
                 * @param {continuum.crdt.v1.DotFun.$Properties} m DotFun message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DotFun.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entries != null && m.entries.length) {
                        for (var i = 0; i < m.entries.length; ++i)
                            $root.continuum.crdt.v1.DotEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a DotFun message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.DotFun
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.DotFun & continuum.crdt.v1.DotFun.$Shape} DotFun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DotFun.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.DotFun();
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
                                m.entries.push($root.continuum.crdt.v1.DotEntry.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a DotFun message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.DotFun
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.DotFun} DotFun
                 */
                DotFun.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.DotFun)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.DotFun: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.DotFun();
                    if (d.entries) {
                        if (!$Array.isArray(d.entries))
                            throw $TypeError(".continuum.crdt.v1.DotFun.entries: array expected");
                        m.entries = $Array(d.entries.length);
                        for (var i = 0; i < d.entries.length; ++i) {
                            if (!$util.isObject(d.entries[i]))
                                throw $TypeError(".continuum.crdt.v1.DotFun.entries: object expected");
                            m.entries[i] = $root.continuum.crdt.v1.DotEntry.fromObject(d.entries[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DotFun message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.DotFun
                 * @static
                 * @param {continuum.crdt.v1.DotFun} m DotFun
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DotFun.toObject = function (m, o, q) {
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
                            d.entries[j] = $root.continuum.crdt.v1.DotEntry.toObject(m.entries[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this DotFun to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.DotFun
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DotFun.prototype.toJSON = function() {
                    return DotFun.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DotFun
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.DotFun
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DotFun.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.DotFun";
                };

                return DotFun;
            })();

            v1.MapEntry = (function() {

                /**
                 * Properties of a MapEntry.
                 * @typedef {Object} continuum.crdt.v1.MapEntry.$Properties
                 * @property {string|null} [key] MapEntry key
                 * @property {continuum.crdt.v1.Store.$Properties|null} [value] MapEntry value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MapEntry.
                 * @memberof continuum.crdt.v1
                 * @interface IMapEntry
                 * @augments continuum.crdt.v1.MapEntry.$Properties
                 * @deprecated Use continuum.crdt.v1.MapEntry.$Properties instead.
                 */

                /**
                 * Shape of a MapEntry.
                 * @typedef {{
                 *   key?: string|null;
                 *   value?: continuum.crdt.v1.Store.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} continuum.crdt.v1.MapEntry.$Shape
                 */

                /**
                 * Constructs a new MapEntry.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a MapEntry.
                 * @constructor
                 * @param {continuum.crdt.v1.MapEntry.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MapEntry = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * MapEntry key.
                 * @member {string} key
                 * @memberof continuum.crdt.v1.MapEntry
                 * @instance
                 */
                MapEntry.prototype.key = "";

                /**
                 * MapEntry value.
                 * @member {continuum.crdt.v1.Store.$Properties|null|undefined} value
                 * @memberof continuum.crdt.v1.MapEntry
                 * @instance
                 */
                MapEntry.prototype.value = null;

                /**
                 * Creates a new MapEntry instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.MapEntry
                 * @static
                 * @param {continuum.crdt.v1.MapEntry.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.MapEntry} MapEntry instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.MapEntry.$Shape): continuum.crdt.v1.MapEntry & continuum.crdt.v1.MapEntry.$Shape;
                 *   (properties?: continuum.crdt.v1.MapEntry.$Properties): continuum.crdt.v1.MapEntry;
                 * }}
                 */
                MapEntry.create = function(properties) {
                    return new MapEntry(properties);
                };

                /**
                 * Encodes the specified MapEntry message. Does not implicitly {@link continuum.crdt.v1.MapEntry.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.MapEntry
                 * @static
                 * @param {continuum.crdt.v1.MapEntry.$Properties} m MapEntry message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MapEntry.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                        $root.continuum.crdt.v1.Store.encode(m.value, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a MapEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.MapEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.MapEntry & continuum.crdt.v1.MapEntry.$Shape} MapEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MapEntry.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.MapEntry();
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
                                    m.key = v;
                                else
                                    delete m.key;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.value = $root.continuum.crdt.v1.Store.decode(r, r.size(), $undefined, q + 1, m.value);
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
                 * Creates a MapEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.MapEntry
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.MapEntry} MapEntry
                 */
                MapEntry.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.MapEntry)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.MapEntry: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.MapEntry();
                    if (d.key != null) {
                        if (typeof d.key !== "string" || d.key.length) {
                            m.key = $String(d.key);
                        }
                    }
                    if (d.value != null) {
                        if (!$util.isObject(d.value))
                            throw $TypeError(".continuum.crdt.v1.MapEntry.value: object expected");
                        m.value = $root.continuum.crdt.v1.Store.fromObject(d.value, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MapEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.MapEntry
                 * @static
                 * @param {continuum.crdt.v1.MapEntry} m MapEntry
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MapEntry.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.key = "";
                        d.value = null;
                    }
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                        d.key = m.key;
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = $root.continuum.crdt.v1.Store.toObject(m.value, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this MapEntry to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.MapEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MapEntry.prototype.toJSON = function() {
                    return MapEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MapEntry
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.MapEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MapEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.MapEntry";
                };

                return MapEntry;
            })();

            v1.DotMap = (function() {

                /**
                 * Properties of a DotMap.
                 * @typedef {Object} continuum.crdt.v1.DotMap.$Properties
                 * @property {Array.<continuum.crdt.v1.MapEntry.$Properties>|null} [entries] DotMap entries
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DotMap.
                 * @memberof continuum.crdt.v1
                 * @interface IDotMap
                 * @augments continuum.crdt.v1.DotMap.$Properties
                 * @deprecated Use continuum.crdt.v1.DotMap.$Properties instead.
                 */

                /**
                 * Shape of a DotMap.
                 * @typedef {{
                 *   entries?: Array.<continuum.crdt.v1.MapEntry.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} continuum.crdt.v1.DotMap.$Shape
                 */

                /**
                 * Constructs a new DotMap.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a DotMap.
                 * @constructor
                 * @param {continuum.crdt.v1.DotMap.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DotMap = function (p) {
                    this.entries = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DotMap entries.
                 * @member {Array.<continuum.crdt.v1.MapEntry.$Properties>} entries
                 * @memberof continuum.crdt.v1.DotMap
                 * @instance
                 */
                DotMap.prototype.entries = $util.emptyArray;

                /**
                 * Creates a new DotMap instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.DotMap
                 * @static
                 * @param {continuum.crdt.v1.DotMap.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.DotMap} DotMap instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.DotMap.$Shape): continuum.crdt.v1.DotMap & continuum.crdt.v1.DotMap.$Shape;
                 *   (properties?: continuum.crdt.v1.DotMap.$Properties): continuum.crdt.v1.DotMap;
                 * }}
                 */
                DotMap.create = function(properties) {
                    return new DotMap(properties);
                };

                /**
                 * Encodes the specified DotMap message. Does not implicitly {@link continuum.crdt.v1.DotMap.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.DotMap
                 * @static
                 * @param {continuum.crdt.v1.DotMap.$Properties} m DotMap message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DotMap.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entries != null && m.entries.length) {
                        for (var i = 0; i < m.entries.length; ++i)
                            $root.continuum.crdt.v1.MapEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a DotMap message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.DotMap
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.DotMap & continuum.crdt.v1.DotMap.$Shape} DotMap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DotMap.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.DotMap();
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
                                m.entries.push($root.continuum.crdt.v1.MapEntry.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a DotMap message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.DotMap
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.DotMap} DotMap
                 */
                DotMap.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.DotMap)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.DotMap: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.DotMap();
                    if (d.entries) {
                        if (!$Array.isArray(d.entries))
                            throw $TypeError(".continuum.crdt.v1.DotMap.entries: array expected");
                        m.entries = $Array(d.entries.length);
                        for (var i = 0; i < d.entries.length; ++i) {
                            if (!$util.isObject(d.entries[i]))
                                throw $TypeError(".continuum.crdt.v1.DotMap.entries: object expected");
                            m.entries[i] = $root.continuum.crdt.v1.MapEntry.fromObject(d.entries[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DotMap message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.DotMap
                 * @static
                 * @param {continuum.crdt.v1.DotMap} m DotMap
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DotMap.toObject = function (m, o, q) {
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
                            d.entries[j] = $root.continuum.crdt.v1.MapEntry.toObject(m.entries[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this DotMap to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.DotMap
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DotMap.prototype.toJSON = function() {
                    return DotMap.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DotMap
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.DotMap
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DotMap.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.DotMap";
                };

                return DotMap;
            })();

            v1.Store = (function() {

                /**
                 * Properties of a Store.
                 * @typedef {Object} continuum.crdt.v1.Store.$Properties
                 * @property {continuum.crdt.v1.DotFun.$Properties|null} [fun] Store fun
                 * @property {continuum.crdt.v1.DotMap.$Properties|null} [map] Store map
                 * @property {"fun"|"map"} [kind] Store kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Store.
                 * @memberof continuum.crdt.v1
                 * @interface IStore
                 * @augments continuum.crdt.v1.Store.$Properties
                 * @deprecated Use continuum.crdt.v1.Store.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Store.
                 * @typedef {{
                 *   fun?: continuum.crdt.v1.DotFun.$Shape|null;
                 *   map?: continuum.crdt.v1.DotMap.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; fun?: null; map?: null }|{ kind?: "fun"; fun: continuum.crdt.v1.DotFun.$Shape; map?: null }|{ kind?: "map"; fun?: null; map: continuum.crdt.v1.DotMap.$Shape })
                 * )} continuum.crdt.v1.Store.$Shape
                 */

                /**
                 * Constructs a new Store.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a Store.
                 * @constructor
                 * @param {continuum.crdt.v1.Store.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Store = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Store fun.
                 * @member {continuum.crdt.v1.DotFun.$Properties|null|undefined} fun
                 * @memberof continuum.crdt.v1.Store
                 * @instance
                 */
                Store.prototype.fun = null;

                /**
                 * Store map.
                 * @member {continuum.crdt.v1.DotMap.$Properties|null|undefined} map
                 * @memberof continuum.crdt.v1.Store
                 * @instance
                 */
                Store.prototype.map = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Store kind.
                 * @member {"fun"|"map"|undefined} kind
                 * @memberof continuum.crdt.v1.Store
                 * @instance
                 */
                $Object.defineProperty(Store.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["fun", "map"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Store instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.Store
                 * @static
                 * @param {continuum.crdt.v1.Store.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.Store} Store instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.Store.$Shape): continuum.crdt.v1.Store & continuum.crdt.v1.Store.$Shape;
                 *   (properties?: continuum.crdt.v1.Store.$Properties): continuum.crdt.v1.Store;
                 * }}
                 */
                Store.create = function(properties) {
                    return new Store(properties);
                };

                /**
                 * Encodes the specified Store message. Does not implicitly {@link continuum.crdt.v1.Store.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.Store
                 * @static
                 * @param {continuum.crdt.v1.Store.$Properties} m Store message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Store.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.fun != null && $Object.hasOwnProperty.call(m, "fun"))
                        $root.continuum.crdt.v1.DotFun.encode(m.fun, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.map != null && $Object.hasOwnProperty.call(m, "map"))
                        $root.continuum.crdt.v1.DotMap.encode(m.map, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Store message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.Store
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.Store & continuum.crdt.v1.Store.$Shape} Store
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Store.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.Store();
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
                                m.fun = $root.continuum.crdt.v1.DotFun.decode(r, r.size(), $undefined, q + 1, m.fun);
                                m.kind = "fun";
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.map = $root.continuum.crdt.v1.DotMap.decode(r, r.size(), $undefined, q + 1, m.map);
                                m.kind = "map";
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
                 * Creates a Store message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.Store
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.Store} Store
                 */
                Store.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.Store)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.Store: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.Store();
                    if (d.fun != null) {
                        if (!$util.isObject(d.fun))
                            throw $TypeError(".continuum.crdt.v1.Store.fun: object expected");
                        m.fun = $root.continuum.crdt.v1.DotFun.fromObject(d.fun, q + 1);
                    }
                    if (d.map != null) {
                        if (!$util.isObject(d.map))
                            throw $TypeError(".continuum.crdt.v1.Store.map: object expected");
                        m.map = $root.continuum.crdt.v1.DotMap.fromObject(d.map, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Store message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.Store
                 * @static
                 * @param {continuum.crdt.v1.Store} m Store
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Store.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (m.fun != null && $Object.hasOwnProperty.call(m, "fun")) {
                        d.fun = $root.continuum.crdt.v1.DotFun.toObject(m.fun, o, q + 1);
                        if (o.oneofs)
                            d.kind = "fun";
                    }
                    if (m.map != null && $Object.hasOwnProperty.call(m, "map")) {
                        d.map = $root.continuum.crdt.v1.DotMap.toObject(m.map, o, q + 1);
                        if (o.oneofs)
                            d.kind = "map";
                    }
                    return d;
                };

                /**
                 * Converts this Store to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.Store
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Store.prototype.toJSON = function() {
                    return Store.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Store
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.Store
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Store.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.Store";
                };

                return Store;
            })();

            /**
             * CrdtType enum.
             * @name continuum.crdt.v1.CrdtType
             * @enum {number}
             * @property {number} CRDT_TYPE_UNSPECIFIED=0 CRDT_TYPE_UNSPECIFIED value
             * @property {number} G_COUNTER=1 G_COUNTER value
             * @property {number} PN_COUNTER=2 PN_COUNTER value
             * @property {number} LWW_REGISTER=3 LWW_REGISTER value
             * @property {number} MV_REGISTER=4 MV_REGISTER value
             * @property {number} G_SET=5 G_SET value
             * @property {number} OR_SET=6 OR_SET value
             * @property {number} COUNTER_MAP=7 COUNTER_MAP value
             * @property {number} LWW_MAP=8 LWW_MAP value
             * @property {number} REPLICATED_MAP=9 REPLICATED_MAP value
             * @property {number} OR_MAP=10 OR_MAP value
             */
            v1.CrdtType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CRDT_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "G_COUNTER"] = 1;
                values[valuesById[2] = "PN_COUNTER"] = 2;
                values[valuesById[3] = "LWW_REGISTER"] = 3;
                values[valuesById[4] = "MV_REGISTER"] = 4;
                values[valuesById[5] = "G_SET"] = 5;
                values[valuesById[6] = "OR_SET"] = 6;
                values[valuesById[7] = "COUNTER_MAP"] = 7;
                values[valuesById[8] = "LWW_MAP"] = 8;
                values[valuesById[9] = "REPLICATED_MAP"] = 9;
                values[valuesById[10] = "OR_MAP"] = 10;
                return values;
            })();

            v1.State = (function() {

                /**
                 * Properties of a State.
                 * @typedef {Object} continuum.crdt.v1.State.$Properties
                 * @property {number|null} [version] State version
                 * @property {continuum.crdt.v1.CrdtType|null} [type] State type
                 * @property {boolean|null} [full] State full
                 * @property {Array.<string>|null} [nodes] State nodes
                 * @property {continuum.crdt.v1.CausalContext.$Properties|null} [context] State context
                 * @property {continuum.crdt.v1.Store.$Properties|null} [store] State store
                 * @property {number|null} [checksum] State checksum
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a State.
                 * @memberof continuum.crdt.v1
                 * @interface IState
                 * @augments continuum.crdt.v1.State.$Properties
                 * @deprecated Use continuum.crdt.v1.State.$Properties instead.
                 */

                /**
                 * Shape of a State.
                 * @typedef {{
                 *   version?: number|null;
                 *   type?: continuum.crdt.v1.CrdtType|null;
                 *   full?: boolean|null;
                 *   nodes?: Array.<string>|null;
                 *   context?: continuum.crdt.v1.CausalContext.$Shape|null;
                 *   store?: continuum.crdt.v1.Store.$Shape|null;
                 *   checksum?: number|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} continuum.crdt.v1.State.$Shape
                 */

                /**
                 * Constructs a new State.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a State.
                 * @constructor
                 * @param {continuum.crdt.v1.State.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const State = function (p) {
                    this.nodes = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * State version.
                 * @member {number} version
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 */
                State.prototype.version = 0;

                /**
                 * State type.
                 * @member {continuum.crdt.v1.CrdtType} type
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 */
                State.prototype.type = 0;

                /**
                 * State full.
                 * @member {boolean} full
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 */
                State.prototype.full = false;

                /**
                 * State nodes.
                 * @member {Array.<string>} nodes
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 */
                State.prototype.nodes = $util.emptyArray;

                /**
                 * State context.
                 * @member {continuum.crdt.v1.CausalContext.$Properties|null|undefined} context
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 */
                State.prototype.context = null;

                /**
                 * State store.
                 * @member {continuum.crdt.v1.Store.$Properties|null|undefined} store
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 */
                State.prototype.store = null;

                /**
                 * State checksum.
                 * @member {number} checksum
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 */
                State.prototype.checksum = 0;

                /**
                 * Creates a new State instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.State
                 * @static
                 * @param {continuum.crdt.v1.State.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.State} State instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.State.$Shape): continuum.crdt.v1.State & continuum.crdt.v1.State.$Shape;
                 *   (properties?: continuum.crdt.v1.State.$Properties): continuum.crdt.v1.State;
                 * }}
                 */
                State.create = function(properties) {
                    return new State(properties);
                };

                /**
                 * Encodes the specified State message. Does not implicitly {@link continuum.crdt.v1.State.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.State
                 * @static
                 * @param {continuum.crdt.v1.State.$Properties} m State message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                State.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.version);
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.type);
                    if (m.full != null && $Object.hasOwnProperty.call(m, "full") && m.full !== false)
                        w.uint32(/* id 3, wireType 0 =*/24).bool(m.full);
                    if (m.nodes != null && m.nodes.length) {
                        for (var i = 0; i < m.nodes.length; ++i)
                            w.uint32(/* id 4, wireType 2 =*/34).string(m.nodes[i]);
                    }
                    if (m.context != null && $Object.hasOwnProperty.call(m, "context"))
                        $root.continuum.crdt.v1.CausalContext.encode(m.context, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (m.store != null && $Object.hasOwnProperty.call(m, "store"))
                        $root.continuum.crdt.v1.Store.encode(m.store, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (m.checksum != null && $Object.hasOwnProperty.call(m, "checksum") && m.checksum !== 0)
                        w.uint32(/* id 7, wireType 5 =*/61).fixed32(m.checksum);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a State message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.State
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.State & continuum.crdt.v1.State.$Shape} State
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                State.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.State();
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
                                if (v = r.uint32())
                                    m.version = v;
                                else
                                    delete m.version;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.full = v;
                                else
                                    delete m.full;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.nodes && m.nodes.length))
                                    m.nodes = [];
                                m.nodes.push(r.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                m.context = $root.continuum.crdt.v1.CausalContext.decode(r, r.size(), $undefined, q + 1, m.context);
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                m.store = $root.continuum.crdt.v1.Store.decode(r, r.size(), $undefined, q + 1, m.store);
                                continue;
                            }
                        case 7: {
                                if (u !== 5)
                                    break;
                                if (v = r.fixed32())
                                    m.checksum = v;
                                else
                                    delete m.checksum;
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
                 * Creates a State message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.State
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.State} State
                 */
                State.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.State)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.State: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.State();
                    if (d.version != null) {
                        if ($Number(d.version) !== 0) {
                            m.version = d.version >>> 0;
                        }
                    }
                    if (d.type !== 0 && (typeof d.type !== "string" || $root.continuum.crdt.v1.CrdtType[d.type] !== 0)) {
                        switch (d.type) {
                        case "CRDT_TYPE_UNSPECIFIED":
                        case 0:
                            m.type = 0;
                            break;
                        case "G_COUNTER":
                        case 1:
                            m.type = 1;
                            break;
                        case "PN_COUNTER":
                        case 2:
                            m.type = 2;
                            break;
                        case "LWW_REGISTER":
                        case 3:
                            m.type = 3;
                            break;
                        case "MV_REGISTER":
                        case 4:
                            m.type = 4;
                            break;
                        case "G_SET":
                        case 5:
                            m.type = 5;
                            break;
                        case "OR_SET":
                        case 6:
                            m.type = 6;
                            break;
                        case "COUNTER_MAP":
                        case 7:
                            m.type = 7;
                            break;
                        case "LWW_MAP":
                        case 8:
                            m.type = 8;
                            break;
                        case "REPLICATED_MAP":
                        case 9:
                            m.type = 9;
                            break;
                        case "OR_MAP":
                        case 10:
                            m.type = 10;
                            break;
                        default:
                            if (typeof d.type === "number" && (d.type | 0) === d.type)
                                m.type = d.type;
                        }
                    }
                    if (d.full != null) {
                        if (d.full) {
                            m.full = $Boolean(d.full);
                        }
                    }
                    if (d.nodes) {
                        if (!$Array.isArray(d.nodes))
                            throw $TypeError(".continuum.crdt.v1.State.nodes: array expected");
                        m.nodes = $Array(d.nodes.length);
                        for (var i = 0; i < d.nodes.length; ++i) {
                            m.nodes[i] = $String(d.nodes[i]);
                        }
                    }
                    if (d.context != null) {
                        if (!$util.isObject(d.context))
                            throw $TypeError(".continuum.crdt.v1.State.context: object expected");
                        m.context = $root.continuum.crdt.v1.CausalContext.fromObject(d.context, q + 1);
                    }
                    if (d.store != null) {
                        if (!$util.isObject(d.store))
                            throw $TypeError(".continuum.crdt.v1.State.store: object expected");
                        m.store = $root.continuum.crdt.v1.Store.fromObject(d.store, q + 1);
                    }
                    if (d.checksum != null) {
                        if ($Number(d.checksum) !== 0) {
                            m.checksum = d.checksum >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a State message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.State
                 * @static
                 * @param {continuum.crdt.v1.State} m State
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                State.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.nodes = [];
                    }
                    if (o.defaults) {
                        d.version = 0;
                        d.type = o.enums === $String ? "CRDT_TYPE_UNSPECIFIED" : 0;
                        d.full = false;
                        d.context = null;
                        d.store = null;
                        d.checksum = 0;
                    }
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                        d.version = m.version;
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = o.enums === $String ? $root.continuum.crdt.v1.CrdtType[m.type] === $undefined ? m.type : $root.continuum.crdt.v1.CrdtType[m.type] : m.type;
                    }
                    if (m.full != null && $Object.hasOwnProperty.call(m, "full")) {
                        d.full = m.full;
                    }
                    if (m.nodes && m.nodes.length) {
                        d.nodes = $Array(m.nodes.length);
                        for (var j = 0; j < m.nodes.length; ++j) {
                            d.nodes[j] = m.nodes[j];
                        }
                    }
                    if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                        d.context = $root.continuum.crdt.v1.CausalContext.toObject(m.context, o, q + 1);
                    }
                    if (m.store != null && $Object.hasOwnProperty.call(m, "store")) {
                        d.store = $root.continuum.crdt.v1.Store.toObject(m.store, o, q + 1);
                    }
                    if (m.checksum != null && $Object.hasOwnProperty.call(m, "checksum")) {
                        d.checksum = m.checksum;
                    }
                    return d;
                };

                /**
                 * Converts this State to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                State.prototype.toJSON = function() {
                    return State.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for State
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.State
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                State.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.State";
                };

                return State;
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
