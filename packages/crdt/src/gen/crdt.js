/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["continuum_crdt_crdt"] || ($protobuf.roots["continuum_crdt_crdt"] = {});

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

            v1.Columns = (function() {

                /**
                 * Properties of a Columns.
                 * @typedef {Object} continuum.crdt.v1.Columns.$Properties
                 * @property {Array.<number>|null} [sizes] Columns sizes
                 * @property {Array.<string>|null} [keys] Columns keys
                 * @property {Array.<number>|null} [dotNodes] Columns dotNodes
                 * @property {Array.<number>|null} [dotCounters] Columns dotCounters
                 * @property {Array.<number>|null} [valueKinds] Columns valueKinds
                 * @property {Array.<string>|null} [json] Columns json
                 * @property {Array.<Uint8Array>|null} [bytes] Columns bytes
                 * @property {Array.<number>|null} [wallMs] Columns wallMs
                 * @property {Array.<number>|null} [logical] Columns logical
                 * @property {Array.<number>|null} [timestampNodes] Columns timestampNodes
                 * @property {Array.<number>|null} [clockSizes] Columns clockSizes
                 * @property {Array.<number>|null} [clockNodes] Columns clockNodes
                 * @property {Array.<number>|null} [clockCounters] Columns clockCounters
                 * @property {Array.<number>|null} [increments] Columns increments
                 * @property {Array.<number>|null} [decrements] Columns decrements
                 * @property {Array.<number>|null} [ints] Columns ints
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Columns.
                 * @memberof continuum.crdt.v1
                 * @interface IColumns
                 * @augments continuum.crdt.v1.Columns.$Properties
                 * @deprecated Use continuum.crdt.v1.Columns.$Properties instead.
                 */

                /**
                 * Shape of a Columns.
                 * @typedef {continuum.crdt.v1.Columns.$Properties} continuum.crdt.v1.Columns.$Shape
                 */

                /**
                 * Constructs a new Columns.
                 * @memberof continuum.crdt.v1
                 * @classdesc Represents a Columns.
                 * @constructor
                 * @param {continuum.crdt.v1.Columns.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Columns = function (p) {
                    this.sizes = [];
                    this.keys = [];
                    this.dotNodes = [];
                    this.dotCounters = [];
                    this.valueKinds = [];
                    this.json = [];
                    this.bytes = [];
                    this.wallMs = [];
                    this.logical = [];
                    this.timestampNodes = [];
                    this.clockSizes = [];
                    this.clockNodes = [];
                    this.clockCounters = [];
                    this.increments = [];
                    this.decrements = [];
                    this.ints = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Columns sizes.
                 * @member {Array.<number>} sizes
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.sizes = $util.emptyArray;

                /**
                 * Columns keys.
                 * @member {Array.<string>} keys
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.keys = $util.emptyArray;

                /**
                 * Columns dotNodes.
                 * @member {Array.<number>} dotNodes
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.dotNodes = $util.emptyArray;

                /**
                 * Columns dotCounters.
                 * @member {Array.<number>} dotCounters
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.dotCounters = $util.emptyArray;

                /**
                 * Columns valueKinds.
                 * @member {Array.<number>} valueKinds
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.valueKinds = $util.emptyArray;

                /**
                 * Columns json.
                 * @member {Array.<string>} json
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.json = $util.emptyArray;

                /**
                 * Columns bytes.
                 * @member {Array.<Uint8Array>} bytes
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.bytes = $util.emptyArray;

                /**
                 * Columns wallMs.
                 * @member {Array.<number>} wallMs
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.wallMs = $util.emptyArray;

                /**
                 * Columns logical.
                 * @member {Array.<number>} logical
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.logical = $util.emptyArray;

                /**
                 * Columns timestampNodes.
                 * @member {Array.<number>} timestampNodes
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.timestampNodes = $util.emptyArray;

                /**
                 * Columns clockSizes.
                 * @member {Array.<number>} clockSizes
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.clockSizes = $util.emptyArray;

                /**
                 * Columns clockNodes.
                 * @member {Array.<number>} clockNodes
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.clockNodes = $util.emptyArray;

                /**
                 * Columns clockCounters.
                 * @member {Array.<number>} clockCounters
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.clockCounters = $util.emptyArray;

                /**
                 * Columns increments.
                 * @member {Array.<number>} increments
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.increments = $util.emptyArray;

                /**
                 * Columns decrements.
                 * @member {Array.<number>} decrements
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.decrements = $util.emptyArray;

                /**
                 * Columns ints.
                 * @member {Array.<number>} ints
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 */
                Columns.prototype.ints = $util.emptyArray;

                /**
                 * Creates a new Columns instance using the specified properties.
                 * @function create
                 * @memberof continuum.crdt.v1.Columns
                 * @static
                 * @param {continuum.crdt.v1.Columns.$Properties=} [properties] Properties to set
                 * @returns {continuum.crdt.v1.Columns} Columns instance
                 * @type {{
                 *   (properties: continuum.crdt.v1.Columns.$Shape): continuum.crdt.v1.Columns & continuum.crdt.v1.Columns.$Shape;
                 *   (properties?: continuum.crdt.v1.Columns.$Properties): continuum.crdt.v1.Columns;
                 * }}
                 */
                Columns.create = function(properties) {
                    return new Columns(properties);
                };

                /**
                 * Encodes the specified Columns message. Does not implicitly {@link continuum.crdt.v1.Columns.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.crdt.v1.Columns
                 * @static
                 * @param {continuum.crdt.v1.Columns.$Properties} m Columns message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Columns.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sizes != null && m.sizes.length) {
                        w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.sizes);
                    }
                    if (m.keys != null && m.keys.length) {
                        for (var i = 0; i < m.keys.length; ++i)
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.keys[i]);
                    }
                    if (m.dotNodes != null && m.dotNodes.length) {
                        w.uint32(/* id 3, wireType 2 =*/26).uint32s(m.dotNodes);
                    }
                    if (m.dotCounters != null && m.dotCounters.length) {
                        w.uint32(/* id 4, wireType 2 =*/34).sint64s(m.dotCounters);
                    }
                    if (m.valueKinds != null && m.valueKinds.length) {
                        w.uint32(/* id 5, wireType 2 =*/42).uint32s(m.valueKinds);
                    }
                    if (m.json != null && m.json.length) {
                        for (var i = 0; i < m.json.length; ++i)
                            w.uint32(/* id 6, wireType 2 =*/50).string(m.json[i]);
                    }
                    if (m.bytes != null && m.bytes.length) {
                        for (var i = 0; i < m.bytes.length; ++i)
                            w.uint32(/* id 7, wireType 2 =*/58).bytes(m.bytes[i]);
                    }
                    if (m.wallMs != null && m.wallMs.length) {
                        w.uint32(/* id 8, wireType 2 =*/66).sint64s(m.wallMs);
                    }
                    if (m.logical != null && m.logical.length) {
                        w.uint32(/* id 9, wireType 2 =*/74).uint32s(m.logical);
                    }
                    if (m.timestampNodes != null && m.timestampNodes.length) {
                        w.uint32(/* id 10, wireType 2 =*/82).uint32s(m.timestampNodes);
                    }
                    if (m.clockSizes != null && m.clockSizes.length) {
                        w.uint32(/* id 11, wireType 2 =*/90).uint32s(m.clockSizes);
                    }
                    if (m.clockNodes != null && m.clockNodes.length) {
                        w.uint32(/* id 12, wireType 2 =*/98).uint32s(m.clockNodes);
                    }
                    if (m.clockCounters != null && m.clockCounters.length) {
                        w.uint32(/* id 13, wireType 2 =*/106).uint64s(m.clockCounters);
                    }
                    if (m.increments != null && m.increments.length) {
                        w.uint32(/* id 14, wireType 2 =*/114).uint64s(m.increments);
                    }
                    if (m.decrements != null && m.decrements.length) {
                        w.uint32(/* id 15, wireType 2 =*/122).uint64s(m.decrements);
                    }
                    if (m.ints != null && m.ints.length) {
                        w.uint32(/* id 16, wireType 2 =*/130).sint64s(m.ints);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Columns message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.crdt.v1.Columns
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.crdt.v1.Columns & continuum.crdt.v1.Columns.$Shape} Columns
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Columns.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.crdt.v1.Columns();
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
                                if (u === 2) {
                                    if (!(m.sizes && m.sizes.length))
                                        m.sizes = [];
                                    r.uint32s(m.sizes);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.sizes && m.sizes.length))
                                    m.sizes = [];
                                m.sizes.push(r.uint32());
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.keys && m.keys.length))
                                    m.keys = [];
                                m.keys.push(r.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (u === 2) {
                                    if (!(m.dotNodes && m.dotNodes.length))
                                        m.dotNodes = [];
                                    r.uint32s(m.dotNodes);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.dotNodes && m.dotNodes.length))
                                    m.dotNodes = [];
                                m.dotNodes.push(r.uint32());
                                continue;
                            }
                        case 4: {
                                if (u === 2) {
                                    if (!(m.dotCounters && m.dotCounters.length))
                                        m.dotCounters = [];
                                    r.sint64s(m.dotCounters);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.dotCounters && m.dotCounters.length))
                                    m.dotCounters = [];
                                m.dotCounters.push(r.sint64());
                                continue;
                            }
                        case 5: {
                                if (u === 2) {
                                    if (!(m.valueKinds && m.valueKinds.length))
                                        m.valueKinds = [];
                                    r.uint32s(m.valueKinds);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.valueKinds && m.valueKinds.length))
                                    m.valueKinds = [];
                                m.valueKinds.push(r.uint32());
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.json && m.json.length))
                                    m.json = [];
                                m.json.push(r.stringVerify());
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if (!(m.bytes && m.bytes.length))
                                    m.bytes = [];
                                m.bytes.push(r.bytes());
                                continue;
                            }
                        case 8: {
                                if (u === 2) {
                                    if (!(m.wallMs && m.wallMs.length))
                                        m.wallMs = [];
                                    r.sint64s(m.wallMs);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.wallMs && m.wallMs.length))
                                    m.wallMs = [];
                                m.wallMs.push(r.sint64());
                                continue;
                            }
                        case 9: {
                                if (u === 2) {
                                    if (!(m.logical && m.logical.length))
                                        m.logical = [];
                                    r.uint32s(m.logical);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.logical && m.logical.length))
                                    m.logical = [];
                                m.logical.push(r.uint32());
                                continue;
                            }
                        case 10: {
                                if (u === 2) {
                                    if (!(m.timestampNodes && m.timestampNodes.length))
                                        m.timestampNodes = [];
                                    r.uint32s(m.timestampNodes);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.timestampNodes && m.timestampNodes.length))
                                    m.timestampNodes = [];
                                m.timestampNodes.push(r.uint32());
                                continue;
                            }
                        case 11: {
                                if (u === 2) {
                                    if (!(m.clockSizes && m.clockSizes.length))
                                        m.clockSizes = [];
                                    r.uint32s(m.clockSizes);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.clockSizes && m.clockSizes.length))
                                    m.clockSizes = [];
                                m.clockSizes.push(r.uint32());
                                continue;
                            }
                        case 12: {
                                if (u === 2) {
                                    if (!(m.clockNodes && m.clockNodes.length))
                                        m.clockNodes = [];
                                    r.uint32s(m.clockNodes);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.clockNodes && m.clockNodes.length))
                                    m.clockNodes = [];
                                m.clockNodes.push(r.uint32());
                                continue;
                            }
                        case 13: {
                                if (u === 2) {
                                    if (!(m.clockCounters && m.clockCounters.length))
                                        m.clockCounters = [];
                                    r.uint64s(m.clockCounters);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.clockCounters && m.clockCounters.length))
                                    m.clockCounters = [];
                                m.clockCounters.push(r.uint64());
                                continue;
                            }
                        case 14: {
                                if (u === 2) {
                                    if (!(m.increments && m.increments.length))
                                        m.increments = [];
                                    r.uint64s(m.increments);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.increments && m.increments.length))
                                    m.increments = [];
                                m.increments.push(r.uint64());
                                continue;
                            }
                        case 15: {
                                if (u === 2) {
                                    if (!(m.decrements && m.decrements.length))
                                        m.decrements = [];
                                    r.uint64s(m.decrements);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.decrements && m.decrements.length))
                                    m.decrements = [];
                                m.decrements.push(r.uint64());
                                continue;
                            }
                        case 16: {
                                if (u === 2) {
                                    if (!(m.ints && m.ints.length))
                                        m.ints = [];
                                    r.sint64s(m.ints);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.ints && m.ints.length))
                                    m.ints = [];
                                m.ints.push(r.sint64());
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
                 * Creates a Columns message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.crdt.v1.Columns
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.crdt.v1.Columns} Columns
                 */
                Columns.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.crdt.v1.Columns)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.crdt.v1.Columns: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.crdt.v1.Columns();
                    if (d.sizes) {
                        if (!$Array.isArray(d.sizes))
                            throw $TypeError(".continuum.crdt.v1.Columns.sizes: array expected");
                        m.sizes = $Array(d.sizes.length);
                        for (var i = 0; i < d.sizes.length; ++i) {
                            m.sizes[i] = d.sizes[i] >>> 0;
                        }
                    }
                    if (d.keys) {
                        if (!$Array.isArray(d.keys))
                            throw $TypeError(".continuum.crdt.v1.Columns.keys: array expected");
                        m.keys = $Array(d.keys.length);
                        for (var i = 0; i < d.keys.length; ++i) {
                            m.keys[i] = $String(d.keys[i]);
                        }
                    }
                    if (d.dotNodes) {
                        if (!$Array.isArray(d.dotNodes))
                            throw $TypeError(".continuum.crdt.v1.Columns.dotNodes: array expected");
                        m.dotNodes = $Array(d.dotNodes.length);
                        for (var i = 0; i < d.dotNodes.length; ++i) {
                            m.dotNodes[i] = d.dotNodes[i] >>> 0;
                        }
                    }
                    if (d.dotCounters) {
                        if (!$Array.isArray(d.dotCounters))
                            throw $TypeError(".continuum.crdt.v1.Columns.dotCounters: array expected");
                        m.dotCounters = $Array(d.dotCounters.length);
                        for (var i = 0; i < d.dotCounters.length; ++i) {
                            if ($util.Long)
                                m.dotCounters[i] = $util.Long.fromValue(d.dotCounters[i], false);
                            else if (typeof d.dotCounters[i] === "string")
                                m.dotCounters[i] = $parseInt(d.dotCounters[i], 10);
                            else if (typeof d.dotCounters[i] === "number")
                                m.dotCounters[i] = d.dotCounters[i];
                            else if (typeof d.dotCounters[i] === "object")
                                m.dotCounters[i] = new $util.LongBits(d.dotCounters[i].low >>> 0, d.dotCounters[i].high >>> 0).toNumber();
                        }
                    }
                    if (d.valueKinds) {
                        if (!$Array.isArray(d.valueKinds))
                            throw $TypeError(".continuum.crdt.v1.Columns.valueKinds: array expected");
                        m.valueKinds = $Array(d.valueKinds.length);
                        for (var i = 0; i < d.valueKinds.length; ++i) {
                            m.valueKinds[i] = d.valueKinds[i] >>> 0;
                        }
                    }
                    if (d.json) {
                        if (!$Array.isArray(d.json))
                            throw $TypeError(".continuum.crdt.v1.Columns.json: array expected");
                        m.json = $Array(d.json.length);
                        for (var i = 0; i < d.json.length; ++i) {
                            m.json[i] = $String(d.json[i]);
                        }
                    }
                    if (d.bytes) {
                        if (!$Array.isArray(d.bytes))
                            throw $TypeError(".continuum.crdt.v1.Columns.bytes: array expected");
                        m.bytes = $Array(d.bytes.length);
                        for (var i = 0; i < d.bytes.length; ++i) {
                            if (typeof d.bytes[i] === "string")
                                $util.base64.decode(d.bytes[i], m.bytes[i] = $util.newBuffer($util.base64.length(d.bytes[i])), 0);
                            else if (d.bytes[i].length >= 0)
                                m.bytes[i] = d.bytes[i];
                        }
                    }
                    if (d.wallMs) {
                        if (!$Array.isArray(d.wallMs))
                            throw $TypeError(".continuum.crdt.v1.Columns.wallMs: array expected");
                        m.wallMs = $Array(d.wallMs.length);
                        for (var i = 0; i < d.wallMs.length; ++i) {
                            if ($util.Long)
                                m.wallMs[i] = $util.Long.fromValue(d.wallMs[i], false);
                            else if (typeof d.wallMs[i] === "string")
                                m.wallMs[i] = $parseInt(d.wallMs[i], 10);
                            else if (typeof d.wallMs[i] === "number")
                                m.wallMs[i] = d.wallMs[i];
                            else if (typeof d.wallMs[i] === "object")
                                m.wallMs[i] = new $util.LongBits(d.wallMs[i].low >>> 0, d.wallMs[i].high >>> 0).toNumber();
                        }
                    }
                    if (d.logical) {
                        if (!$Array.isArray(d.logical))
                            throw $TypeError(".continuum.crdt.v1.Columns.logical: array expected");
                        m.logical = $Array(d.logical.length);
                        for (var i = 0; i < d.logical.length; ++i) {
                            m.logical[i] = d.logical[i] >>> 0;
                        }
                    }
                    if (d.timestampNodes) {
                        if (!$Array.isArray(d.timestampNodes))
                            throw $TypeError(".continuum.crdt.v1.Columns.timestampNodes: array expected");
                        m.timestampNodes = $Array(d.timestampNodes.length);
                        for (var i = 0; i < d.timestampNodes.length; ++i) {
                            m.timestampNodes[i] = d.timestampNodes[i] >>> 0;
                        }
                    }
                    if (d.clockSizes) {
                        if (!$Array.isArray(d.clockSizes))
                            throw $TypeError(".continuum.crdt.v1.Columns.clockSizes: array expected");
                        m.clockSizes = $Array(d.clockSizes.length);
                        for (var i = 0; i < d.clockSizes.length; ++i) {
                            m.clockSizes[i] = d.clockSizes[i] >>> 0;
                        }
                    }
                    if (d.clockNodes) {
                        if (!$Array.isArray(d.clockNodes))
                            throw $TypeError(".continuum.crdt.v1.Columns.clockNodes: array expected");
                        m.clockNodes = $Array(d.clockNodes.length);
                        for (var i = 0; i < d.clockNodes.length; ++i) {
                            m.clockNodes[i] = d.clockNodes[i] >>> 0;
                        }
                    }
                    if (d.clockCounters) {
                        if (!$Array.isArray(d.clockCounters))
                            throw $TypeError(".continuum.crdt.v1.Columns.clockCounters: array expected");
                        m.clockCounters = $Array(d.clockCounters.length);
                        for (var i = 0; i < d.clockCounters.length; ++i) {
                            if ($util.Long)
                                m.clockCounters[i] = $util.Long.fromValue(d.clockCounters[i], true);
                            else if (typeof d.clockCounters[i] === "string")
                                m.clockCounters[i] = $parseInt(d.clockCounters[i], 10);
                            else if (typeof d.clockCounters[i] === "number")
                                m.clockCounters[i] = d.clockCounters[i];
                            else if (typeof d.clockCounters[i] === "object")
                                m.clockCounters[i] = new $util.LongBits(d.clockCounters[i].low >>> 0, d.clockCounters[i].high >>> 0).toNumber(true);
                        }
                    }
                    if (d.increments) {
                        if (!$Array.isArray(d.increments))
                            throw $TypeError(".continuum.crdt.v1.Columns.increments: array expected");
                        m.increments = $Array(d.increments.length);
                        for (var i = 0; i < d.increments.length; ++i) {
                            if ($util.Long)
                                m.increments[i] = $util.Long.fromValue(d.increments[i], true);
                            else if (typeof d.increments[i] === "string")
                                m.increments[i] = $parseInt(d.increments[i], 10);
                            else if (typeof d.increments[i] === "number")
                                m.increments[i] = d.increments[i];
                            else if (typeof d.increments[i] === "object")
                                m.increments[i] = new $util.LongBits(d.increments[i].low >>> 0, d.increments[i].high >>> 0).toNumber(true);
                        }
                    }
                    if (d.decrements) {
                        if (!$Array.isArray(d.decrements))
                            throw $TypeError(".continuum.crdt.v1.Columns.decrements: array expected");
                        m.decrements = $Array(d.decrements.length);
                        for (var i = 0; i < d.decrements.length; ++i) {
                            if ($util.Long)
                                m.decrements[i] = $util.Long.fromValue(d.decrements[i], true);
                            else if (typeof d.decrements[i] === "string")
                                m.decrements[i] = $parseInt(d.decrements[i], 10);
                            else if (typeof d.decrements[i] === "number")
                                m.decrements[i] = d.decrements[i];
                            else if (typeof d.decrements[i] === "object")
                                m.decrements[i] = new $util.LongBits(d.decrements[i].low >>> 0, d.decrements[i].high >>> 0).toNumber(true);
                        }
                    }
                    if (d.ints) {
                        if (!$Array.isArray(d.ints))
                            throw $TypeError(".continuum.crdt.v1.Columns.ints: array expected");
                        m.ints = $Array(d.ints.length);
                        for (var i = 0; i < d.ints.length; ++i) {
                            if ($util.Long)
                                m.ints[i] = $util.Long.fromValue(d.ints[i], false);
                            else if (typeof d.ints[i] === "string")
                                m.ints[i] = $parseInt(d.ints[i], 10);
                            else if (typeof d.ints[i] === "number")
                                m.ints[i] = d.ints[i];
                            else if (typeof d.ints[i] === "object")
                                m.ints[i] = new $util.LongBits(d.ints[i].low >>> 0, d.ints[i].high >>> 0).toNumber();
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Columns message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.crdt.v1.Columns
                 * @static
                 * @param {continuum.crdt.v1.Columns} m Columns
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Columns.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.sizes = [];
                        d.keys = [];
                        d.dotNodes = [];
                        d.dotCounters = [];
                        d.valueKinds = [];
                        d.json = [];
                        d.bytes = [];
                        d.wallMs = [];
                        d.logical = [];
                        d.timestampNodes = [];
                        d.clockSizes = [];
                        d.clockNodes = [];
                        d.clockCounters = [];
                        d.increments = [];
                        d.decrements = [];
                        d.ints = [];
                    }
                    if (m.sizes && m.sizes.length) {
                        d.sizes = $Array(m.sizes.length);
                        for (var j = 0; j < m.sizes.length; ++j) {
                            d.sizes[j] = m.sizes[j];
                        }
                    }
                    if (m.keys && m.keys.length) {
                        d.keys = $Array(m.keys.length);
                        for (var j = 0; j < m.keys.length; ++j) {
                            d.keys[j] = m.keys[j];
                        }
                    }
                    if (m.dotNodes && m.dotNodes.length) {
                        d.dotNodes = $Array(m.dotNodes.length);
                        for (var j = 0; j < m.dotNodes.length; ++j) {
                            d.dotNodes[j] = m.dotNodes[j];
                        }
                    }
                    if (m.dotCounters && m.dotCounters.length) {
                        d.dotCounters = $Array(m.dotCounters.length);
                        for (var j = 0; j < m.dotCounters.length; ++j) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.dotCounters[j] = typeof m.dotCounters[j] === "number" ? $BigInt(m.dotCounters[j]) : $util.Long.fromBits(m.dotCounters[j].low >>> 0, m.dotCounters[j].high >>> 0, false).toBigInt();
                            else if (typeof m.dotCounters[j] === "number")
                                d.dotCounters[j] = o.longs === $String ? $String(m.dotCounters[j]) : m.dotCounters[j];
                            else
                                d.dotCounters[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.dotCounters[j]) : o.longs === $Number ? new $util.LongBits(m.dotCounters[j].low >>> 0, m.dotCounters[j].high >>> 0).toNumber() : m.dotCounters[j];
                        }
                    }
                    if (m.valueKinds && m.valueKinds.length) {
                        d.valueKinds = $Array(m.valueKinds.length);
                        for (var j = 0; j < m.valueKinds.length; ++j) {
                            d.valueKinds[j] = m.valueKinds[j];
                        }
                    }
                    if (m.json && m.json.length) {
                        d.json = $Array(m.json.length);
                        for (var j = 0; j < m.json.length; ++j) {
                            d.json[j] = m.json[j];
                        }
                    }
                    if (m.bytes && m.bytes.length) {
                        d.bytes = $Array(m.bytes.length);
                        for (var j = 0; j < m.bytes.length; ++j) {
                            d.bytes[j] = o.bytes === $String ? $util.base64.encode(m.bytes[j], 0, m.bytes[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.bytes[j]) : m.bytes[j];
                        }
                    }
                    if (m.wallMs && m.wallMs.length) {
                        d.wallMs = $Array(m.wallMs.length);
                        for (var j = 0; j < m.wallMs.length; ++j) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.wallMs[j] = typeof m.wallMs[j] === "number" ? $BigInt(m.wallMs[j]) : $util.Long.fromBits(m.wallMs[j].low >>> 0, m.wallMs[j].high >>> 0, false).toBigInt();
                            else if (typeof m.wallMs[j] === "number")
                                d.wallMs[j] = o.longs === $String ? $String(m.wallMs[j]) : m.wallMs[j];
                            else
                                d.wallMs[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.wallMs[j]) : o.longs === $Number ? new $util.LongBits(m.wallMs[j].low >>> 0, m.wallMs[j].high >>> 0).toNumber() : m.wallMs[j];
                        }
                    }
                    if (m.logical && m.logical.length) {
                        d.logical = $Array(m.logical.length);
                        for (var j = 0; j < m.logical.length; ++j) {
                            d.logical[j] = m.logical[j];
                        }
                    }
                    if (m.timestampNodes && m.timestampNodes.length) {
                        d.timestampNodes = $Array(m.timestampNodes.length);
                        for (var j = 0; j < m.timestampNodes.length; ++j) {
                            d.timestampNodes[j] = m.timestampNodes[j];
                        }
                    }
                    if (m.clockSizes && m.clockSizes.length) {
                        d.clockSizes = $Array(m.clockSizes.length);
                        for (var j = 0; j < m.clockSizes.length; ++j) {
                            d.clockSizes[j] = m.clockSizes[j];
                        }
                    }
                    if (m.clockNodes && m.clockNodes.length) {
                        d.clockNodes = $Array(m.clockNodes.length);
                        for (var j = 0; j < m.clockNodes.length; ++j) {
                            d.clockNodes[j] = m.clockNodes[j];
                        }
                    }
                    if (m.clockCounters && m.clockCounters.length) {
                        d.clockCounters = $Array(m.clockCounters.length);
                        for (var j = 0; j < m.clockCounters.length; ++j) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.clockCounters[j] = typeof m.clockCounters[j] === "number" ? $BigInt(m.clockCounters[j]) : $util.Long.fromBits(m.clockCounters[j].low >>> 0, m.clockCounters[j].high >>> 0, true).toBigInt();
                            else if (typeof m.clockCounters[j] === "number")
                                d.clockCounters[j] = o.longs === $String ? $String(m.clockCounters[j]) : m.clockCounters[j];
                            else
                                d.clockCounters[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.clockCounters[j]) : o.longs === $Number ? new $util.LongBits(m.clockCounters[j].low >>> 0, m.clockCounters[j].high >>> 0).toNumber(true) : m.clockCounters[j];
                        }
                    }
                    if (m.increments && m.increments.length) {
                        d.increments = $Array(m.increments.length);
                        for (var j = 0; j < m.increments.length; ++j) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.increments[j] = typeof m.increments[j] === "number" ? $BigInt(m.increments[j]) : $util.Long.fromBits(m.increments[j].low >>> 0, m.increments[j].high >>> 0, true).toBigInt();
                            else if (typeof m.increments[j] === "number")
                                d.increments[j] = o.longs === $String ? $String(m.increments[j]) : m.increments[j];
                            else
                                d.increments[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.increments[j]) : o.longs === $Number ? new $util.LongBits(m.increments[j].low >>> 0, m.increments[j].high >>> 0).toNumber(true) : m.increments[j];
                        }
                    }
                    if (m.decrements && m.decrements.length) {
                        d.decrements = $Array(m.decrements.length);
                        for (var j = 0; j < m.decrements.length; ++j) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.decrements[j] = typeof m.decrements[j] === "number" ? $BigInt(m.decrements[j]) : $util.Long.fromBits(m.decrements[j].low >>> 0, m.decrements[j].high >>> 0, true).toBigInt();
                            else if (typeof m.decrements[j] === "number")
                                d.decrements[j] = o.longs === $String ? $String(m.decrements[j]) : m.decrements[j];
                            else
                                d.decrements[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.decrements[j]) : o.longs === $Number ? new $util.LongBits(m.decrements[j].low >>> 0, m.decrements[j].high >>> 0).toNumber(true) : m.decrements[j];
                        }
                    }
                    if (m.ints && m.ints.length) {
                        d.ints = $Array(m.ints.length);
                        for (var j = 0; j < m.ints.length; ++j) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.ints[j] = typeof m.ints[j] === "number" ? $BigInt(m.ints[j]) : $util.Long.fromBits(m.ints[j].low >>> 0, m.ints[j].high >>> 0, false).toBigInt();
                            else if (typeof m.ints[j] === "number")
                                d.ints[j] = o.longs === $String ? $String(m.ints[j]) : m.ints[j];
                            else
                                d.ints[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.ints[j]) : o.longs === $Number ? new $util.LongBits(m.ints[j].low >>> 0, m.ints[j].high >>> 0).toNumber() : m.ints[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Columns to JSON.
                 * @function toJSON
                 * @memberof continuum.crdt.v1.Columns
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Columns.prototype.toJSON = function() {
                    return Columns.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Columns
                 * @function getTypeUrl
                 * @memberof continuum.crdt.v1.Columns
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Columns.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.crdt.v1.Columns";
                };

                return Columns;
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
                 * @property {continuum.crdt.v1.Columns.$Properties|null} [columns] State columns
                 * @property {Array.<continuum.crdt.v1.ClockEntry.$Properties>|null} [base] State base
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
                 * @typedef {continuum.crdt.v1.State.$Properties} continuum.crdt.v1.State.$Shape
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
                    this.base = [];
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
                 * State columns.
                 * @member {continuum.crdt.v1.Columns.$Properties|null|undefined} columns
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 */
                State.prototype.columns = null;

                /**
                 * State base.
                 * @member {Array.<continuum.crdt.v1.ClockEntry.$Properties>} base
                 * @memberof continuum.crdt.v1.State
                 * @instance
                 */
                State.prototype.base = $util.emptyArray;

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
                    if (m.checksum != null && $Object.hasOwnProperty.call(m, "checksum") && m.checksum !== 0)
                        w.uint32(/* id 7, wireType 5 =*/61).fixed32(m.checksum);
                    if (m.columns != null && $Object.hasOwnProperty.call(m, "columns"))
                        $root.continuum.crdt.v1.Columns.encode(m.columns, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (m.base != null && m.base.length) {
                        for (var i = 0; i < m.base.length; ++i)
                            $root.continuum.crdt.v1.ClockEntry.encode(m.base[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    }
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
                        case 8: {
                                if (u !== 2)
                                    break;
                                m.columns = $root.continuum.crdt.v1.Columns.decode(r, r.size(), $undefined, q + 1, m.columns);
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if (!(m.base && m.base.length))
                                    m.base = [];
                                m.base.push($root.continuum.crdt.v1.ClockEntry.decode(r, r.size(), $undefined, q + 1));
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
                    if (d.columns != null) {
                        if (!$util.isObject(d.columns))
                            throw $TypeError(".continuum.crdt.v1.State.columns: object expected");
                        m.columns = $root.continuum.crdt.v1.Columns.fromObject(d.columns, q + 1);
                    }
                    if (d.base) {
                        if (!$Array.isArray(d.base))
                            throw $TypeError(".continuum.crdt.v1.State.base: array expected");
                        m.base = $Array(d.base.length);
                        for (var i = 0; i < d.base.length; ++i) {
                            if (!$util.isObject(d.base[i]))
                                throw $TypeError(".continuum.crdt.v1.State.base: object expected");
                            m.base[i] = $root.continuum.crdt.v1.ClockEntry.fromObject(d.base[i], q + 1);
                        }
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
                        d.base = [];
                    }
                    if (o.defaults) {
                        d.version = 0;
                        d.type = o.enums === $String ? "CRDT_TYPE_UNSPECIFIED" : 0;
                        d.full = false;
                        d.context = null;
                        d.checksum = 0;
                        d.columns = null;
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
                    if (m.checksum != null && $Object.hasOwnProperty.call(m, "checksum")) {
                        d.checksum = m.checksum;
                    }
                    if (m.columns != null && $Object.hasOwnProperty.call(m, "columns")) {
                        d.columns = $root.continuum.crdt.v1.Columns.toObject(m.columns, o, q + 1);
                    }
                    if (m.base && m.base.length) {
                        d.base = $Array(m.base.length);
                        for (var j = 0; j < m.base.length; ++j) {
                            d.base[j] = $root.continuum.crdt.v1.ClockEntry.toObject(m.base[j], o, q + 1);
                        }
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
