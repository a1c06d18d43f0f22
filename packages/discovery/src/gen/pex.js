/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["continuum_discovery_pex"] || ($protobuf.roots["continuum_discovery_pex"] = {});

export const continuum = $root.continuum = (() => {

    /**
     * Namespace continuum.
     * @exports continuum
     * @namespace
     */
    const continuum = {};

    continuum.discovery = (function() {

        /**
         * Namespace discovery.
         * @memberof continuum
         * @namespace
         */
        const discovery = {};

        discovery.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof continuum.discovery
             * @namespace
             */
            const v1 = {};

            v1.PexRequest = (function() {

                /**
                 * Properties of a PexRequest.
                 * @typedef {Object} continuum.discovery.v1.PexRequest.$Properties
                 * @property {number|null} [maxPeers] PexRequest maxPeers
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PexRequest.
                 * @memberof continuum.discovery.v1
                 * @interface IPexRequest
                 * @augments continuum.discovery.v1.PexRequest.$Properties
                 * @deprecated Use continuum.discovery.v1.PexRequest.$Properties instead.
                 */

                /**
                 * Shape of a PexRequest.
                 * @typedef {continuum.discovery.v1.PexRequest.$Properties} continuum.discovery.v1.PexRequest.$Shape
                 */

                /**
                 * Constructs a new PexRequest.
                 * @memberof continuum.discovery.v1
                 * @classdesc Represents a PexRequest.
                 * @constructor
                 * @param {continuum.discovery.v1.PexRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PexRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * PexRequest maxPeers.
                 * @member {number} maxPeers
                 * @memberof continuum.discovery.v1.PexRequest
                 * @instance
                 */
                PexRequest.prototype.maxPeers = 0;

                /**
                 * Creates a new PexRequest instance using the specified properties.
                 * @function create
                 * @memberof continuum.discovery.v1.PexRequest
                 * @static
                 * @param {continuum.discovery.v1.PexRequest.$Properties=} [properties] Properties to set
                 * @returns {continuum.discovery.v1.PexRequest} PexRequest instance
                 * @type {{
                 *   (properties: continuum.discovery.v1.PexRequest.$Shape): continuum.discovery.v1.PexRequest & continuum.discovery.v1.PexRequest.$Shape;
                 *   (properties?: continuum.discovery.v1.PexRequest.$Properties): continuum.discovery.v1.PexRequest;
                 * }}
                 */
                PexRequest.create = function(properties) {
                    return new PexRequest(properties);
                };

                /**
                 * Encodes the specified PexRequest message. Does not implicitly {@link continuum.discovery.v1.PexRequest.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.discovery.v1.PexRequest
                 * @static
                 * @param {continuum.discovery.v1.PexRequest.$Properties} m PexRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PexRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.maxPeers != null && $Object.hasOwnProperty.call(m, "maxPeers") && m.maxPeers !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.maxPeers);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a PexRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.discovery.v1.PexRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.discovery.v1.PexRequest & continuum.discovery.v1.PexRequest.$Shape} PexRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PexRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.discovery.v1.PexRequest();
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
                                    m.maxPeers = v;
                                else
                                    delete m.maxPeers;
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
                 * Creates a PexRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.discovery.v1.PexRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.discovery.v1.PexRequest} PexRequest
                 */
                PexRequest.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.discovery.v1.PexRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.discovery.v1.PexRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.discovery.v1.PexRequest();
                    if (d.maxPeers != null) {
                        if ($Number(d.maxPeers) !== 0) {
                            m.maxPeers = d.maxPeers >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PexRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.discovery.v1.PexRequest
                 * @static
                 * @param {continuum.discovery.v1.PexRequest} m PexRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PexRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.maxPeers = 0;
                    }
                    if (m.maxPeers != null && $Object.hasOwnProperty.call(m, "maxPeers")) {
                        d.maxPeers = m.maxPeers;
                    }
                    return d;
                };

                /**
                 * Converts this PexRequest to JSON.
                 * @function toJSON
                 * @memberof continuum.discovery.v1.PexRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PexRequest.prototype.toJSON = function() {
                    return PexRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PexRequest
                 * @function getTypeUrl
                 * @memberof continuum.discovery.v1.PexRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PexRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.discovery.v1.PexRequest";
                };

                return PexRequest;
            })();

            v1.PexPeer = (function() {

                /**
                 * Properties of a PexPeer.
                 * @typedef {Object} continuum.discovery.v1.PexPeer.$Properties
                 * @property {string|null} [id] PexPeer id
                 * @property {Array.<Uint8Array>|null} [addrs] PexPeer addrs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PexPeer.
                 * @memberof continuum.discovery.v1
                 * @interface IPexPeer
                 * @augments continuum.discovery.v1.PexPeer.$Properties
                 * @deprecated Use continuum.discovery.v1.PexPeer.$Properties instead.
                 */

                /**
                 * Shape of a PexPeer.
                 * @typedef {continuum.discovery.v1.PexPeer.$Properties} continuum.discovery.v1.PexPeer.$Shape
                 */

                /**
                 * Constructs a new PexPeer.
                 * @memberof continuum.discovery.v1
                 * @classdesc Represents a PexPeer.
                 * @constructor
                 * @param {continuum.discovery.v1.PexPeer.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PexPeer = function (p) {
                    this.addrs = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * PexPeer id.
                 * @member {string} id
                 * @memberof continuum.discovery.v1.PexPeer
                 * @instance
                 */
                PexPeer.prototype.id = "";

                /**
                 * PexPeer addrs.
                 * @member {Array.<Uint8Array>} addrs
                 * @memberof continuum.discovery.v1.PexPeer
                 * @instance
                 */
                PexPeer.prototype.addrs = $util.emptyArray;

                /**
                 * Creates a new PexPeer instance using the specified properties.
                 * @function create
                 * @memberof continuum.discovery.v1.PexPeer
                 * @static
                 * @param {continuum.discovery.v1.PexPeer.$Properties=} [properties] Properties to set
                 * @returns {continuum.discovery.v1.PexPeer} PexPeer instance
                 * @type {{
                 *   (properties: continuum.discovery.v1.PexPeer.$Shape): continuum.discovery.v1.PexPeer & continuum.discovery.v1.PexPeer.$Shape;
                 *   (properties?: continuum.discovery.v1.PexPeer.$Properties): continuum.discovery.v1.PexPeer;
                 * }}
                 */
                PexPeer.create = function(properties) {
                    return new PexPeer(properties);
                };

                /**
                 * Encodes the specified PexPeer message. Does not implicitly {@link continuum.discovery.v1.PexPeer.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.discovery.v1.PexPeer
                 * @static
                 * @param {continuum.discovery.v1.PexPeer.$Properties} m PexPeer message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PexPeer.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.addrs != null && m.addrs.length) {
                        for (var i = 0; i < m.addrs.length; ++i)
                            w.uint32(/* id 2, wireType 2 =*/18).bytes(m.addrs[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a PexPeer message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.discovery.v1.PexPeer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.discovery.v1.PexPeer & continuum.discovery.v1.PexPeer.$Shape} PexPeer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PexPeer.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.discovery.v1.PexPeer();
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
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.addrs && m.addrs.length))
                                    m.addrs = [];
                                m.addrs.push(r.bytes());
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
                 * Creates a PexPeer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.discovery.v1.PexPeer
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.discovery.v1.PexPeer} PexPeer
                 */
                PexPeer.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.discovery.v1.PexPeer)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.discovery.v1.PexPeer: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.discovery.v1.PexPeer();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.addrs) {
                        if (!$Array.isArray(d.addrs))
                            throw $TypeError(".continuum.discovery.v1.PexPeer.addrs: array expected");
                        m.addrs = $Array(d.addrs.length);
                        for (var i = 0; i < d.addrs.length; ++i) {
                            if (typeof d.addrs[i] === "string")
                                $util.base64.decode(d.addrs[i], m.addrs[i] = $util.newBuffer($util.base64.length(d.addrs[i])), 0);
                            else if (d.addrs[i].length >= 0)
                                m.addrs[i] = d.addrs[i];
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PexPeer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.discovery.v1.PexPeer
                 * @static
                 * @param {continuum.discovery.v1.PexPeer} m PexPeer
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PexPeer.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addrs = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.addrs && m.addrs.length) {
                        d.addrs = $Array(m.addrs.length);
                        for (var j = 0; j < m.addrs.length; ++j) {
                            d.addrs[j] = o.bytes === $String ? $util.base64.encode(m.addrs[j], 0, m.addrs[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.addrs[j]) : m.addrs[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this PexPeer to JSON.
                 * @function toJSON
                 * @memberof continuum.discovery.v1.PexPeer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PexPeer.prototype.toJSON = function() {
                    return PexPeer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PexPeer
                 * @function getTypeUrl
                 * @memberof continuum.discovery.v1.PexPeer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PexPeer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.discovery.v1.PexPeer";
                };

                return PexPeer;
            })();

            v1.PexResponse = (function() {

                /**
                 * Properties of a PexResponse.
                 * @typedef {Object} continuum.discovery.v1.PexResponse.$Properties
                 * @property {Array.<continuum.discovery.v1.PexPeer.$Properties>|null} [peers] PexResponse peers
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PexResponse.
                 * @memberof continuum.discovery.v1
                 * @interface IPexResponse
                 * @augments continuum.discovery.v1.PexResponse.$Properties
                 * @deprecated Use continuum.discovery.v1.PexResponse.$Properties instead.
                 */

                /**
                 * Shape of a PexResponse.
                 * @typedef {continuum.discovery.v1.PexResponse.$Properties} continuum.discovery.v1.PexResponse.$Shape
                 */

                /**
                 * Constructs a new PexResponse.
                 * @memberof continuum.discovery.v1
                 * @classdesc Represents a PexResponse.
                 * @constructor
                 * @param {continuum.discovery.v1.PexResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PexResponse = function (p) {
                    this.peers = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * PexResponse peers.
                 * @member {Array.<continuum.discovery.v1.PexPeer.$Properties>} peers
                 * @memberof continuum.discovery.v1.PexResponse
                 * @instance
                 */
                PexResponse.prototype.peers = $util.emptyArray;

                /**
                 * Creates a new PexResponse instance using the specified properties.
                 * @function create
                 * @memberof continuum.discovery.v1.PexResponse
                 * @static
                 * @param {continuum.discovery.v1.PexResponse.$Properties=} [properties] Properties to set
                 * @returns {continuum.discovery.v1.PexResponse} PexResponse instance
                 * @type {{
                 *   (properties: continuum.discovery.v1.PexResponse.$Shape): continuum.discovery.v1.PexResponse & continuum.discovery.v1.PexResponse.$Shape;
                 *   (properties?: continuum.discovery.v1.PexResponse.$Properties): continuum.discovery.v1.PexResponse;
                 * }}
                 */
                PexResponse.create = function(properties) {
                    return new PexResponse(properties);
                };

                /**
                 * Encodes the specified PexResponse message. Does not implicitly {@link continuum.discovery.v1.PexResponse.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.discovery.v1.PexResponse
                 * @static
                 * @param {continuum.discovery.v1.PexResponse.$Properties} m PexResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PexResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peers != null && m.peers.length) {
                        for (var i = 0; i < m.peers.length; ++i)
                            $root.continuum.discovery.v1.PexPeer.encode(m.peers[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a PexResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.discovery.v1.PexResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.discovery.v1.PexResponse & continuum.discovery.v1.PexResponse.$Shape} PexResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PexResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.discovery.v1.PexResponse();
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
                                if (!(m.peers && m.peers.length))
                                    m.peers = [];
                                m.peers.push($root.continuum.discovery.v1.PexPeer.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a PexResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.discovery.v1.PexResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.discovery.v1.PexResponse} PexResponse
                 */
                PexResponse.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.discovery.v1.PexResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.discovery.v1.PexResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.discovery.v1.PexResponse();
                    if (d.peers) {
                        if (!$Array.isArray(d.peers))
                            throw $TypeError(".continuum.discovery.v1.PexResponse.peers: array expected");
                        m.peers = $Array(d.peers.length);
                        for (var i = 0; i < d.peers.length; ++i) {
                            if (!$util.isObject(d.peers[i]))
                                throw $TypeError(".continuum.discovery.v1.PexResponse.peers: object expected");
                            m.peers[i] = $root.continuum.discovery.v1.PexPeer.fromObject(d.peers[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PexResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.discovery.v1.PexResponse
                 * @static
                 * @param {continuum.discovery.v1.PexResponse} m PexResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PexResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.peers = [];
                    }
                    if (m.peers && m.peers.length) {
                        d.peers = $Array(m.peers.length);
                        for (var j = 0; j < m.peers.length; ++j) {
                            d.peers[j] = $root.continuum.discovery.v1.PexPeer.toObject(m.peers[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this PexResponse to JSON.
                 * @function toJSON
                 * @memberof continuum.discovery.v1.PexResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PexResponse.prototype.toJSON = function() {
                    return PexResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PexResponse
                 * @function getTypeUrl
                 * @memberof continuum.discovery.v1.PexResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PexResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.discovery.v1.PexResponse";
                };

                return PexResponse;
            })();

            return v1;
        })();

        return discovery;
    })();

    return continuum;
})();

export {
  $root as default
};
