/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["continuum_daemon_federation"] || ($protobuf.roots["continuum_daemon_federation"] = {});

export const continuum = $root.continuum = (() => {

    /**
     * Namespace continuum.
     * @exports continuum
     * @namespace
     */
    const continuum = {};

    continuum.daemon = (function() {

        /**
         * Namespace daemon.
         * @memberof continuum
         * @namespace
         */
        const daemon = {};

        daemon.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof continuum.daemon
             * @namespace
             */
            const v1 = {};

            v1.JoinRequest = (function() {

                /**
                 * Properties of a JoinRequest.
                 * @typedef {Object} continuum.daemon.v1.JoinRequest.$Properties
                 * @property {string|null} [federationId] JoinRequest federationId
                 * @property {string|null} [tokenId] JoinRequest tokenId
                 * @property {Uint8Array|null} [proof] JoinRequest proof
                 * @property {string|null} [name] JoinRequest name
                 * @property {string|null} [tier] JoinRequest tier
                 * @property {string|null} [territory] JoinRequest territory
                 * @property {Array.<string>|null} [addresses] JoinRequest addresses
                 * @property {Uint8Array|null} [nonce] JoinRequest nonce
                 * @property {boolean|null} [council] JoinRequest council
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a JoinRequest.
                 * @memberof continuum.daemon.v1
                 * @interface IJoinRequest
                 * @augments continuum.daemon.v1.JoinRequest.$Properties
                 * @deprecated Use continuum.daemon.v1.JoinRequest.$Properties instead.
                 */

                /**
                 * Shape of a JoinRequest.
                 * @typedef {continuum.daemon.v1.JoinRequest.$Properties} continuum.daemon.v1.JoinRequest.$Shape
                 */

                /**
                 * Constructs a new JoinRequest.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a JoinRequest.
                 * @constructor
                 * @param {continuum.daemon.v1.JoinRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const JoinRequest = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * JoinRequest federationId.
                 * @member {string} federationId
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.federationId = "";

                /**
                 * JoinRequest tokenId.
                 * @member {string} tokenId
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.tokenId = "";

                /**
                 * JoinRequest proof.
                 * @member {Uint8Array} proof
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.proof = $util.newBuffer([]);

                /**
                 * JoinRequest name.
                 * @member {string} name
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.name = "";

                /**
                 * JoinRequest tier.
                 * @member {string} tier
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.tier = "";

                /**
                 * JoinRequest territory.
                 * @member {string} territory
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.territory = "";

                /**
                 * JoinRequest addresses.
                 * @member {Array.<string>} addresses
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.addresses = $util.emptyArray;

                /**
                 * JoinRequest nonce.
                 * @member {Uint8Array} nonce
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.nonce = $util.newBuffer([]);

                /**
                 * JoinRequest council.
                 * @member {boolean} council
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.council = false;

                /**
                 * Creates a new JoinRequest instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @static
                 * @param {continuum.daemon.v1.JoinRequest.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.JoinRequest} JoinRequest instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.JoinRequest.$Shape): continuum.daemon.v1.JoinRequest & continuum.daemon.v1.JoinRequest.$Shape;
                 *   (properties?: continuum.daemon.v1.JoinRequest.$Properties): continuum.daemon.v1.JoinRequest;
                 * }}
                 */
                JoinRequest.create = function(properties) {
                    return new JoinRequest(properties);
                };

                /**
                 * Encodes the specified JoinRequest message. Does not implicitly {@link continuum.daemon.v1.JoinRequest.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @static
                 * @param {continuum.daemon.v1.JoinRequest.$Properties} m JoinRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId") && m.federationId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.federationId);
                    if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId") && m.tokenId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.tokenId);
                    if (m.proof != null && $Object.hasOwnProperty.call(m, "proof") && m.proof.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.proof);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.name);
                    if (m.tier != null && $Object.hasOwnProperty.call(m, "tier") && m.tier !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.tier);
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory") && m.territory !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.territory);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            w.uint32(/* id 7, wireType 2 =*/58).string(m.addresses[i]);
                    }
                    if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce.length)
                        w.uint32(/* id 8, wireType 2 =*/66).bytes(m.nonce);
                    if (m.council != null && $Object.hasOwnProperty.call(m, "council") && m.council !== false)
                        w.uint32(/* id 9, wireType 0 =*/72).bool(m.council);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a JoinRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.JoinRequest & continuum.daemon.v1.JoinRequest.$Shape} JoinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.JoinRequest();
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
                                    m.federationId = v;
                                else
                                    delete m.federationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.tokenId = v;
                                else
                                    delete m.tokenId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.proof = v;
                                else
                                    delete m.proof;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.tier = v;
                                else
                                    delete m.tier;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.territory = v;
                                else
                                    delete m.territory;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push(r.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.nonce = v;
                                else
                                    delete m.nonce;
                                continue;
                            }
                        case 9: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.council = v;
                                else
                                    delete m.council;
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
                 * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.JoinRequest} JoinRequest
                 */
                JoinRequest.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.JoinRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.JoinRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.JoinRequest();
                    if (d.federationId != null) {
                        if (typeof d.federationId !== "string" || d.federationId.length) {
                            m.federationId = $String(d.federationId);
                        }
                    }
                    if (d.tokenId != null) {
                        if (typeof d.tokenId !== "string" || d.tokenId.length) {
                            m.tokenId = $String(d.tokenId);
                        }
                    }
                    if (d.proof != null) {
                        if (d.proof.length) {
                            if (typeof d.proof === "string")
                                $util.base64.decode(d.proof, m.proof = $util.newBuffer($util.base64.length(d.proof)), 0);
                            else if (d.proof.length >= 0)
                                m.proof = d.proof;
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.tier != null) {
                        if (typeof d.tier !== "string" || d.tier.length) {
                            m.tier = $String(d.tier);
                        }
                    }
                    if (d.territory != null) {
                        if (typeof d.territory !== "string" || d.territory.length) {
                            m.territory = $String(d.territory);
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".continuum.daemon.v1.JoinRequest.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            m.addresses[i] = $String(d.addresses[i]);
                        }
                    }
                    if (d.nonce != null) {
                        if (d.nonce.length) {
                            if (typeof d.nonce === "string")
                                $util.base64.decode(d.nonce, m.nonce = $util.newBuffer($util.base64.length(d.nonce)), 0);
                            else if (d.nonce.length >= 0)
                                m.nonce = d.nonce;
                        }
                    }
                    if (d.council != null) {
                        if (d.council) {
                            m.council = $Boolean(d.council);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @static
                 * @param {continuum.daemon.v1.JoinRequest} m JoinRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JoinRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        d.federationId = "";
                        d.tokenId = "";
                        if (o.bytes === $String)
                            d.proof = "";
                        else {
                            d.proof = [];
                            if (o.bytes !== $Array)
                                d.proof = $util.newBuffer(d.proof);
                        }
                        d.name = "";
                        d.tier = "";
                        d.territory = "";
                        if (o.bytes === $String)
                            d.nonce = "";
                        else {
                            d.nonce = [];
                            if (o.bytes !== $Array)
                                d.nonce = $util.newBuffer(d.nonce);
                        }
                        d.council = false;
                    }
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId")) {
                        d.federationId = m.federationId;
                    }
                    if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId")) {
                        d.tokenId = m.tokenId;
                    }
                    if (m.proof != null && $Object.hasOwnProperty.call(m, "proof")) {
                        d.proof = o.bytes === $String ? $util.base64.encode(m.proof, 0, m.proof.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.proof) : m.proof;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.tier != null && $Object.hasOwnProperty.call(m, "tier")) {
                        d.tier = m.tier;
                    }
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory")) {
                        d.territory = m.territory;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = m.addresses[j];
                        }
                    }
                    if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                        d.nonce = o.bytes === $String ? $util.base64.encode(m.nonce, 0, m.nonce.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.nonce) : m.nonce;
                    }
                    if (m.council != null && $Object.hasOwnProperty.call(m, "council")) {
                        d.council = m.council;
                    }
                    return d;
                };

                /**
                 * Converts this JoinRequest to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JoinRequest.prototype.toJSON = function() {
                    return JoinRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for JoinRequest
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.JoinRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                JoinRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.JoinRequest";
                };

                return JoinRequest;
            })();

            v1.JoinResponse = (function() {

                /**
                 * Properties of a JoinResponse.
                 * @typedef {Object} continuum.daemon.v1.JoinResponse.$Properties
                 * @property {boolean|null} [ok] JoinResponse ok
                 * @property {string|null} [code] JoinResponse code
                 * @property {string|null} [reason] JoinResponse reason
                 * @property {number|null} [index] JoinResponse index
                 * @property {string|null} [federationId] JoinResponse federationId
                 * @property {Array.<continuum.daemon.v1.MemberSpec.$Properties>|null} [council] JoinResponse council
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a JoinResponse.
                 * @memberof continuum.daemon.v1
                 * @interface IJoinResponse
                 * @augments continuum.daemon.v1.JoinResponse.$Properties
                 * @deprecated Use continuum.daemon.v1.JoinResponse.$Properties instead.
                 */

                /**
                 * Shape of a JoinResponse.
                 * @typedef {continuum.daemon.v1.JoinResponse.$Properties} continuum.daemon.v1.JoinResponse.$Shape
                 */

                /**
                 * Constructs a new JoinResponse.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a JoinResponse.
                 * @constructor
                 * @param {continuum.daemon.v1.JoinResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const JoinResponse = function (p) {
                    this.council = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * JoinResponse ok.
                 * @member {boolean} ok
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.ok = false;

                /**
                 * JoinResponse code.
                 * @member {string} code
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.code = "";

                /**
                 * JoinResponse reason.
                 * @member {string} reason
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.reason = "";

                /**
                 * JoinResponse index.
                 * @member {number} index
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * JoinResponse federationId.
                 * @member {string} federationId
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.federationId = "";

                /**
                 * JoinResponse council.
                 * @member {Array.<continuum.daemon.v1.MemberSpec.$Properties>} council
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.council = $util.emptyArray;

                /**
                 * Creates a new JoinResponse instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @static
                 * @param {continuum.daemon.v1.JoinResponse.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.JoinResponse} JoinResponse instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.JoinResponse.$Shape): continuum.daemon.v1.JoinResponse & continuum.daemon.v1.JoinResponse.$Shape;
                 *   (properties?: continuum.daemon.v1.JoinResponse.$Properties): continuum.daemon.v1.JoinResponse;
                 * }}
                 */
                JoinResponse.create = function(properties) {
                    return new JoinResponse(properties);
                };

                /**
                 * Encodes the specified JoinResponse message. Does not implicitly {@link continuum.daemon.v1.JoinResponse.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @static
                 * @param {continuum.daemon.v1.JoinResponse.$Properties} m JoinResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                        w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.code);
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.reason);
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).uint64(m.index);
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId") && m.federationId !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.federationId);
                    if (m.council != null && m.council.length) {
                        for (var i = 0; i < m.council.length; ++i)
                            $root.continuum.daemon.v1.MemberSpec.encode(m.council[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a JoinResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.JoinResponse & continuum.daemon.v1.JoinResponse.$Shape} JoinResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.JoinResponse();
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
                                if (v = r.bool())
                                    m.ok = v;
                                else
                                    delete m.ok;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.index = v;
                                else
                                    delete m.index;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.federationId = v;
                                else
                                    delete m.federationId;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.council && m.council.length))
                                    m.council = [];
                                m.council.push($root.continuum.daemon.v1.MemberSpec.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a JoinResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.JoinResponse} JoinResponse
                 */
                JoinResponse.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.JoinResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.JoinResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.JoinResponse();
                    if (d.ok != null) {
                        if (d.ok) {
                            m.ok = $Boolean(d.ok);
                        }
                    }
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
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
                    if (d.federationId != null) {
                        if (typeof d.federationId !== "string" || d.federationId.length) {
                            m.federationId = $String(d.federationId);
                        }
                    }
                    if (d.council) {
                        if (!$Array.isArray(d.council))
                            throw $TypeError(".continuum.daemon.v1.JoinResponse.council: array expected");
                        m.council = $Array(d.council.length);
                        for (var i = 0; i < d.council.length; ++i) {
                            if (!$util.isObject(d.council[i]))
                                throw $TypeError(".continuum.daemon.v1.JoinResponse.council: object expected");
                            m.council[i] = $root.continuum.daemon.v1.MemberSpec.fromObject(d.council[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a JoinResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @static
                 * @param {continuum.daemon.v1.JoinResponse} m JoinResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JoinResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.council = [];
                    }
                    if (o.defaults) {
                        d.ok = false;
                        d.code = "";
                        d.reason = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.federationId = "";
                    }
                    if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                        d.ok = m.ok;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                        else if (typeof m.index === "number")
                            d.index = o.longs === $String ? $String(m.index) : m.index;
                        else
                            d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                    }
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId")) {
                        d.federationId = m.federationId;
                    }
                    if (m.council && m.council.length) {
                        d.council = $Array(m.council.length);
                        for (var j = 0; j < m.council.length; ++j) {
                            d.council[j] = $root.continuum.daemon.v1.MemberSpec.toObject(m.council[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this JoinResponse to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JoinResponse.prototype.toJSON = function() {
                    return JoinResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for JoinResponse
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.JoinResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                JoinResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.JoinResponse";
                };

                return JoinResponse;
            })();

            v1.JoinToken = (function() {

                /**
                 * Properties of a JoinToken.
                 * @typedef {Object} continuum.daemon.v1.JoinToken.$Properties
                 * @property {string|null} [federationId] JoinToken federationId
                 * @property {string|null} [tokenId] JoinToken tokenId
                 * @property {Uint8Array|null} [secret] JoinToken secret
                 * @property {number|null} [expiresAtMs] JoinToken expiresAtMs
                 * @property {Array.<string>|null} [addresses] JoinToken addresses
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a JoinToken.
                 * @memberof continuum.daemon.v1
                 * @interface IJoinToken
                 * @augments continuum.daemon.v1.JoinToken.$Properties
                 * @deprecated Use continuum.daemon.v1.JoinToken.$Properties instead.
                 */

                /**
                 * Shape of a JoinToken.
                 * @typedef {continuum.daemon.v1.JoinToken.$Properties} continuum.daemon.v1.JoinToken.$Shape
                 */

                /**
                 * Constructs a new JoinToken.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a JoinToken.
                 * @constructor
                 * @param {continuum.daemon.v1.JoinToken.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const JoinToken = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * JoinToken federationId.
                 * @member {string} federationId
                 * @memberof continuum.daemon.v1.JoinToken
                 * @instance
                 */
                JoinToken.prototype.federationId = "";

                /**
                 * JoinToken tokenId.
                 * @member {string} tokenId
                 * @memberof continuum.daemon.v1.JoinToken
                 * @instance
                 */
                JoinToken.prototype.tokenId = "";

                /**
                 * JoinToken secret.
                 * @member {Uint8Array} secret
                 * @memberof continuum.daemon.v1.JoinToken
                 * @instance
                 */
                JoinToken.prototype.secret = $util.newBuffer([]);

                /**
                 * JoinToken expiresAtMs.
                 * @member {number} expiresAtMs
                 * @memberof continuum.daemon.v1.JoinToken
                 * @instance
                 */
                JoinToken.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * JoinToken addresses.
                 * @member {Array.<string>} addresses
                 * @memberof continuum.daemon.v1.JoinToken
                 * @instance
                 */
                JoinToken.prototype.addresses = $util.emptyArray;

                /**
                 * Creates a new JoinToken instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.JoinToken
                 * @static
                 * @param {continuum.daemon.v1.JoinToken.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.JoinToken} JoinToken instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.JoinToken.$Shape): continuum.daemon.v1.JoinToken & continuum.daemon.v1.JoinToken.$Shape;
                 *   (properties?: continuum.daemon.v1.JoinToken.$Properties): continuum.daemon.v1.JoinToken;
                 * }}
                 */
                JoinToken.create = function(properties) {
                    return new JoinToken(properties);
                };

                /**
                 * Encodes the specified JoinToken message. Does not implicitly {@link continuum.daemon.v1.JoinToken.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.JoinToken
                 * @static
                 * @param {continuum.daemon.v1.JoinToken.$Properties} m JoinToken message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinToken.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId") && m.federationId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.federationId);
                    if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId") && m.tokenId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.tokenId);
                    if (m.secret != null && $Object.hasOwnProperty.call(m, "secret") && m.secret.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.secret);
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).uint64(m.expiresAtMs);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            w.uint32(/* id 5, wireType 2 =*/42).string(m.addresses[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a JoinToken message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.JoinToken
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.JoinToken & continuum.daemon.v1.JoinToken.$Shape} JoinToken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinToken.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.JoinToken();
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
                                    m.federationId = v;
                                else
                                    delete m.federationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.tokenId = v;
                                else
                                    delete m.tokenId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.secret = v;
                                else
                                    delete m.secret;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.expiresAtMs = v;
                                else
                                    delete m.expiresAtMs;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push(r.stringVerify());
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
                 * Creates a JoinToken message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.JoinToken
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.JoinToken} JoinToken
                 */
                JoinToken.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.JoinToken)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.JoinToken: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.JoinToken();
                    if (d.federationId != null) {
                        if (typeof d.federationId !== "string" || d.federationId.length) {
                            m.federationId = $String(d.federationId);
                        }
                    }
                    if (d.tokenId != null) {
                        if (typeof d.tokenId !== "string" || d.tokenId.length) {
                            m.tokenId = $String(d.tokenId);
                        }
                    }
                    if (d.secret != null) {
                        if (d.secret.length) {
                            if (typeof d.secret === "string")
                                $util.base64.decode(d.secret, m.secret = $util.newBuffer($util.base64.length(d.secret)), 0);
                            else if (d.secret.length >= 0)
                                m.secret = d.secret;
                        }
                    }
                    if (d.expiresAtMs != null) {
                        if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                            if ($util.Long)
                                m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, true);
                            else if (typeof d.expiresAtMs === "string")
                                m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                            else if (typeof d.expiresAtMs === "number")
                                m.expiresAtMs = d.expiresAtMs;
                            else if (typeof d.expiresAtMs === "object")
                                m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".continuum.daemon.v1.JoinToken.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            m.addresses[i] = $String(d.addresses[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a JoinToken message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.JoinToken
                 * @static
                 * @param {continuum.daemon.v1.JoinToken} m JoinToken
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JoinToken.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        d.federationId = "";
                        d.tokenId = "";
                        if (o.bytes === $String)
                            d.secret = "";
                        else {
                            d.secret = [];
                            if (o.bytes !== $Array)
                                d.secret = $util.newBuffer(d.secret);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId")) {
                        d.federationId = m.federationId;
                    }
                    if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId")) {
                        d.tokenId = m.tokenId;
                    }
                    if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                        d.secret = o.bytes === $String ? $util.base64.encode(m.secret, 0, m.secret.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.secret) : m.secret;
                    }
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.expiresAtMs === "number")
                            d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                        else
                            d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber(true) : m.expiresAtMs;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = m.addresses[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this JoinToken to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.JoinToken
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JoinToken.prototype.toJSON = function() {
                    return JoinToken.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for JoinToken
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.JoinToken
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                JoinToken.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.JoinToken";
                };

                return JoinToken;
            })();

            v1.MemberSpec = (function() {

                /**
                 * Properties of a MemberSpec.
                 * @typedef {Object} continuum.daemon.v1.MemberSpec.$Properties
                 * @property {string|null} [peerId] MemberSpec peerId
                 * @property {string|null} [name] MemberSpec name
                 * @property {string|null} [tier] MemberSpec tier
                 * @property {string|null} [territory] MemberSpec territory
                 * @property {Array.<string>|null} [addresses] MemberSpec addresses
                 * @property {boolean|null} [council] MemberSpec council
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberSpec.
                 * @memberof continuum.daemon.v1
                 * @interface IMemberSpec
                 * @augments continuum.daemon.v1.MemberSpec.$Properties
                 * @deprecated Use continuum.daemon.v1.MemberSpec.$Properties instead.
                 */

                /**
                 * Shape of a MemberSpec.
                 * @typedef {continuum.daemon.v1.MemberSpec.$Properties} continuum.daemon.v1.MemberSpec.$Shape
                 */

                /**
                 * Constructs a new MemberSpec.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a MemberSpec.
                 * @constructor
                 * @param {continuum.daemon.v1.MemberSpec.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberSpec = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * MemberSpec peerId.
                 * @member {string} peerId
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @instance
                 */
                MemberSpec.prototype.peerId = "";

                /**
                 * MemberSpec name.
                 * @member {string} name
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @instance
                 */
                MemberSpec.prototype.name = "";

                /**
                 * MemberSpec tier.
                 * @member {string} tier
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @instance
                 */
                MemberSpec.prototype.tier = "";

                /**
                 * MemberSpec territory.
                 * @member {string} territory
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @instance
                 */
                MemberSpec.prototype.territory = "";

                /**
                 * MemberSpec addresses.
                 * @member {Array.<string>} addresses
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @instance
                 */
                MemberSpec.prototype.addresses = $util.emptyArray;

                /**
                 * MemberSpec council.
                 * @member {boolean} council
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @instance
                 */
                MemberSpec.prototype.council = false;

                /**
                 * Creates a new MemberSpec instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @static
                 * @param {continuum.daemon.v1.MemberSpec.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.MemberSpec} MemberSpec instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.MemberSpec.$Shape): continuum.daemon.v1.MemberSpec & continuum.daemon.v1.MemberSpec.$Shape;
                 *   (properties?: continuum.daemon.v1.MemberSpec.$Properties): continuum.daemon.v1.MemberSpec;
                 * }}
                 */
                MemberSpec.create = function(properties) {
                    return new MemberSpec(properties);
                };

                /**
                 * Encodes the specified MemberSpec message. Does not implicitly {@link continuum.daemon.v1.MemberSpec.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @static
                 * @param {continuum.daemon.v1.MemberSpec.$Properties} m MemberSpec message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberSpec.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                    if (m.tier != null && $Object.hasOwnProperty.call(m, "tier") && m.tier !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.tier);
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory") && m.territory !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.territory);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            w.uint32(/* id 5, wireType 2 =*/42).string(m.addresses[i]);
                    }
                    if (m.council != null && $Object.hasOwnProperty.call(m, "council") && m.council !== false)
                        w.uint32(/* id 6, wireType 0 =*/48).bool(m.council);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a MemberSpec message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.MemberSpec & continuum.daemon.v1.MemberSpec.$Shape} MemberSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberSpec.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.MemberSpec();
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
                                    m.peerId = v;
                                else
                                    delete m.peerId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.tier = v;
                                else
                                    delete m.tier;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.territory = v;
                                else
                                    delete m.territory;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push(r.stringVerify());
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.council = v;
                                else
                                    delete m.council;
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
                 * Creates a MemberSpec message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.MemberSpec} MemberSpec
                 */
                MemberSpec.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.MemberSpec)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.MemberSpec: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.MemberSpec();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.tier != null) {
                        if (typeof d.tier !== "string" || d.tier.length) {
                            m.tier = $String(d.tier);
                        }
                    }
                    if (d.territory != null) {
                        if (typeof d.territory !== "string" || d.territory.length) {
                            m.territory = $String(d.territory);
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".continuum.daemon.v1.MemberSpec.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            m.addresses[i] = $String(d.addresses[i]);
                        }
                    }
                    if (d.council != null) {
                        if (d.council) {
                            m.council = $Boolean(d.council);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MemberSpec message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @static
                 * @param {continuum.daemon.v1.MemberSpec} m MemberSpec
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemberSpec.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        d.peerId = "";
                        d.name = "";
                        d.tier = "";
                        d.territory = "";
                        d.council = false;
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.tier != null && $Object.hasOwnProperty.call(m, "tier")) {
                        d.tier = m.tier;
                    }
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory")) {
                        d.territory = m.territory;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = m.addresses[j];
                        }
                    }
                    if (m.council != null && $Object.hasOwnProperty.call(m, "council")) {
                        d.council = m.council;
                    }
                    return d;
                };

                /**
                 * Converts this MemberSpec to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemberSpec.prototype.toJSON = function() {
                    return MemberSpec.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MemberSpec
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.MemberSpec
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemberSpec.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.MemberSpec";
                };

                return MemberSpec;
            })();

            v1.Bootstrap = (function() {

                /**
                 * Properties of a Bootstrap.
                 * @typedef {Object} continuum.daemon.v1.Bootstrap.$Properties
                 * @property {string|null} [federationId] Bootstrap federationId
                 * @property {Array.<continuum.daemon.v1.MemberSpec.$Properties>|null} [members] Bootstrap members
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Bootstrap.
                 * @memberof continuum.daemon.v1
                 * @interface IBootstrap
                 * @augments continuum.daemon.v1.Bootstrap.$Properties
                 * @deprecated Use continuum.daemon.v1.Bootstrap.$Properties instead.
                 */

                /**
                 * Shape of a Bootstrap.
                 * @typedef {continuum.daemon.v1.Bootstrap.$Properties} continuum.daemon.v1.Bootstrap.$Shape
                 */

                /**
                 * Constructs a new Bootstrap.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a Bootstrap.
                 * @constructor
                 * @param {continuum.daemon.v1.Bootstrap.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Bootstrap = function (p) {
                    this.members = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Bootstrap federationId.
                 * @member {string} federationId
                 * @memberof continuum.daemon.v1.Bootstrap
                 * @instance
                 */
                Bootstrap.prototype.federationId = "";

                /**
                 * Bootstrap members.
                 * @member {Array.<continuum.daemon.v1.MemberSpec.$Properties>} members
                 * @memberof continuum.daemon.v1.Bootstrap
                 * @instance
                 */
                Bootstrap.prototype.members = $util.emptyArray;

                /**
                 * Creates a new Bootstrap instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.Bootstrap
                 * @static
                 * @param {continuum.daemon.v1.Bootstrap.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.Bootstrap} Bootstrap instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.Bootstrap.$Shape): continuum.daemon.v1.Bootstrap & continuum.daemon.v1.Bootstrap.$Shape;
                 *   (properties?: continuum.daemon.v1.Bootstrap.$Properties): continuum.daemon.v1.Bootstrap;
                 * }}
                 */
                Bootstrap.create = function(properties) {
                    return new Bootstrap(properties);
                };

                /**
                 * Encodes the specified Bootstrap message. Does not implicitly {@link continuum.daemon.v1.Bootstrap.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.Bootstrap
                 * @static
                 * @param {continuum.daemon.v1.Bootstrap.$Properties} m Bootstrap message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Bootstrap.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId") && m.federationId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.federationId);
                    if (m.members != null && m.members.length) {
                        for (var i = 0; i < m.members.length; ++i)
                            $root.continuum.daemon.v1.MemberSpec.encode(m.members[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Bootstrap message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.Bootstrap
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.Bootstrap & continuum.daemon.v1.Bootstrap.$Shape} Bootstrap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Bootstrap.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.Bootstrap();
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
                                    m.federationId = v;
                                else
                                    delete m.federationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.members && m.members.length))
                                    m.members = [];
                                m.members.push($root.continuum.daemon.v1.MemberSpec.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a Bootstrap message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.Bootstrap
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.Bootstrap} Bootstrap
                 */
                Bootstrap.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.Bootstrap)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.Bootstrap: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.Bootstrap();
                    if (d.federationId != null) {
                        if (typeof d.federationId !== "string" || d.federationId.length) {
                            m.federationId = $String(d.federationId);
                        }
                    }
                    if (d.members) {
                        if (!$Array.isArray(d.members))
                            throw $TypeError(".continuum.daemon.v1.Bootstrap.members: array expected");
                        m.members = $Array(d.members.length);
                        for (var i = 0; i < d.members.length; ++i) {
                            if (!$util.isObject(d.members[i]))
                                throw $TypeError(".continuum.daemon.v1.Bootstrap.members: object expected");
                            m.members[i] = $root.continuum.daemon.v1.MemberSpec.fromObject(d.members[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Bootstrap message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.Bootstrap
                 * @static
                 * @param {continuum.daemon.v1.Bootstrap} m Bootstrap
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Bootstrap.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.members = [];
                    }
                    if (o.defaults) {
                        d.federationId = "";
                    }
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId")) {
                        d.federationId = m.federationId;
                    }
                    if (m.members && m.members.length) {
                        d.members = $Array(m.members.length);
                        for (var j = 0; j < m.members.length; ++j) {
                            d.members[j] = $root.continuum.daemon.v1.MemberSpec.toObject(m.members[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Bootstrap to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.Bootstrap
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Bootstrap.prototype.toJSON = function() {
                    return Bootstrap.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Bootstrap
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.Bootstrap
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Bootstrap.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.Bootstrap";
                };

                return Bootstrap;
            })();

            v1.AddMember = (function() {

                /**
                 * Properties of an AddMember.
                 * @typedef {Object} continuum.daemon.v1.AddMember.$Properties
                 * @property {continuum.daemon.v1.MemberSpec.$Properties|null} [member] AddMember member
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AddMember.
                 * @memberof continuum.daemon.v1
                 * @interface IAddMember
                 * @augments continuum.daemon.v1.AddMember.$Properties
                 * @deprecated Use continuum.daemon.v1.AddMember.$Properties instead.
                 */

                /**
                 * Shape of an AddMember.
                 * @typedef {continuum.daemon.v1.AddMember.$Properties} continuum.daemon.v1.AddMember.$Shape
                 */

                /**
                 * Constructs a new AddMember.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents an AddMember.
                 * @constructor
                 * @param {continuum.daemon.v1.AddMember.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AddMember = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * AddMember member.
                 * @member {continuum.daemon.v1.MemberSpec.$Properties|null|undefined} member
                 * @memberof continuum.daemon.v1.AddMember
                 * @instance
                 */
                AddMember.prototype.member = null;

                /**
                 * Creates a new AddMember instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.AddMember
                 * @static
                 * @param {continuum.daemon.v1.AddMember.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.AddMember} AddMember instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.AddMember.$Shape): continuum.daemon.v1.AddMember & continuum.daemon.v1.AddMember.$Shape;
                 *   (properties?: continuum.daemon.v1.AddMember.$Properties): continuum.daemon.v1.AddMember;
                 * }}
                 */
                AddMember.create = function(properties) {
                    return new AddMember(properties);
                };

                /**
                 * Encodes the specified AddMember message. Does not implicitly {@link continuum.daemon.v1.AddMember.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.AddMember
                 * @static
                 * @param {continuum.daemon.v1.AddMember.$Properties} m AddMember message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddMember.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.member != null && $Object.hasOwnProperty.call(m, "member"))
                        $root.continuum.daemon.v1.MemberSpec.encode(m.member, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an AddMember message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.AddMember
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.AddMember & continuum.daemon.v1.AddMember.$Shape} AddMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddMember.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.AddMember();
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
                                m.member = $root.continuum.daemon.v1.MemberSpec.decode(r, r.size(), $undefined, q + 1, m.member);
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
                 * Creates an AddMember message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.AddMember
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.AddMember} AddMember
                 */
                AddMember.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.AddMember)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.AddMember: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.AddMember();
                    if (d.member != null) {
                        if (!$util.isObject(d.member))
                            throw $TypeError(".continuum.daemon.v1.AddMember.member: object expected");
                        m.member = $root.continuum.daemon.v1.MemberSpec.fromObject(d.member, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an AddMember message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.AddMember
                 * @static
                 * @param {continuum.daemon.v1.AddMember} m AddMember
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AddMember.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.member = null;
                    }
                    if (m.member != null && $Object.hasOwnProperty.call(m, "member")) {
                        d.member = $root.continuum.daemon.v1.MemberSpec.toObject(m.member, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this AddMember to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.AddMember
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AddMember.prototype.toJSON = function() {
                    return AddMember.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AddMember
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.AddMember
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AddMember.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.AddMember";
                };

                return AddMember;
            })();

            v1.Join = (function() {

                /**
                 * Properties of a Join.
                 * @typedef {Object} continuum.daemon.v1.Join.$Properties
                 * @property {string|null} [peerId] Join peerId
                 * @property {continuum.daemon.v1.JoinRequest.$Properties|null} [request] Join request
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Join.
                 * @memberof continuum.daemon.v1
                 * @interface IJoin
                 * @augments continuum.daemon.v1.Join.$Properties
                 * @deprecated Use continuum.daemon.v1.Join.$Properties instead.
                 */

                /**
                 * Shape of a Join.
                 * @typedef {continuum.daemon.v1.Join.$Properties} continuum.daemon.v1.Join.$Shape
                 */

                /**
                 * Constructs a new Join.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a Join.
                 * @constructor
                 * @param {continuum.daemon.v1.Join.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Join = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Join peerId.
                 * @member {string} peerId
                 * @memberof continuum.daemon.v1.Join
                 * @instance
                 */
                Join.prototype.peerId = "";

                /**
                 * Join request.
                 * @member {continuum.daemon.v1.JoinRequest.$Properties|null|undefined} request
                 * @memberof continuum.daemon.v1.Join
                 * @instance
                 */
                Join.prototype.request = null;

                /**
                 * Creates a new Join instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.Join
                 * @static
                 * @param {continuum.daemon.v1.Join.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.Join} Join instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.Join.$Shape): continuum.daemon.v1.Join & continuum.daemon.v1.Join.$Shape;
                 *   (properties?: continuum.daemon.v1.Join.$Properties): continuum.daemon.v1.Join;
                 * }}
                 */
                Join.create = function(properties) {
                    return new Join(properties);
                };

                /**
                 * Encodes the specified Join message. Does not implicitly {@link continuum.daemon.v1.Join.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.Join
                 * @static
                 * @param {continuum.daemon.v1.Join.$Properties} m Join message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Join.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
                    if (m.request != null && $Object.hasOwnProperty.call(m, "request"))
                        $root.continuum.daemon.v1.JoinRequest.encode(m.request, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Join message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.Join
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.Join & continuum.daemon.v1.Join.$Shape} Join
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Join.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.Join();
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
                                    m.peerId = v;
                                else
                                    delete m.peerId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.request = $root.continuum.daemon.v1.JoinRequest.decode(r, r.size(), $undefined, q + 1, m.request);
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
                 * Creates a Join message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.Join
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.Join} Join
                 */
                Join.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.Join)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.Join: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.Join();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    if (d.request != null) {
                        if (!$util.isObject(d.request))
                            throw $TypeError(".continuum.daemon.v1.Join.request: object expected");
                        m.request = $root.continuum.daemon.v1.JoinRequest.fromObject(d.request, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Join message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.Join
                 * @static
                 * @param {continuum.daemon.v1.Join} m Join
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Join.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.peerId = "";
                        d.request = null;
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    if (m.request != null && $Object.hasOwnProperty.call(m, "request")) {
                        d.request = $root.continuum.daemon.v1.JoinRequest.toObject(m.request, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this Join to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.Join
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Join.prototype.toJSON = function() {
                    return Join.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Join
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.Join
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Join.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.Join";
                };

                return Join;
            })();

            v1.RemoveMember = (function() {

                /**
                 * Properties of a RemoveMember.
                 * @typedef {Object} continuum.daemon.v1.RemoveMember.$Properties
                 * @property {string|null} [peerId] RemoveMember peerId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RemoveMember.
                 * @memberof continuum.daemon.v1
                 * @interface IRemoveMember
                 * @augments continuum.daemon.v1.RemoveMember.$Properties
                 * @deprecated Use continuum.daemon.v1.RemoveMember.$Properties instead.
                 */

                /**
                 * Shape of a RemoveMember.
                 * @typedef {continuum.daemon.v1.RemoveMember.$Properties} continuum.daemon.v1.RemoveMember.$Shape
                 */

                /**
                 * Constructs a new RemoveMember.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a RemoveMember.
                 * @constructor
                 * @param {continuum.daemon.v1.RemoveMember.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RemoveMember = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RemoveMember peerId.
                 * @member {string} peerId
                 * @memberof continuum.daemon.v1.RemoveMember
                 * @instance
                 */
                RemoveMember.prototype.peerId = "";

                /**
                 * Creates a new RemoveMember instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.RemoveMember
                 * @static
                 * @param {continuum.daemon.v1.RemoveMember.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.RemoveMember} RemoveMember instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.RemoveMember.$Shape): continuum.daemon.v1.RemoveMember & continuum.daemon.v1.RemoveMember.$Shape;
                 *   (properties?: continuum.daemon.v1.RemoveMember.$Properties): continuum.daemon.v1.RemoveMember;
                 * }}
                 */
                RemoveMember.create = function(properties) {
                    return new RemoveMember(properties);
                };

                /**
                 * Encodes the specified RemoveMember message. Does not implicitly {@link continuum.daemon.v1.RemoveMember.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.RemoveMember
                 * @static
                 * @param {continuum.daemon.v1.RemoveMember.$Properties} m RemoveMember message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveMember.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a RemoveMember message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.RemoveMember
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.RemoveMember & continuum.daemon.v1.RemoveMember.$Shape} RemoveMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveMember.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.RemoveMember();
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
                                    m.peerId = v;
                                else
                                    delete m.peerId;
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
                 * Creates a RemoveMember message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.RemoveMember
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.RemoveMember} RemoveMember
                 */
                RemoveMember.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.RemoveMember)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.RemoveMember: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.RemoveMember();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RemoveMember message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.RemoveMember
                 * @static
                 * @param {continuum.daemon.v1.RemoveMember} m RemoveMember
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RemoveMember.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.peerId = "";
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    return d;
                };

                /**
                 * Converts this RemoveMember to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.RemoveMember
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RemoveMember.prototype.toJSON = function() {
                    return RemoveMember.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RemoveMember
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.RemoveMember
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RemoveMember.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.RemoveMember";
                };

                return RemoveMember;
            })();

            v1.SetMemberStatus = (function() {

                /**
                 * Properties of a SetMemberStatus.
                 * @typedef {Object} continuum.daemon.v1.SetMemberStatus.$Properties
                 * @property {string|null} [peerId] SetMemberStatus peerId
                 * @property {string|null} [status] SetMemberStatus status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SetMemberStatus.
                 * @memberof continuum.daemon.v1
                 * @interface ISetMemberStatus
                 * @augments continuum.daemon.v1.SetMemberStatus.$Properties
                 * @deprecated Use continuum.daemon.v1.SetMemberStatus.$Properties instead.
                 */

                /**
                 * Shape of a SetMemberStatus.
                 * @typedef {continuum.daemon.v1.SetMemberStatus.$Properties} continuum.daemon.v1.SetMemberStatus.$Shape
                 */

                /**
                 * Constructs a new SetMemberStatus.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a SetMemberStatus.
                 * @constructor
                 * @param {continuum.daemon.v1.SetMemberStatus.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SetMemberStatus = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SetMemberStatus peerId.
                 * @member {string} peerId
                 * @memberof continuum.daemon.v1.SetMemberStatus
                 * @instance
                 */
                SetMemberStatus.prototype.peerId = "";

                /**
                 * SetMemberStatus status.
                 * @member {string} status
                 * @memberof continuum.daemon.v1.SetMemberStatus
                 * @instance
                 */
                SetMemberStatus.prototype.status = "";

                /**
                 * Creates a new SetMemberStatus instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.SetMemberStatus
                 * @static
                 * @param {continuum.daemon.v1.SetMemberStatus.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.SetMemberStatus} SetMemberStatus instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.SetMemberStatus.$Shape): continuum.daemon.v1.SetMemberStatus & continuum.daemon.v1.SetMemberStatus.$Shape;
                 *   (properties?: continuum.daemon.v1.SetMemberStatus.$Properties): continuum.daemon.v1.SetMemberStatus;
                 * }}
                 */
                SetMemberStatus.create = function(properties) {
                    return new SetMemberStatus(properties);
                };

                /**
                 * Encodes the specified SetMemberStatus message. Does not implicitly {@link continuum.daemon.v1.SetMemberStatus.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.SetMemberStatus
                 * @static
                 * @param {continuum.daemon.v1.SetMemberStatus.$Properties} m SetMemberStatus message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SetMemberStatus.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.status);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SetMemberStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.SetMemberStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.SetMemberStatus & continuum.daemon.v1.SetMemberStatus.$Shape} SetMemberStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SetMemberStatus.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.SetMemberStatus();
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
                                    m.peerId = v;
                                else
                                    delete m.peerId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.status = v;
                                else
                                    delete m.status;
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
                 * Creates a SetMemberStatus message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.SetMemberStatus
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.SetMemberStatus} SetMemberStatus
                 */
                SetMemberStatus.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.SetMemberStatus)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.SetMemberStatus: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.SetMemberStatus();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    if (d.status != null) {
                        if (typeof d.status !== "string" || d.status.length) {
                            m.status = $String(d.status);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SetMemberStatus message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.SetMemberStatus
                 * @static
                 * @param {continuum.daemon.v1.SetMemberStatus} m SetMemberStatus
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SetMemberStatus.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.peerId = "";
                        d.status = "";
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                        d.status = m.status;
                    }
                    return d;
                };

                /**
                 * Converts this SetMemberStatus to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.SetMemberStatus
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SetMemberStatus.prototype.toJSON = function() {
                    return SetMemberStatus.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SetMemberStatus
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.SetMemberStatus
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SetMemberStatus.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.SetMemberStatus";
                };

                return SetMemberStatus;
            })();

            v1.SetParent = (function() {

                /**
                 * Properties of a SetParent.
                 * @typedef {Object} continuum.daemon.v1.SetParent.$Properties
                 * @property {string|null} [peerId] SetParent peerId
                 * @property {string|null} [parent] SetParent parent
                 * @property {boolean|null} [home] SetParent home
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SetParent.
                 * @memberof continuum.daemon.v1
                 * @interface ISetParent
                 * @augments continuum.daemon.v1.SetParent.$Properties
                 * @deprecated Use continuum.daemon.v1.SetParent.$Properties instead.
                 */

                /**
                 * Shape of a SetParent.
                 * @typedef {continuum.daemon.v1.SetParent.$Properties} continuum.daemon.v1.SetParent.$Shape
                 */

                /**
                 * Constructs a new SetParent.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a SetParent.
                 * @constructor
                 * @param {continuum.daemon.v1.SetParent.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SetParent = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SetParent peerId.
                 * @member {string} peerId
                 * @memberof continuum.daemon.v1.SetParent
                 * @instance
                 */
                SetParent.prototype.peerId = "";

                /**
                 * SetParent parent.
                 * @member {string} parent
                 * @memberof continuum.daemon.v1.SetParent
                 * @instance
                 */
                SetParent.prototype.parent = "";

                /**
                 * SetParent home.
                 * @member {boolean} home
                 * @memberof continuum.daemon.v1.SetParent
                 * @instance
                 */
                SetParent.prototype.home = false;

                /**
                 * Creates a new SetParent instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.SetParent
                 * @static
                 * @param {continuum.daemon.v1.SetParent.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.SetParent} SetParent instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.SetParent.$Shape): continuum.daemon.v1.SetParent & continuum.daemon.v1.SetParent.$Shape;
                 *   (properties?: continuum.daemon.v1.SetParent.$Properties): continuum.daemon.v1.SetParent;
                 * }}
                 */
                SetParent.create = function(properties) {
                    return new SetParent(properties);
                };

                /**
                 * Encodes the specified SetParent message. Does not implicitly {@link continuum.daemon.v1.SetParent.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.SetParent
                 * @static
                 * @param {continuum.daemon.v1.SetParent.$Properties} m SetParent message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SetParent.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
                    if (m.parent != null && $Object.hasOwnProperty.call(m, "parent") && m.parent !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.parent);
                    if (m.home != null && $Object.hasOwnProperty.call(m, "home") && m.home !== false)
                        w.uint32(/* id 3, wireType 0 =*/24).bool(m.home);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SetParent message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.SetParent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.SetParent & continuum.daemon.v1.SetParent.$Shape} SetParent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SetParent.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.SetParent();
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
                                    m.peerId = v;
                                else
                                    delete m.peerId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.parent = v;
                                else
                                    delete m.parent;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.home = v;
                                else
                                    delete m.home;
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
                 * Creates a SetParent message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.SetParent
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.SetParent} SetParent
                 */
                SetParent.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.SetParent)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.SetParent: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.SetParent();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    if (d.parent != null) {
                        if (typeof d.parent !== "string" || d.parent.length) {
                            m.parent = $String(d.parent);
                        }
                    }
                    if (d.home != null) {
                        if (d.home) {
                            m.home = $Boolean(d.home);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SetParent message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.SetParent
                 * @static
                 * @param {continuum.daemon.v1.SetParent} m SetParent
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SetParent.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.peerId = "";
                        d.parent = "";
                        d.home = false;
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    if (m.parent != null && $Object.hasOwnProperty.call(m, "parent")) {
                        d.parent = m.parent;
                    }
                    if (m.home != null && $Object.hasOwnProperty.call(m, "home")) {
                        d.home = m.home;
                    }
                    return d;
                };

                /**
                 * Converts this SetParent to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.SetParent
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SetParent.prototype.toJSON = function() {
                    return SetParent.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SetParent
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.SetParent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SetParent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.SetParent";
                };

                return SetParent;
            })();

            v1.SetAddresses = (function() {

                /**
                 * Properties of a SetAddresses.
                 * @typedef {Object} continuum.daemon.v1.SetAddresses.$Properties
                 * @property {string|null} [peerId] SetAddresses peerId
                 * @property {Array.<string>|null} [addresses] SetAddresses addresses
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SetAddresses.
                 * @memberof continuum.daemon.v1
                 * @interface ISetAddresses
                 * @augments continuum.daemon.v1.SetAddresses.$Properties
                 * @deprecated Use continuum.daemon.v1.SetAddresses.$Properties instead.
                 */

                /**
                 * Shape of a SetAddresses.
                 * @typedef {continuum.daemon.v1.SetAddresses.$Properties} continuum.daemon.v1.SetAddresses.$Shape
                 */

                /**
                 * Constructs a new SetAddresses.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a SetAddresses.
                 * @constructor
                 * @param {continuum.daemon.v1.SetAddresses.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SetAddresses = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SetAddresses peerId.
                 * @member {string} peerId
                 * @memberof continuum.daemon.v1.SetAddresses
                 * @instance
                 */
                SetAddresses.prototype.peerId = "";

                /**
                 * SetAddresses addresses.
                 * @member {Array.<string>} addresses
                 * @memberof continuum.daemon.v1.SetAddresses
                 * @instance
                 */
                SetAddresses.prototype.addresses = $util.emptyArray;

                /**
                 * Creates a new SetAddresses instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.SetAddresses
                 * @static
                 * @param {continuum.daemon.v1.SetAddresses.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.SetAddresses} SetAddresses instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.SetAddresses.$Shape): continuum.daemon.v1.SetAddresses & continuum.daemon.v1.SetAddresses.$Shape;
                 *   (properties?: continuum.daemon.v1.SetAddresses.$Properties): continuum.daemon.v1.SetAddresses;
                 * }}
                 */
                SetAddresses.create = function(properties) {
                    return new SetAddresses(properties);
                };

                /**
                 * Encodes the specified SetAddresses message. Does not implicitly {@link continuum.daemon.v1.SetAddresses.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.SetAddresses
                 * @static
                 * @param {continuum.daemon.v1.SetAddresses.$Properties} m SetAddresses message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SetAddresses.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.addresses[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SetAddresses message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.SetAddresses
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.SetAddresses & continuum.daemon.v1.SetAddresses.$Shape} SetAddresses
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SetAddresses.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.SetAddresses();
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
                                    m.peerId = v;
                                else
                                    delete m.peerId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push(r.stringVerify());
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
                 * Creates a SetAddresses message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.SetAddresses
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.SetAddresses} SetAddresses
                 */
                SetAddresses.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.SetAddresses)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.SetAddresses: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.SetAddresses();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".continuum.daemon.v1.SetAddresses.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            m.addresses[i] = $String(d.addresses[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SetAddresses message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.SetAddresses
                 * @static
                 * @param {continuum.daemon.v1.SetAddresses} m SetAddresses
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SetAddresses.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        d.peerId = "";
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = m.addresses[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this SetAddresses to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.SetAddresses
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SetAddresses.prototype.toJSON = function() {
                    return SetAddresses.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SetAddresses
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.SetAddresses
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SetAddresses.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.SetAddresses";
                };

                return SetAddresses;
            })();

            v1.SetCouncil = (function() {

                /**
                 * Properties of a SetCouncil.
                 * @typedef {Object} continuum.daemon.v1.SetCouncil.$Properties
                 * @property {string|null} [peerId] SetCouncil peerId
                 * @property {boolean|null} [council] SetCouncil council
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SetCouncil.
                 * @memberof continuum.daemon.v1
                 * @interface ISetCouncil
                 * @augments continuum.daemon.v1.SetCouncil.$Properties
                 * @deprecated Use continuum.daemon.v1.SetCouncil.$Properties instead.
                 */

                /**
                 * Shape of a SetCouncil.
                 * @typedef {continuum.daemon.v1.SetCouncil.$Properties} continuum.daemon.v1.SetCouncil.$Shape
                 */

                /**
                 * Constructs a new SetCouncil.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a SetCouncil.
                 * @constructor
                 * @param {continuum.daemon.v1.SetCouncil.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SetCouncil = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SetCouncil peerId.
                 * @member {string} peerId
                 * @memberof continuum.daemon.v1.SetCouncil
                 * @instance
                 */
                SetCouncil.prototype.peerId = "";

                /**
                 * SetCouncil council.
                 * @member {boolean} council
                 * @memberof continuum.daemon.v1.SetCouncil
                 * @instance
                 */
                SetCouncil.prototype.council = false;

                /**
                 * Creates a new SetCouncil instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.SetCouncil
                 * @static
                 * @param {continuum.daemon.v1.SetCouncil.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.SetCouncil} SetCouncil instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.SetCouncil.$Shape): continuum.daemon.v1.SetCouncil & continuum.daemon.v1.SetCouncil.$Shape;
                 *   (properties?: continuum.daemon.v1.SetCouncil.$Properties): continuum.daemon.v1.SetCouncil;
                 * }}
                 */
                SetCouncil.create = function(properties) {
                    return new SetCouncil(properties);
                };

                /**
                 * Encodes the specified SetCouncil message. Does not implicitly {@link continuum.daemon.v1.SetCouncil.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.SetCouncil
                 * @static
                 * @param {continuum.daemon.v1.SetCouncil.$Properties} m SetCouncil message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SetCouncil.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
                    if (m.council != null && $Object.hasOwnProperty.call(m, "council") && m.council !== false)
                        w.uint32(/* id 2, wireType 0 =*/16).bool(m.council);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SetCouncil message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.SetCouncil
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.SetCouncil & continuum.daemon.v1.SetCouncil.$Shape} SetCouncil
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SetCouncil.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.SetCouncil();
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
                                    m.peerId = v;
                                else
                                    delete m.peerId;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.council = v;
                                else
                                    delete m.council;
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
                 * Creates a SetCouncil message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.SetCouncil
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.SetCouncil} SetCouncil
                 */
                SetCouncil.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.SetCouncil)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.SetCouncil: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.SetCouncil();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    if (d.council != null) {
                        if (d.council) {
                            m.council = $Boolean(d.council);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SetCouncil message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.SetCouncil
                 * @static
                 * @param {continuum.daemon.v1.SetCouncil} m SetCouncil
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SetCouncil.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.peerId = "";
                        d.council = false;
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    if (m.council != null && $Object.hasOwnProperty.call(m, "council")) {
                        d.council = m.council;
                    }
                    return d;
                };

                /**
                 * Converts this SetCouncil to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.SetCouncil
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SetCouncil.prototype.toJSON = function() {
                    return SetCouncil.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SetCouncil
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.SetCouncil
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SetCouncil.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.SetCouncil";
                };

                return SetCouncil;
            })();

            v1.DescribeMember = (function() {

                /**
                 * Properties of a DescribeMember.
                 * @typedef {Object} continuum.daemon.v1.DescribeMember.$Properties
                 * @property {string|null} [name] DescribeMember name
                 * @property {string|null} [tier] DescribeMember tier
                 * @property {string|null} [territory] DescribeMember territory
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DescribeMember.
                 * @memberof continuum.daemon.v1
                 * @interface IDescribeMember
                 * @augments continuum.daemon.v1.DescribeMember.$Properties
                 * @deprecated Use continuum.daemon.v1.DescribeMember.$Properties instead.
                 */

                /**
                 * Shape of a DescribeMember.
                 * @typedef {continuum.daemon.v1.DescribeMember.$Properties} continuum.daemon.v1.DescribeMember.$Shape
                 */

                /**
                 * Constructs a new DescribeMember.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a DescribeMember.
                 * @constructor
                 * @param {continuum.daemon.v1.DescribeMember.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DescribeMember = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DescribeMember name.
                 * @member {string} name
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @instance
                 */
                DescribeMember.prototype.name = "";

                /**
                 * DescribeMember tier.
                 * @member {string} tier
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @instance
                 */
                DescribeMember.prototype.tier = "";

                /**
                 * DescribeMember territory.
                 * @member {string} territory
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @instance
                 */
                DescribeMember.prototype.territory = "";

                /**
                 * Creates a new DescribeMember instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @static
                 * @param {continuum.daemon.v1.DescribeMember.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.DescribeMember} DescribeMember instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.DescribeMember.$Shape): continuum.daemon.v1.DescribeMember & continuum.daemon.v1.DescribeMember.$Shape;
                 *   (properties?: continuum.daemon.v1.DescribeMember.$Properties): continuum.daemon.v1.DescribeMember;
                 * }}
                 */
                DescribeMember.create = function(properties) {
                    return new DescribeMember(properties);
                };

                /**
                 * Encodes the specified DescribeMember message. Does not implicitly {@link continuum.daemon.v1.DescribeMember.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @static
                 * @param {continuum.daemon.v1.DescribeMember.$Properties} m DescribeMember message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DescribeMember.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                    if (m.tier != null && $Object.hasOwnProperty.call(m, "tier") && m.tier !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.tier);
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory") && m.territory !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.territory);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a DescribeMember message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.DescribeMember & continuum.daemon.v1.DescribeMember.$Shape} DescribeMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DescribeMember.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.DescribeMember();
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
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.tier = v;
                                else
                                    delete m.tier;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.territory = v;
                                else
                                    delete m.territory;
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
                 * Creates a DescribeMember message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.DescribeMember} DescribeMember
                 */
                DescribeMember.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.DescribeMember)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.DescribeMember: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.DescribeMember();
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.tier != null) {
                        if (typeof d.tier !== "string" || d.tier.length) {
                            m.tier = $String(d.tier);
                        }
                    }
                    if (d.territory != null) {
                        if (typeof d.territory !== "string" || d.territory.length) {
                            m.territory = $String(d.territory);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DescribeMember message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @static
                 * @param {continuum.daemon.v1.DescribeMember} m DescribeMember
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DescribeMember.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                        d.tier = "";
                        d.territory = "";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.tier != null && $Object.hasOwnProperty.call(m, "tier")) {
                        d.tier = m.tier;
                    }
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory")) {
                        d.territory = m.territory;
                    }
                    return d;
                };

                /**
                 * Converts this DescribeMember to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DescribeMember.prototype.toJSON = function() {
                    return DescribeMember.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DescribeMember
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.DescribeMember
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DescribeMember.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.DescribeMember";
                };

                return DescribeMember;
            })();

            v1.AddTerritory = (function() {

                /**
                 * Properties of an AddTerritory.
                 * @typedef {Object} continuum.daemon.v1.AddTerritory.$Properties
                 * @property {string|null} [id] AddTerritory id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AddTerritory.
                 * @memberof continuum.daemon.v1
                 * @interface IAddTerritory
                 * @augments continuum.daemon.v1.AddTerritory.$Properties
                 * @deprecated Use continuum.daemon.v1.AddTerritory.$Properties instead.
                 */

                /**
                 * Shape of an AddTerritory.
                 * @typedef {continuum.daemon.v1.AddTerritory.$Properties} continuum.daemon.v1.AddTerritory.$Shape
                 */

                /**
                 * Constructs a new AddTerritory.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents an AddTerritory.
                 * @constructor
                 * @param {continuum.daemon.v1.AddTerritory.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AddTerritory = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * AddTerritory id.
                 * @member {string} id
                 * @memberof continuum.daemon.v1.AddTerritory
                 * @instance
                 */
                AddTerritory.prototype.id = "";

                /**
                 * Creates a new AddTerritory instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.AddTerritory
                 * @static
                 * @param {continuum.daemon.v1.AddTerritory.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.AddTerritory} AddTerritory instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.AddTerritory.$Shape): continuum.daemon.v1.AddTerritory & continuum.daemon.v1.AddTerritory.$Shape;
                 *   (properties?: continuum.daemon.v1.AddTerritory.$Properties): continuum.daemon.v1.AddTerritory;
                 * }}
                 */
                AddTerritory.create = function(properties) {
                    return new AddTerritory(properties);
                };

                /**
                 * Encodes the specified AddTerritory message. Does not implicitly {@link continuum.daemon.v1.AddTerritory.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.AddTerritory
                 * @static
                 * @param {continuum.daemon.v1.AddTerritory.$Properties} m AddTerritory message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddTerritory.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an AddTerritory message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.AddTerritory
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.AddTerritory & continuum.daemon.v1.AddTerritory.$Shape} AddTerritory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddTerritory.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.AddTerritory();
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
                 * Creates an AddTerritory message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.AddTerritory
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.AddTerritory} AddTerritory
                 */
                AddTerritory.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.AddTerritory)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.AddTerritory: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.AddTerritory();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an AddTerritory message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.AddTerritory
                 * @static
                 * @param {continuum.daemon.v1.AddTerritory} m AddTerritory
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AddTerritory.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                /**
                 * Converts this AddTerritory to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.AddTerritory
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AddTerritory.prototype.toJSON = function() {
                    return AddTerritory.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AddTerritory
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.AddTerritory
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AddTerritory.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.AddTerritory";
                };

                return AddTerritory;
            })();

            v1.RemoveTerritory = (function() {

                /**
                 * Properties of a RemoveTerritory.
                 * @typedef {Object} continuum.daemon.v1.RemoveTerritory.$Properties
                 * @property {string|null} [id] RemoveTerritory id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RemoveTerritory.
                 * @memberof continuum.daemon.v1
                 * @interface IRemoveTerritory
                 * @augments continuum.daemon.v1.RemoveTerritory.$Properties
                 * @deprecated Use continuum.daemon.v1.RemoveTerritory.$Properties instead.
                 */

                /**
                 * Shape of a RemoveTerritory.
                 * @typedef {continuum.daemon.v1.RemoveTerritory.$Properties} continuum.daemon.v1.RemoveTerritory.$Shape
                 */

                /**
                 * Constructs a new RemoveTerritory.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a RemoveTerritory.
                 * @constructor
                 * @param {continuum.daemon.v1.RemoveTerritory.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RemoveTerritory = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RemoveTerritory id.
                 * @member {string} id
                 * @memberof continuum.daemon.v1.RemoveTerritory
                 * @instance
                 */
                RemoveTerritory.prototype.id = "";

                /**
                 * Creates a new RemoveTerritory instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.RemoveTerritory
                 * @static
                 * @param {continuum.daemon.v1.RemoveTerritory.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.RemoveTerritory} RemoveTerritory instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.RemoveTerritory.$Shape): continuum.daemon.v1.RemoveTerritory & continuum.daemon.v1.RemoveTerritory.$Shape;
                 *   (properties?: continuum.daemon.v1.RemoveTerritory.$Properties): continuum.daemon.v1.RemoveTerritory;
                 * }}
                 */
                RemoveTerritory.create = function(properties) {
                    return new RemoveTerritory(properties);
                };

                /**
                 * Encodes the specified RemoveTerritory message. Does not implicitly {@link continuum.daemon.v1.RemoveTerritory.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.RemoveTerritory
                 * @static
                 * @param {continuum.daemon.v1.RemoveTerritory.$Properties} m RemoveTerritory message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveTerritory.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a RemoveTerritory message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.RemoveTerritory
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.RemoveTerritory & continuum.daemon.v1.RemoveTerritory.$Shape} RemoveTerritory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveTerritory.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.RemoveTerritory();
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
                 * Creates a RemoveTerritory message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.RemoveTerritory
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.RemoveTerritory} RemoveTerritory
                 */
                RemoveTerritory.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.RemoveTerritory)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.RemoveTerritory: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.RemoveTerritory();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RemoveTerritory message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.RemoveTerritory
                 * @static
                 * @param {continuum.daemon.v1.RemoveTerritory} m RemoveTerritory
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RemoveTerritory.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                /**
                 * Converts this RemoveTerritory to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.RemoveTerritory
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RemoveTerritory.prototype.toJSON = function() {
                    return RemoveTerritory.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RemoveTerritory
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.RemoveTerritory
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RemoveTerritory.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.RemoveTerritory";
                };

                return RemoveTerritory;
            })();

            v1.SetPolicy = (function() {

                /**
                 * Properties of a SetPolicy.
                 * @typedef {Object} continuum.daemon.v1.SetPolicy.$Properties
                 * @property {string|null} [name] SetPolicy name
                 * @property {string|null} [value] SetPolicy value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SetPolicy.
                 * @memberof continuum.daemon.v1
                 * @interface ISetPolicy
                 * @augments continuum.daemon.v1.SetPolicy.$Properties
                 * @deprecated Use continuum.daemon.v1.SetPolicy.$Properties instead.
                 */

                /**
                 * Shape of a SetPolicy.
                 * @typedef {continuum.daemon.v1.SetPolicy.$Properties} continuum.daemon.v1.SetPolicy.$Shape
                 */

                /**
                 * Constructs a new SetPolicy.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a SetPolicy.
                 * @constructor
                 * @param {continuum.daemon.v1.SetPolicy.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SetPolicy = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SetPolicy name.
                 * @member {string} name
                 * @memberof continuum.daemon.v1.SetPolicy
                 * @instance
                 */
                SetPolicy.prototype.name = "";

                /**
                 * SetPolicy value.
                 * @member {string} value
                 * @memberof continuum.daemon.v1.SetPolicy
                 * @instance
                 */
                SetPolicy.prototype.value = "";

                /**
                 * Creates a new SetPolicy instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.SetPolicy
                 * @static
                 * @param {continuum.daemon.v1.SetPolicy.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.SetPolicy} SetPolicy instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.SetPolicy.$Shape): continuum.daemon.v1.SetPolicy & continuum.daemon.v1.SetPolicy.$Shape;
                 *   (properties?: continuum.daemon.v1.SetPolicy.$Properties): continuum.daemon.v1.SetPolicy;
                 * }}
                 */
                SetPolicy.create = function(properties) {
                    return new SetPolicy(properties);
                };

                /**
                 * Encodes the specified SetPolicy message. Does not implicitly {@link continuum.daemon.v1.SetPolicy.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.SetPolicy
                 * @static
                 * @param {continuum.daemon.v1.SetPolicy.$Properties} m SetPolicy message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SetPolicy.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SetPolicy message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.SetPolicy
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.SetPolicy & continuum.daemon.v1.SetPolicy.$Shape} SetPolicy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SetPolicy.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.SetPolicy();
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
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.value = v;
                                else
                                    delete m.value;
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
                 * Creates a SetPolicy message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.SetPolicy
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.SetPolicy} SetPolicy
                 */
                SetPolicy.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.SetPolicy)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.SetPolicy: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.SetPolicy();
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.value != null) {
                        if (typeof d.value !== "string" || d.value.length) {
                            m.value = $String(d.value);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SetPolicy message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.SetPolicy
                 * @static
                 * @param {continuum.daemon.v1.SetPolicy} m SetPolicy
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SetPolicy.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                        d.value = "";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = m.value;
                    }
                    return d;
                };

                /**
                 * Converts this SetPolicy to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.SetPolicy
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SetPolicy.prototype.toJSON = function() {
                    return SetPolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SetPolicy
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.SetPolicy
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SetPolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.SetPolicy";
                };

                return SetPolicy;
            })();

            v1.DeletePolicy = (function() {

                /**
                 * Properties of a DeletePolicy.
                 * @typedef {Object} continuum.daemon.v1.DeletePolicy.$Properties
                 * @property {string|null} [name] DeletePolicy name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DeletePolicy.
                 * @memberof continuum.daemon.v1
                 * @interface IDeletePolicy
                 * @augments continuum.daemon.v1.DeletePolicy.$Properties
                 * @deprecated Use continuum.daemon.v1.DeletePolicy.$Properties instead.
                 */

                /**
                 * Shape of a DeletePolicy.
                 * @typedef {continuum.daemon.v1.DeletePolicy.$Properties} continuum.daemon.v1.DeletePolicy.$Shape
                 */

                /**
                 * Constructs a new DeletePolicy.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a DeletePolicy.
                 * @constructor
                 * @param {continuum.daemon.v1.DeletePolicy.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DeletePolicy = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DeletePolicy name.
                 * @member {string} name
                 * @memberof continuum.daemon.v1.DeletePolicy
                 * @instance
                 */
                DeletePolicy.prototype.name = "";

                /**
                 * Creates a new DeletePolicy instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.DeletePolicy
                 * @static
                 * @param {continuum.daemon.v1.DeletePolicy.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.DeletePolicy} DeletePolicy instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.DeletePolicy.$Shape): continuum.daemon.v1.DeletePolicy & continuum.daemon.v1.DeletePolicy.$Shape;
                 *   (properties?: continuum.daemon.v1.DeletePolicy.$Properties): continuum.daemon.v1.DeletePolicy;
                 * }}
                 */
                DeletePolicy.create = function(properties) {
                    return new DeletePolicy(properties);
                };

                /**
                 * Encodes the specified DeletePolicy message. Does not implicitly {@link continuum.daemon.v1.DeletePolicy.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.DeletePolicy
                 * @static
                 * @param {continuum.daemon.v1.DeletePolicy.$Properties} m DeletePolicy message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeletePolicy.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a DeletePolicy message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.DeletePolicy
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.DeletePolicy & continuum.daemon.v1.DeletePolicy.$Shape} DeletePolicy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeletePolicy.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.DeletePolicy();
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
                                    m.name = v;
                                else
                                    delete m.name;
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
                 * Creates a DeletePolicy message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.DeletePolicy
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.DeletePolicy} DeletePolicy
                 */
                DeletePolicy.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.DeletePolicy)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.DeletePolicy: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.DeletePolicy();
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DeletePolicy message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.DeletePolicy
                 * @static
                 * @param {continuum.daemon.v1.DeletePolicy} m DeletePolicy
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeletePolicy.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    return d;
                };

                /**
                 * Converts this DeletePolicy to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.DeletePolicy
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeletePolicy.prototype.toJSON = function() {
                    return DeletePolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DeletePolicy
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.DeletePolicy
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DeletePolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.DeletePolicy";
                };

                return DeletePolicy;
            })();

            v1.IssueDirective = (function() {

                /**
                 * Properties of an IssueDirective.
                 * @typedef {Object} continuum.daemon.v1.IssueDirective.$Properties
                 * @property {string|null} [id] IssueDirective id
                 * @property {string|null} [kind] IssueDirective kind
                 * @property {string|null} [targetTerritory] IssueDirective targetTerritory
                 * @property {Uint8Array|null} [body] IssueDirective body
                 * @property {number|null} [expiresAtMs] IssueDirective expiresAtMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an IssueDirective.
                 * @memberof continuum.daemon.v1
                 * @interface IIssueDirective
                 * @augments continuum.daemon.v1.IssueDirective.$Properties
                 * @deprecated Use continuum.daemon.v1.IssueDirective.$Properties instead.
                 */

                /**
                 * Shape of an IssueDirective.
                 * @typedef {continuum.daemon.v1.IssueDirective.$Properties} continuum.daemon.v1.IssueDirective.$Shape
                 */

                /**
                 * Constructs a new IssueDirective.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents an IssueDirective.
                 * @constructor
                 * @param {continuum.daemon.v1.IssueDirective.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const IssueDirective = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * IssueDirective id.
                 * @member {string} id
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @instance
                 */
                IssueDirective.prototype.id = "";

                /**
                 * IssueDirective kind.
                 * @member {string} kind
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @instance
                 */
                IssueDirective.prototype.kind = "";

                /**
                 * IssueDirective targetTerritory.
                 * @member {string} targetTerritory
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @instance
                 */
                IssueDirective.prototype.targetTerritory = "";

                /**
                 * IssueDirective body.
                 * @member {Uint8Array} body
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @instance
                 */
                IssueDirective.prototype.body = $util.newBuffer([]);

                /**
                 * IssueDirective expiresAtMs.
                 * @member {number} expiresAtMs
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @instance
                 */
                IssueDirective.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new IssueDirective instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @static
                 * @param {continuum.daemon.v1.IssueDirective.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.IssueDirective} IssueDirective instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.IssueDirective.$Shape): continuum.daemon.v1.IssueDirective & continuum.daemon.v1.IssueDirective.$Shape;
                 *   (properties?: continuum.daemon.v1.IssueDirective.$Properties): continuum.daemon.v1.IssueDirective;
                 * }}
                 */
                IssueDirective.create = function(properties) {
                    return new IssueDirective(properties);
                };

                /**
                 * Encodes the specified IssueDirective message. Does not implicitly {@link continuum.daemon.v1.IssueDirective.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @static
                 * @param {continuum.daemon.v1.IssueDirective.$Properties} m IssueDirective message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IssueDirective.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                    if (m.targetTerritory != null && $Object.hasOwnProperty.call(m, "targetTerritory") && m.targetTerritory !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.targetTerritory);
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.body);
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).uint64(m.expiresAtMs);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an IssueDirective message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.IssueDirective & continuum.daemon.v1.IssueDirective.$Shape} IssueDirective
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IssueDirective.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.IssueDirective();
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
                                if ((v = r.stringVerify()).length)
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.targetTerritory = v;
                                else
                                    delete m.targetTerritory;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.body = v;
                                else
                                    delete m.body;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.expiresAtMs = v;
                                else
                                    delete m.expiresAtMs;
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
                 * Creates an IssueDirective message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.IssueDirective} IssueDirective
                 */
                IssueDirective.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.IssueDirective)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.IssueDirective: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.IssueDirective();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.kind != null) {
                        if (typeof d.kind !== "string" || d.kind.length) {
                            m.kind = $String(d.kind);
                        }
                    }
                    if (d.targetTerritory != null) {
                        if (typeof d.targetTerritory !== "string" || d.targetTerritory.length) {
                            m.targetTerritory = $String(d.targetTerritory);
                        }
                    }
                    if (d.body != null) {
                        if (d.body.length) {
                            if (typeof d.body === "string")
                                $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                            else if (d.body.length >= 0)
                                m.body = d.body;
                        }
                    }
                    if (d.expiresAtMs != null) {
                        if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                            if ($util.Long)
                                m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, true);
                            else if (typeof d.expiresAtMs === "string")
                                m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                            else if (typeof d.expiresAtMs === "number")
                                m.expiresAtMs = d.expiresAtMs;
                            else if (typeof d.expiresAtMs === "object")
                                m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an IssueDirective message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @static
                 * @param {continuum.daemon.v1.IssueDirective} m IssueDirective
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                IssueDirective.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.kind = "";
                        d.targetTerritory = "";
                        if (o.bytes === $String)
                            d.body = "";
                        else {
                            d.body = [];
                            if (o.bytes !== $Array)
                                d.body = $util.newBuffer(d.body);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = m.kind;
                    }
                    if (m.targetTerritory != null && $Object.hasOwnProperty.call(m, "targetTerritory")) {
                        d.targetTerritory = m.targetTerritory;
                    }
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                        d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
                    }
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.expiresAtMs === "number")
                            d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                        else
                            d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber(true) : m.expiresAtMs;
                    }
                    return d;
                };

                /**
                 * Converts this IssueDirective to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                IssueDirective.prototype.toJSON = function() {
                    return IssueDirective.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for IssueDirective
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.IssueDirective
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                IssueDirective.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.IssueDirective";
                };

                return IssueDirective;
            })();

            v1.RevokeDirective = (function() {

                /**
                 * Properties of a RevokeDirective.
                 * @typedef {Object} continuum.daemon.v1.RevokeDirective.$Properties
                 * @property {string|null} [id] RevokeDirective id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RevokeDirective.
                 * @memberof continuum.daemon.v1
                 * @interface IRevokeDirective
                 * @augments continuum.daemon.v1.RevokeDirective.$Properties
                 * @deprecated Use continuum.daemon.v1.RevokeDirective.$Properties instead.
                 */

                /**
                 * Shape of a RevokeDirective.
                 * @typedef {continuum.daemon.v1.RevokeDirective.$Properties} continuum.daemon.v1.RevokeDirective.$Shape
                 */

                /**
                 * Constructs a new RevokeDirective.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a RevokeDirective.
                 * @constructor
                 * @param {continuum.daemon.v1.RevokeDirective.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RevokeDirective = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RevokeDirective id.
                 * @member {string} id
                 * @memberof continuum.daemon.v1.RevokeDirective
                 * @instance
                 */
                RevokeDirective.prototype.id = "";

                /**
                 * Creates a new RevokeDirective instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.RevokeDirective
                 * @static
                 * @param {continuum.daemon.v1.RevokeDirective.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.RevokeDirective} RevokeDirective instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.RevokeDirective.$Shape): continuum.daemon.v1.RevokeDirective & continuum.daemon.v1.RevokeDirective.$Shape;
                 *   (properties?: continuum.daemon.v1.RevokeDirective.$Properties): continuum.daemon.v1.RevokeDirective;
                 * }}
                 */
                RevokeDirective.create = function(properties) {
                    return new RevokeDirective(properties);
                };

                /**
                 * Encodes the specified RevokeDirective message. Does not implicitly {@link continuum.daemon.v1.RevokeDirective.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.RevokeDirective
                 * @static
                 * @param {continuum.daemon.v1.RevokeDirective.$Properties} m RevokeDirective message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevokeDirective.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a RevokeDirective message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.RevokeDirective
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.RevokeDirective & continuum.daemon.v1.RevokeDirective.$Shape} RevokeDirective
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevokeDirective.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.RevokeDirective();
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
                 * Creates a RevokeDirective message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.RevokeDirective
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.RevokeDirective} RevokeDirective
                 */
                RevokeDirective.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.RevokeDirective)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.RevokeDirective: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.RevokeDirective();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RevokeDirective message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.RevokeDirective
                 * @static
                 * @param {continuum.daemon.v1.RevokeDirective} m RevokeDirective
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RevokeDirective.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                /**
                 * Converts this RevokeDirective to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.RevokeDirective
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RevokeDirective.prototype.toJSON = function() {
                    return RevokeDirective.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RevokeDirective
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.RevokeDirective
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RevokeDirective.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.RevokeDirective";
                };

                return RevokeDirective;
            })();

            v1.CreateToken = (function() {

                /**
                 * Properties of a CreateToken.
                 * @typedef {Object} continuum.daemon.v1.CreateToken.$Properties
                 * @property {string|null} [tokenId] CreateToken tokenId
                 * @property {Uint8Array|null} [secret] CreateToken secret
                 * @property {number|null} [expiresAtMs] CreateToken expiresAtMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateToken.
                 * @memberof continuum.daemon.v1
                 * @interface ICreateToken
                 * @augments continuum.daemon.v1.CreateToken.$Properties
                 * @deprecated Use continuum.daemon.v1.CreateToken.$Properties instead.
                 */

                /**
                 * Shape of a CreateToken.
                 * @typedef {continuum.daemon.v1.CreateToken.$Properties} continuum.daemon.v1.CreateToken.$Shape
                 */

                /**
                 * Constructs a new CreateToken.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a CreateToken.
                 * @constructor
                 * @param {continuum.daemon.v1.CreateToken.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CreateToken = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CreateToken tokenId.
                 * @member {string} tokenId
                 * @memberof continuum.daemon.v1.CreateToken
                 * @instance
                 */
                CreateToken.prototype.tokenId = "";

                /**
                 * CreateToken secret.
                 * @member {Uint8Array} secret
                 * @memberof continuum.daemon.v1.CreateToken
                 * @instance
                 */
                CreateToken.prototype.secret = $util.newBuffer([]);

                /**
                 * CreateToken expiresAtMs.
                 * @member {number} expiresAtMs
                 * @memberof continuum.daemon.v1.CreateToken
                 * @instance
                 */
                CreateToken.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CreateToken instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.CreateToken
                 * @static
                 * @param {continuum.daemon.v1.CreateToken.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.CreateToken} CreateToken instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.CreateToken.$Shape): continuum.daemon.v1.CreateToken & continuum.daemon.v1.CreateToken.$Shape;
                 *   (properties?: continuum.daemon.v1.CreateToken.$Properties): continuum.daemon.v1.CreateToken;
                 * }}
                 */
                CreateToken.create = function(properties) {
                    return new CreateToken(properties);
                };

                /**
                 * Encodes the specified CreateToken message. Does not implicitly {@link continuum.daemon.v1.CreateToken.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.CreateToken
                 * @static
                 * @param {continuum.daemon.v1.CreateToken.$Properties} m CreateToken message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateToken.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId") && m.tokenId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.tokenId);
                    if (m.secret != null && $Object.hasOwnProperty.call(m, "secret") && m.secret.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.secret);
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).uint64(m.expiresAtMs);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a CreateToken message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.CreateToken
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.CreateToken & continuum.daemon.v1.CreateToken.$Shape} CreateToken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateToken.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.CreateToken();
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
                                    m.tokenId = v;
                                else
                                    delete m.tokenId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.secret = v;
                                else
                                    delete m.secret;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.expiresAtMs = v;
                                else
                                    delete m.expiresAtMs;
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
                 * Creates a CreateToken message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.CreateToken
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.CreateToken} CreateToken
                 */
                CreateToken.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.CreateToken)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.CreateToken: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.CreateToken();
                    if (d.tokenId != null) {
                        if (typeof d.tokenId !== "string" || d.tokenId.length) {
                            m.tokenId = $String(d.tokenId);
                        }
                    }
                    if (d.secret != null) {
                        if (d.secret.length) {
                            if (typeof d.secret === "string")
                                $util.base64.decode(d.secret, m.secret = $util.newBuffer($util.base64.length(d.secret)), 0);
                            else if (d.secret.length >= 0)
                                m.secret = d.secret;
                        }
                    }
                    if (d.expiresAtMs != null) {
                        if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                            if ($util.Long)
                                m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, true);
                            else if (typeof d.expiresAtMs === "string")
                                m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                            else if (typeof d.expiresAtMs === "number")
                                m.expiresAtMs = d.expiresAtMs;
                            else if (typeof d.expiresAtMs === "object")
                                m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CreateToken message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.CreateToken
                 * @static
                 * @param {continuum.daemon.v1.CreateToken} m CreateToken
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateToken.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.tokenId = "";
                        if (o.bytes === $String)
                            d.secret = "";
                        else {
                            d.secret = [];
                            if (o.bytes !== $Array)
                                d.secret = $util.newBuffer(d.secret);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId")) {
                        d.tokenId = m.tokenId;
                    }
                    if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                        d.secret = o.bytes === $String ? $util.base64.encode(m.secret, 0, m.secret.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.secret) : m.secret;
                    }
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.expiresAtMs === "number")
                            d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                        else
                            d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber(true) : m.expiresAtMs;
                    }
                    return d;
                };

                /**
                 * Converts this CreateToken to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.CreateToken
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateToken.prototype.toJSON = function() {
                    return CreateToken.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateToken
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.CreateToken
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateToken.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.CreateToken";
                };

                return CreateToken;
            })();

            v1.KvPut = (function() {

                /**
                 * Properties of a KvPut.
                 * @typedef {Object} continuum.daemon.v1.KvPut.$Properties
                 * @property {string|null} [key] KvPut key
                 * @property {Uint8Array|null} [value] KvPut value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KvPut.
                 * @memberof continuum.daemon.v1
                 * @interface IKvPut
                 * @augments continuum.daemon.v1.KvPut.$Properties
                 * @deprecated Use continuum.daemon.v1.KvPut.$Properties instead.
                 */

                /**
                 * Shape of a KvPut.
                 * @typedef {continuum.daemon.v1.KvPut.$Properties} continuum.daemon.v1.KvPut.$Shape
                 */

                /**
                 * Constructs a new KvPut.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a KvPut.
                 * @constructor
                 * @param {continuum.daemon.v1.KvPut.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const KvPut = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * KvPut key.
                 * @member {string} key
                 * @memberof continuum.daemon.v1.KvPut
                 * @instance
                 */
                KvPut.prototype.key = "";

                /**
                 * KvPut value.
                 * @member {Uint8Array} value
                 * @memberof continuum.daemon.v1.KvPut
                 * @instance
                 */
                KvPut.prototype.value = $util.newBuffer([]);

                /**
                 * Creates a new KvPut instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.KvPut
                 * @static
                 * @param {continuum.daemon.v1.KvPut.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.KvPut} KvPut instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.KvPut.$Shape): continuum.daemon.v1.KvPut & continuum.daemon.v1.KvPut.$Shape;
                 *   (properties?: continuum.daemon.v1.KvPut.$Properties): continuum.daemon.v1.KvPut;
                 * }}
                 */
                KvPut.create = function(properties) {
                    return new KvPut(properties);
                };

                /**
                 * Encodes the specified KvPut message. Does not implicitly {@link continuum.daemon.v1.KvPut.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.KvPut
                 * @static
                 * @param {continuum.daemon.v1.KvPut.$Properties} m KvPut message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KvPut.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a KvPut message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.KvPut
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.KvPut & continuum.daemon.v1.KvPut.$Shape} KvPut
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KvPut.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.KvPut();
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
                                if ((v = r.bytes()).length)
                                    m.value = v;
                                else
                                    delete m.value;
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
                 * Creates a KvPut message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.KvPut
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.KvPut} KvPut
                 */
                KvPut.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.KvPut)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.KvPut: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.KvPut();
                    if (d.key != null) {
                        if (typeof d.key !== "string" || d.key.length) {
                            m.key = $String(d.key);
                        }
                    }
                    if (d.value != null) {
                        if (d.value.length) {
                            if (typeof d.value === "string")
                                $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                            else if (d.value.length >= 0)
                                m.value = d.value;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a KvPut message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.KvPut
                 * @static
                 * @param {continuum.daemon.v1.KvPut} m KvPut
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                KvPut.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.key = "";
                        if (o.bytes === $String)
                            d.value = "";
                        else {
                            d.value = [];
                            if (o.bytes !== $Array)
                                d.value = $util.newBuffer(d.value);
                        }
                    }
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                        d.key = m.key;
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                    }
                    return d;
                };

                /**
                 * Converts this KvPut to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.KvPut
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KvPut.prototype.toJSON = function() {
                    return KvPut.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for KvPut
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.KvPut
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KvPut.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.KvPut";
                };

                return KvPut;
            })();

            v1.KvDelete = (function() {

                /**
                 * Properties of a KvDelete.
                 * @typedef {Object} continuum.daemon.v1.KvDelete.$Properties
                 * @property {string|null} [key] KvDelete key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KvDelete.
                 * @memberof continuum.daemon.v1
                 * @interface IKvDelete
                 * @augments continuum.daemon.v1.KvDelete.$Properties
                 * @deprecated Use continuum.daemon.v1.KvDelete.$Properties instead.
                 */

                /**
                 * Shape of a KvDelete.
                 * @typedef {continuum.daemon.v1.KvDelete.$Properties} continuum.daemon.v1.KvDelete.$Shape
                 */

                /**
                 * Constructs a new KvDelete.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a KvDelete.
                 * @constructor
                 * @param {continuum.daemon.v1.KvDelete.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const KvDelete = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * KvDelete key.
                 * @member {string} key
                 * @memberof continuum.daemon.v1.KvDelete
                 * @instance
                 */
                KvDelete.prototype.key = "";

                /**
                 * Creates a new KvDelete instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.KvDelete
                 * @static
                 * @param {continuum.daemon.v1.KvDelete.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.KvDelete} KvDelete instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.KvDelete.$Shape): continuum.daemon.v1.KvDelete & continuum.daemon.v1.KvDelete.$Shape;
                 *   (properties?: continuum.daemon.v1.KvDelete.$Properties): continuum.daemon.v1.KvDelete;
                 * }}
                 */
                KvDelete.create = function(properties) {
                    return new KvDelete(properties);
                };

                /**
                 * Encodes the specified KvDelete message. Does not implicitly {@link continuum.daemon.v1.KvDelete.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.KvDelete
                 * @static
                 * @param {continuum.daemon.v1.KvDelete.$Properties} m KvDelete message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KvDelete.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a KvDelete message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.KvDelete
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.KvDelete & continuum.daemon.v1.KvDelete.$Shape} KvDelete
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KvDelete.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.KvDelete();
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
                 * Creates a KvDelete message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.KvDelete
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.KvDelete} KvDelete
                 */
                KvDelete.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.KvDelete)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.KvDelete: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.KvDelete();
                    if (d.key != null) {
                        if (typeof d.key !== "string" || d.key.length) {
                            m.key = $String(d.key);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a KvDelete message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.KvDelete
                 * @static
                 * @param {continuum.daemon.v1.KvDelete} m KvDelete
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                KvDelete.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.key = "";
                    }
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                        d.key = m.key;
                    }
                    return d;
                };

                /**
                 * Converts this KvDelete to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.KvDelete
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KvDelete.prototype.toJSON = function() {
                    return KvDelete.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for KvDelete
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.KvDelete
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KvDelete.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.KvDelete";
                };

                return KvDelete;
            })();

            v1.KvCas = (function() {

                /**
                 * Properties of a KvCas.
                 * @typedef {Object} continuum.daemon.v1.KvCas.$Properties
                 * @property {string|null} [key] KvCas key
                 * @property {number|null} [expectedModRevision] KvCas expectedModRevision
                 * @property {Uint8Array|null} [value] KvCas value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KvCas.
                 * @memberof continuum.daemon.v1
                 * @interface IKvCas
                 * @augments continuum.daemon.v1.KvCas.$Properties
                 * @deprecated Use continuum.daemon.v1.KvCas.$Properties instead.
                 */

                /**
                 * Shape of a KvCas.
                 * @typedef {continuum.daemon.v1.KvCas.$Properties} continuum.daemon.v1.KvCas.$Shape
                 */

                /**
                 * Constructs a new KvCas.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a KvCas.
                 * @constructor
                 * @param {continuum.daemon.v1.KvCas.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const KvCas = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * KvCas key.
                 * @member {string} key
                 * @memberof continuum.daemon.v1.KvCas
                 * @instance
                 */
                KvCas.prototype.key = "";

                /**
                 * KvCas expectedModRevision.
                 * @member {number} expectedModRevision
                 * @memberof continuum.daemon.v1.KvCas
                 * @instance
                 */
                KvCas.prototype.expectedModRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KvCas value.
                 * @member {Uint8Array} value
                 * @memberof continuum.daemon.v1.KvCas
                 * @instance
                 */
                KvCas.prototype.value = $util.newBuffer([]);

                /**
                 * Creates a new KvCas instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.KvCas
                 * @static
                 * @param {continuum.daemon.v1.KvCas.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.KvCas} KvCas instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.KvCas.$Shape): continuum.daemon.v1.KvCas & continuum.daemon.v1.KvCas.$Shape;
                 *   (properties?: continuum.daemon.v1.KvCas.$Properties): continuum.daemon.v1.KvCas;
                 * }}
                 */
                KvCas.create = function(properties) {
                    return new KvCas(properties);
                };

                /**
                 * Encodes the specified KvCas message. Does not implicitly {@link continuum.daemon.v1.KvCas.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.KvCas
                 * @static
                 * @param {continuum.daemon.v1.KvCas.$Properties} m KvCas message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KvCas.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                    if (m.expectedModRevision != null && $Object.hasOwnProperty.call(m, "expectedModRevision") && (typeof m.expectedModRevision === "object" ? m.expectedModRevision.low || m.expectedModRevision.high : m.expectedModRevision !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.expectedModRevision);
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.value);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a KvCas message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.KvCas
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.KvCas & continuum.daemon.v1.KvCas.$Shape} KvCas
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KvCas.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.KvCas();
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
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.expectedModRevision = v;
                                else
                                    delete m.expectedModRevision;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.value = v;
                                else
                                    delete m.value;
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
                 * Creates a KvCas message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.KvCas
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.KvCas} KvCas
                 */
                KvCas.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.KvCas)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.KvCas: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.KvCas();
                    if (d.key != null) {
                        if (typeof d.key !== "string" || d.key.length) {
                            m.key = $String(d.key);
                        }
                    }
                    if (d.expectedModRevision != null) {
                        if (typeof d.expectedModRevision === "object" ? d.expectedModRevision.low || d.expectedModRevision.high : $Number(d.expectedModRevision) !== 0) {
                            if ($util.Long)
                                m.expectedModRevision = $util.Long.fromValue(d.expectedModRevision, true);
                            else if (typeof d.expectedModRevision === "string")
                                m.expectedModRevision = $parseInt(d.expectedModRevision, 10);
                            else if (typeof d.expectedModRevision === "number")
                                m.expectedModRevision = d.expectedModRevision;
                            else if (typeof d.expectedModRevision === "object")
                                m.expectedModRevision = new $util.LongBits(d.expectedModRevision.low >>> 0, d.expectedModRevision.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.value != null) {
                        if (d.value.length) {
                            if (typeof d.value === "string")
                                $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                            else if (d.value.length >= 0)
                                m.value = d.value;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a KvCas message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.KvCas
                 * @static
                 * @param {continuum.daemon.v1.KvCas} m KvCas
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                KvCas.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.key = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.expectedModRevision = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.expectedModRevision = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.value = "";
                        else {
                            d.value = [];
                            if (o.bytes !== $Array)
                                d.value = $util.newBuffer(d.value);
                        }
                    }
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                        d.key = m.key;
                    }
                    if (m.expectedModRevision != null && $Object.hasOwnProperty.call(m, "expectedModRevision")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.expectedModRevision = typeof m.expectedModRevision === "number" ? $BigInt(m.expectedModRevision) : $util.Long.fromBits(m.expectedModRevision.low >>> 0, m.expectedModRevision.high >>> 0, true).toBigInt();
                        else if (typeof m.expectedModRevision === "number")
                            d.expectedModRevision = o.longs === $String ? $String(m.expectedModRevision) : m.expectedModRevision;
                        else
                            d.expectedModRevision = o.longs === $String ? $util.Long.prototype.toString.call(m.expectedModRevision) : o.longs === $Number ? new $util.LongBits(m.expectedModRevision.low >>> 0, m.expectedModRevision.high >>> 0).toNumber(true) : m.expectedModRevision;
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                    }
                    return d;
                };

                /**
                 * Converts this KvCas to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.KvCas
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KvCas.prototype.toJSON = function() {
                    return KvCas.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for KvCas
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.KvCas
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KvCas.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.KvCas";
                };

                return KvCas;
            })();

            v1.Command = (function() {

                /**
                 * Properties of a Command.
                 * @typedef {Object} continuum.daemon.v1.Command.$Properties
                 * @property {number|null} [atMs] Command atMs
                 * @property {string|null} [proposer] Command proposer
                 * @property {continuum.daemon.v1.Bootstrap.$Properties|null} [bootstrap] Command bootstrap
                 * @property {continuum.daemon.v1.AddMember.$Properties|null} [addMember] Command addMember
                 * @property {continuum.daemon.v1.Join.$Properties|null} [join] Command join
                 * @property {continuum.daemon.v1.RemoveMember.$Properties|null} [removeMember] Command removeMember
                 * @property {continuum.daemon.v1.SetMemberStatus.$Properties|null} [setMemberStatus] Command setMemberStatus
                 * @property {continuum.daemon.v1.SetParent.$Properties|null} [setParent] Command setParent
                 * @property {continuum.daemon.v1.SetAddresses.$Properties|null} [setAddresses] Command setAddresses
                 * @property {continuum.daemon.v1.AddTerritory.$Properties|null} [addTerritory] Command addTerritory
                 * @property {continuum.daemon.v1.RemoveTerritory.$Properties|null} [removeTerritory] Command removeTerritory
                 * @property {continuum.daemon.v1.SetPolicy.$Properties|null} [setPolicy] Command setPolicy
                 * @property {continuum.daemon.v1.DeletePolicy.$Properties|null} [deletePolicy] Command deletePolicy
                 * @property {continuum.daemon.v1.IssueDirective.$Properties|null} [issueDirective] Command issueDirective
                 * @property {continuum.daemon.v1.RevokeDirective.$Properties|null} [revokeDirective] Command revokeDirective
                 * @property {continuum.daemon.v1.CreateToken.$Properties|null} [createToken] Command createToken
                 * @property {continuum.daemon.v1.KvPut.$Properties|null} [kvPut] Command kvPut
                 * @property {continuum.daemon.v1.KvDelete.$Properties|null} [kvDelete] Command kvDelete
                 * @property {continuum.daemon.v1.KvCas.$Properties|null} [kvCas] Command kvCas
                 * @property {continuum.daemon.v1.DescribeMember.$Properties|null} [describeMember] Command describeMember
                 * @property {continuum.daemon.v1.SetCouncil.$Properties|null} [setCouncil] Command setCouncil
                 * @property {"bootstrap"|"addMember"|"join"|"removeMember"|"setMemberStatus"|"setParent"|"setAddresses"|"addTerritory"|"removeTerritory"|"setPolicy"|"deletePolicy"|"issueDirective"|"revokeDirective"|"createToken"|"kvPut"|"kvDelete"|"kvCas"|"describeMember"|"setCouncil"} [kind] Command kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Command.
                 * @memberof continuum.daemon.v1
                 * @interface ICommand
                 * @augments continuum.daemon.v1.Command.$Properties
                 * @deprecated Use continuum.daemon.v1.Command.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Command.
                 * @typedef {{
                 *   atMs?: number|null;
                 *   proposer?: string|null;
                 *   bootstrap?: continuum.daemon.v1.Bootstrap.$Shape|null;
                 *   addMember?: continuum.daemon.v1.AddMember.$Shape|null;
                 *   join?: continuum.daemon.v1.Join.$Shape|null;
                 *   removeMember?: continuum.daemon.v1.RemoveMember.$Shape|null;
                 *   setMemberStatus?: continuum.daemon.v1.SetMemberStatus.$Shape|null;
                 *   setParent?: continuum.daemon.v1.SetParent.$Shape|null;
                 *   setAddresses?: continuum.daemon.v1.SetAddresses.$Shape|null;
                 *   addTerritory?: continuum.daemon.v1.AddTerritory.$Shape|null;
                 *   removeTerritory?: continuum.daemon.v1.RemoveTerritory.$Shape|null;
                 *   setPolicy?: continuum.daemon.v1.SetPolicy.$Shape|null;
                 *   deletePolicy?: continuum.daemon.v1.DeletePolicy.$Shape|null;
                 *   issueDirective?: continuum.daemon.v1.IssueDirective.$Shape|null;
                 *   revokeDirective?: continuum.daemon.v1.RevokeDirective.$Shape|null;
                 *   createToken?: continuum.daemon.v1.CreateToken.$Shape|null;
                 *   kvPut?: continuum.daemon.v1.KvPut.$Shape|null;
                 *   kvDelete?: continuum.daemon.v1.KvDelete.$Shape|null;
                 *   kvCas?: continuum.daemon.v1.KvCas.$Shape|null;
                 *   describeMember?: continuum.daemon.v1.DescribeMember.$Shape|null;
                 *   setCouncil?: continuum.daemon.v1.SetCouncil.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "bootstrap"; bootstrap: continuum.daemon.v1.Bootstrap.$Shape; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "addMember"; bootstrap?: null; addMember: continuum.daemon.v1.AddMember.$Shape; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "join"; bootstrap?: null; addMember?: null; join: continuum.daemon.v1.Join.$Shape; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "removeMember"; bootstrap?: null; addMember?: null; join?: null; removeMember: continuum.daemon.v1.RemoveMember.$Shape; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "setMemberStatus"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus: continuum.daemon.v1.SetMemberStatus.$Shape; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "setParent"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent: continuum.daemon.v1.SetParent.$Shape; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "setAddresses"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses: continuum.daemon.v1.SetAddresses.$Shape; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "addTerritory"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory: continuum.daemon.v1.AddTerritory.$Shape; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "removeTerritory"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory: continuum.daemon.v1.RemoveTerritory.$Shape; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "setPolicy"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy: continuum.daemon.v1.SetPolicy.$Shape; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "deletePolicy"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy: continuum.daemon.v1.DeletePolicy.$Shape; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "issueDirective"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective: continuum.daemon.v1.IssueDirective.$Shape; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "revokeDirective"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective: continuum.daemon.v1.RevokeDirective.$Shape; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "createToken"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken: continuum.daemon.v1.CreateToken.$Shape; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "kvPut"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut: continuum.daemon.v1.KvPut.$Shape; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "kvDelete"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete: continuum.daemon.v1.KvDelete.$Shape; kvCas?: null; describeMember?: null; setCouncil?: null }|{ kind?: "kvCas"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas: continuum.daemon.v1.KvCas.$Shape; describeMember?: null; setCouncil?: null }|{ kind?: "describeMember"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember: continuum.daemon.v1.DescribeMember.$Shape; setCouncil?: null }|{ kind?: "setCouncil"; bootstrap?: null; addMember?: null; join?: null; removeMember?: null; setMemberStatus?: null; setParent?: null; setAddresses?: null; addTerritory?: null; removeTerritory?: null; setPolicy?: null; deletePolicy?: null; issueDirective?: null; revokeDirective?: null; createToken?: null; kvPut?: null; kvDelete?: null; kvCas?: null; describeMember?: null; setCouncil: continuum.daemon.v1.SetCouncil.$Shape })
                 * )} continuum.daemon.v1.Command.$Shape
                 */

                /**
                 * Constructs a new Command.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a Command.
                 * @constructor
                 * @param {continuum.daemon.v1.Command.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Command = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Command atMs.
                 * @member {number} atMs
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Command proposer.
                 * @member {string} proposer
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.proposer = "";

                /**
                 * Command bootstrap.
                 * @member {continuum.daemon.v1.Bootstrap.$Properties|null|undefined} bootstrap
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.bootstrap = null;

                /**
                 * Command addMember.
                 * @member {continuum.daemon.v1.AddMember.$Properties|null|undefined} addMember
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.addMember = null;

                /**
                 * Command join.
                 * @member {continuum.daemon.v1.Join.$Properties|null|undefined} join
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.join = null;

                /**
                 * Command removeMember.
                 * @member {continuum.daemon.v1.RemoveMember.$Properties|null|undefined} removeMember
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.removeMember = null;

                /**
                 * Command setMemberStatus.
                 * @member {continuum.daemon.v1.SetMemberStatus.$Properties|null|undefined} setMemberStatus
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.setMemberStatus = null;

                /**
                 * Command setParent.
                 * @member {continuum.daemon.v1.SetParent.$Properties|null|undefined} setParent
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.setParent = null;

                /**
                 * Command setAddresses.
                 * @member {continuum.daemon.v1.SetAddresses.$Properties|null|undefined} setAddresses
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.setAddresses = null;

                /**
                 * Command addTerritory.
                 * @member {continuum.daemon.v1.AddTerritory.$Properties|null|undefined} addTerritory
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.addTerritory = null;

                /**
                 * Command removeTerritory.
                 * @member {continuum.daemon.v1.RemoveTerritory.$Properties|null|undefined} removeTerritory
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.removeTerritory = null;

                /**
                 * Command setPolicy.
                 * @member {continuum.daemon.v1.SetPolicy.$Properties|null|undefined} setPolicy
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.setPolicy = null;

                /**
                 * Command deletePolicy.
                 * @member {continuum.daemon.v1.DeletePolicy.$Properties|null|undefined} deletePolicy
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.deletePolicy = null;

                /**
                 * Command issueDirective.
                 * @member {continuum.daemon.v1.IssueDirective.$Properties|null|undefined} issueDirective
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.issueDirective = null;

                /**
                 * Command revokeDirective.
                 * @member {continuum.daemon.v1.RevokeDirective.$Properties|null|undefined} revokeDirective
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.revokeDirective = null;

                /**
                 * Command createToken.
                 * @member {continuum.daemon.v1.CreateToken.$Properties|null|undefined} createToken
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.createToken = null;

                /**
                 * Command kvPut.
                 * @member {continuum.daemon.v1.KvPut.$Properties|null|undefined} kvPut
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.kvPut = null;

                /**
                 * Command kvDelete.
                 * @member {continuum.daemon.v1.KvDelete.$Properties|null|undefined} kvDelete
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.kvDelete = null;

                /**
                 * Command kvCas.
                 * @member {continuum.daemon.v1.KvCas.$Properties|null|undefined} kvCas
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.kvCas = null;

                /**
                 * Command describeMember.
                 * @member {continuum.daemon.v1.DescribeMember.$Properties|null|undefined} describeMember
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.describeMember = null;

                /**
                 * Command setCouncil.
                 * @member {continuum.daemon.v1.SetCouncil.$Properties|null|undefined} setCouncil
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                Command.prototype.setCouncil = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Command kind.
                 * @member {"bootstrap"|"addMember"|"join"|"removeMember"|"setMemberStatus"|"setParent"|"setAddresses"|"addTerritory"|"removeTerritory"|"setPolicy"|"deletePolicy"|"issueDirective"|"revokeDirective"|"createToken"|"kvPut"|"kvDelete"|"kvCas"|"describeMember"|"setCouncil"|undefined} kind
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 */
                $Object.defineProperty(Command.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["bootstrap", "addMember", "join", "removeMember", "setMemberStatus", "setParent", "setAddresses", "addTerritory", "removeTerritory", "setPolicy", "deletePolicy", "issueDirective", "revokeDirective", "createToken", "kvPut", "kvDelete", "kvCas", "describeMember", "setCouncil"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Command instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.Command
                 * @static
                 * @param {continuum.daemon.v1.Command.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.Command} Command instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.Command.$Shape): continuum.daemon.v1.Command & continuum.daemon.v1.Command.$Shape;
                 *   (properties?: continuum.daemon.v1.Command.$Properties): continuum.daemon.v1.Command;
                 * }}
                 */
                Command.create = function(properties) {
                    return new Command(properties);
                };

                /**
                 * Encodes the specified Command message. Does not implicitly {@link continuum.daemon.v1.Command.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.Command
                 * @static
                 * @param {continuum.daemon.v1.Command.$Properties} m Command message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Command.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs") && (typeof m.atMs === "object" ? m.atMs.low || m.atMs.high : m.atMs !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.atMs);
                    if (m.proposer != null && $Object.hasOwnProperty.call(m, "proposer") && m.proposer !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.proposer);
                    if (m.bootstrap != null && $Object.hasOwnProperty.call(m, "bootstrap"))
                        $root.continuum.daemon.v1.Bootstrap.encode(m.bootstrap, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (m.addMember != null && $Object.hasOwnProperty.call(m, "addMember"))
                        $root.continuum.daemon.v1.AddMember.encode(m.addMember, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                    if (m.join != null && $Object.hasOwnProperty.call(m, "join"))
                        $root.continuum.daemon.v1.Join.encode(m.join, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (m.removeMember != null && $Object.hasOwnProperty.call(m, "removeMember"))
                        $root.continuum.daemon.v1.RemoveMember.encode(m.removeMember, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    if (m.setMemberStatus != null && $Object.hasOwnProperty.call(m, "setMemberStatus"))
                        $root.continuum.daemon.v1.SetMemberStatus.encode(m.setMemberStatus, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                    if (m.setParent != null && $Object.hasOwnProperty.call(m, "setParent"))
                        $root.continuum.daemon.v1.SetParent.encode(m.setParent, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                    if (m.setAddresses != null && $Object.hasOwnProperty.call(m, "setAddresses"))
                        $root.continuum.daemon.v1.SetAddresses.encode(m.setAddresses, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                    if (m.addTerritory != null && $Object.hasOwnProperty.call(m, "addTerritory"))
                        $root.continuum.daemon.v1.AddTerritory.encode(m.addTerritory, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                    if (m.removeTerritory != null && $Object.hasOwnProperty.call(m, "removeTerritory"))
                        $root.continuum.daemon.v1.RemoveTerritory.encode(m.removeTerritory, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                    if (m.setPolicy != null && $Object.hasOwnProperty.call(m, "setPolicy"))
                        $root.continuum.daemon.v1.SetPolicy.encode(m.setPolicy, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                    if (m.deletePolicy != null && $Object.hasOwnProperty.call(m, "deletePolicy"))
                        $root.continuum.daemon.v1.DeletePolicy.encode(m.deletePolicy, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                    if (m.issueDirective != null && $Object.hasOwnProperty.call(m, "issueDirective"))
                        $root.continuum.daemon.v1.IssueDirective.encode(m.issueDirective, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                    if (m.revokeDirective != null && $Object.hasOwnProperty.call(m, "revokeDirective"))
                        $root.continuum.daemon.v1.RevokeDirective.encode(m.revokeDirective, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                    if (m.createToken != null && $Object.hasOwnProperty.call(m, "createToken"))
                        $root.continuum.daemon.v1.CreateToken.encode(m.createToken, w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                    if (m.kvPut != null && $Object.hasOwnProperty.call(m, "kvPut"))
                        $root.continuum.daemon.v1.KvPut.encode(m.kvPut, w.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                    if (m.kvDelete != null && $Object.hasOwnProperty.call(m, "kvDelete"))
                        $root.continuum.daemon.v1.KvDelete.encode(m.kvDelete, w.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                    if (m.kvCas != null && $Object.hasOwnProperty.call(m, "kvCas"))
                        $root.continuum.daemon.v1.KvCas.encode(m.kvCas, w.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                    if (m.describeMember != null && $Object.hasOwnProperty.call(m, "describeMember"))
                        $root.continuum.daemon.v1.DescribeMember.encode(m.describeMember, w.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
                    if (m.setCouncil != null && $Object.hasOwnProperty.call(m, "setCouncil"))
                        $root.continuum.daemon.v1.SetCouncil.encode(m.setCouncil, w.uint32(/* id 28, wireType 2 =*/226).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.Command
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.Command & continuum.daemon.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Command.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.Command();
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
                                    m.atMs = v;
                                else
                                    delete m.atMs;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.proposer = v;
                                else
                                    delete m.proposer;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                m.bootstrap = $root.continuum.daemon.v1.Bootstrap.decode(r, r.size(), $undefined, q + 1, m.bootstrap);
                                m.kind = "bootstrap";
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                m.addMember = $root.continuum.daemon.v1.AddMember.decode(r, r.size(), $undefined, q + 1, m.addMember);
                                m.kind = "addMember";
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                m.join = $root.continuum.daemon.v1.Join.decode(r, r.size(), $undefined, q + 1, m.join);
                                m.kind = "join";
                                continue;
                            }
                        case 13: {
                                if (u !== 2)
                                    break;
                                m.removeMember = $root.continuum.daemon.v1.RemoveMember.decode(r, r.size(), $undefined, q + 1, m.removeMember);
                                m.kind = "removeMember";
                                continue;
                            }
                        case 14: {
                                if (u !== 2)
                                    break;
                                m.setMemberStatus = $root.continuum.daemon.v1.SetMemberStatus.decode(r, r.size(), $undefined, q + 1, m.setMemberStatus);
                                m.kind = "setMemberStatus";
                                continue;
                            }
                        case 15: {
                                if (u !== 2)
                                    break;
                                m.setParent = $root.continuum.daemon.v1.SetParent.decode(r, r.size(), $undefined, q + 1, m.setParent);
                                m.kind = "setParent";
                                continue;
                            }
                        case 16: {
                                if (u !== 2)
                                    break;
                                m.setAddresses = $root.continuum.daemon.v1.SetAddresses.decode(r, r.size(), $undefined, q + 1, m.setAddresses);
                                m.kind = "setAddresses";
                                continue;
                            }
                        case 17: {
                                if (u !== 2)
                                    break;
                                m.addTerritory = $root.continuum.daemon.v1.AddTerritory.decode(r, r.size(), $undefined, q + 1, m.addTerritory);
                                m.kind = "addTerritory";
                                continue;
                            }
                        case 18: {
                                if (u !== 2)
                                    break;
                                m.removeTerritory = $root.continuum.daemon.v1.RemoveTerritory.decode(r, r.size(), $undefined, q + 1, m.removeTerritory);
                                m.kind = "removeTerritory";
                                continue;
                            }
                        case 19: {
                                if (u !== 2)
                                    break;
                                m.setPolicy = $root.continuum.daemon.v1.SetPolicy.decode(r, r.size(), $undefined, q + 1, m.setPolicy);
                                m.kind = "setPolicy";
                                continue;
                            }
                        case 20: {
                                if (u !== 2)
                                    break;
                                m.deletePolicy = $root.continuum.daemon.v1.DeletePolicy.decode(r, r.size(), $undefined, q + 1, m.deletePolicy);
                                m.kind = "deletePolicy";
                                continue;
                            }
                        case 21: {
                                if (u !== 2)
                                    break;
                                m.issueDirective = $root.continuum.daemon.v1.IssueDirective.decode(r, r.size(), $undefined, q + 1, m.issueDirective);
                                m.kind = "issueDirective";
                                continue;
                            }
                        case 22: {
                                if (u !== 2)
                                    break;
                                m.revokeDirective = $root.continuum.daemon.v1.RevokeDirective.decode(r, r.size(), $undefined, q + 1, m.revokeDirective);
                                m.kind = "revokeDirective";
                                continue;
                            }
                        case 23: {
                                if (u !== 2)
                                    break;
                                m.createToken = $root.continuum.daemon.v1.CreateToken.decode(r, r.size(), $undefined, q + 1, m.createToken);
                                m.kind = "createToken";
                                continue;
                            }
                        case 24: {
                                if (u !== 2)
                                    break;
                                m.kvPut = $root.continuum.daemon.v1.KvPut.decode(r, r.size(), $undefined, q + 1, m.kvPut);
                                m.kind = "kvPut";
                                continue;
                            }
                        case 25: {
                                if (u !== 2)
                                    break;
                                m.kvDelete = $root.continuum.daemon.v1.KvDelete.decode(r, r.size(), $undefined, q + 1, m.kvDelete);
                                m.kind = "kvDelete";
                                continue;
                            }
                        case 26: {
                                if (u !== 2)
                                    break;
                                m.kvCas = $root.continuum.daemon.v1.KvCas.decode(r, r.size(), $undefined, q + 1, m.kvCas);
                                m.kind = "kvCas";
                                continue;
                            }
                        case 27: {
                                if (u !== 2)
                                    break;
                                m.describeMember = $root.continuum.daemon.v1.DescribeMember.decode(r, r.size(), $undefined, q + 1, m.describeMember);
                                m.kind = "describeMember";
                                continue;
                            }
                        case 28: {
                                if (u !== 2)
                                    break;
                                m.setCouncil = $root.continuum.daemon.v1.SetCouncil.decode(r, r.size(), $undefined, q + 1, m.setCouncil);
                                m.kind = "setCouncil";
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
                 * Creates a Command message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.Command
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.Command} Command
                 */
                Command.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.Command)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.Command: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.Command();
                    if (d.atMs != null) {
                        if (typeof d.atMs === "object" ? d.atMs.low || d.atMs.high : $Number(d.atMs) !== 0) {
                            if ($util.Long)
                                m.atMs = $util.Long.fromValue(d.atMs, true);
                            else if (typeof d.atMs === "string")
                                m.atMs = $parseInt(d.atMs, 10);
                            else if (typeof d.atMs === "number")
                                m.atMs = d.atMs;
                            else if (typeof d.atMs === "object")
                                m.atMs = new $util.LongBits(d.atMs.low >>> 0, d.atMs.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.proposer != null) {
                        if (typeof d.proposer !== "string" || d.proposer.length) {
                            m.proposer = $String(d.proposer);
                        }
                    }
                    if (d.bootstrap != null) {
                        if (!$util.isObject(d.bootstrap))
                            throw $TypeError(".continuum.daemon.v1.Command.bootstrap: object expected");
                        m.bootstrap = $root.continuum.daemon.v1.Bootstrap.fromObject(d.bootstrap, q + 1);
                    }
                    if (d.addMember != null) {
                        if (!$util.isObject(d.addMember))
                            throw $TypeError(".continuum.daemon.v1.Command.addMember: object expected");
                        m.addMember = $root.continuum.daemon.v1.AddMember.fromObject(d.addMember, q + 1);
                    }
                    if (d.join != null) {
                        if (!$util.isObject(d.join))
                            throw $TypeError(".continuum.daemon.v1.Command.join: object expected");
                        m.join = $root.continuum.daemon.v1.Join.fromObject(d.join, q + 1);
                    }
                    if (d.removeMember != null) {
                        if (!$util.isObject(d.removeMember))
                            throw $TypeError(".continuum.daemon.v1.Command.removeMember: object expected");
                        m.removeMember = $root.continuum.daemon.v1.RemoveMember.fromObject(d.removeMember, q + 1);
                    }
                    if (d.setMemberStatus != null) {
                        if (!$util.isObject(d.setMemberStatus))
                            throw $TypeError(".continuum.daemon.v1.Command.setMemberStatus: object expected");
                        m.setMemberStatus = $root.continuum.daemon.v1.SetMemberStatus.fromObject(d.setMemberStatus, q + 1);
                    }
                    if (d.setParent != null) {
                        if (!$util.isObject(d.setParent))
                            throw $TypeError(".continuum.daemon.v1.Command.setParent: object expected");
                        m.setParent = $root.continuum.daemon.v1.SetParent.fromObject(d.setParent, q + 1);
                    }
                    if (d.setAddresses != null) {
                        if (!$util.isObject(d.setAddresses))
                            throw $TypeError(".continuum.daemon.v1.Command.setAddresses: object expected");
                        m.setAddresses = $root.continuum.daemon.v1.SetAddresses.fromObject(d.setAddresses, q + 1);
                    }
                    if (d.addTerritory != null) {
                        if (!$util.isObject(d.addTerritory))
                            throw $TypeError(".continuum.daemon.v1.Command.addTerritory: object expected");
                        m.addTerritory = $root.continuum.daemon.v1.AddTerritory.fromObject(d.addTerritory, q + 1);
                    }
                    if (d.removeTerritory != null) {
                        if (!$util.isObject(d.removeTerritory))
                            throw $TypeError(".continuum.daemon.v1.Command.removeTerritory: object expected");
                        m.removeTerritory = $root.continuum.daemon.v1.RemoveTerritory.fromObject(d.removeTerritory, q + 1);
                    }
                    if (d.setPolicy != null) {
                        if (!$util.isObject(d.setPolicy))
                            throw $TypeError(".continuum.daemon.v1.Command.setPolicy: object expected");
                        m.setPolicy = $root.continuum.daemon.v1.SetPolicy.fromObject(d.setPolicy, q + 1);
                    }
                    if (d.deletePolicy != null) {
                        if (!$util.isObject(d.deletePolicy))
                            throw $TypeError(".continuum.daemon.v1.Command.deletePolicy: object expected");
                        m.deletePolicy = $root.continuum.daemon.v1.DeletePolicy.fromObject(d.deletePolicy, q + 1);
                    }
                    if (d.issueDirective != null) {
                        if (!$util.isObject(d.issueDirective))
                            throw $TypeError(".continuum.daemon.v1.Command.issueDirective: object expected");
                        m.issueDirective = $root.continuum.daemon.v1.IssueDirective.fromObject(d.issueDirective, q + 1);
                    }
                    if (d.revokeDirective != null) {
                        if (!$util.isObject(d.revokeDirective))
                            throw $TypeError(".continuum.daemon.v1.Command.revokeDirective: object expected");
                        m.revokeDirective = $root.continuum.daemon.v1.RevokeDirective.fromObject(d.revokeDirective, q + 1);
                    }
                    if (d.createToken != null) {
                        if (!$util.isObject(d.createToken))
                            throw $TypeError(".continuum.daemon.v1.Command.createToken: object expected");
                        m.createToken = $root.continuum.daemon.v1.CreateToken.fromObject(d.createToken, q + 1);
                    }
                    if (d.kvPut != null) {
                        if (!$util.isObject(d.kvPut))
                            throw $TypeError(".continuum.daemon.v1.Command.kvPut: object expected");
                        m.kvPut = $root.continuum.daemon.v1.KvPut.fromObject(d.kvPut, q + 1);
                    }
                    if (d.kvDelete != null) {
                        if (!$util.isObject(d.kvDelete))
                            throw $TypeError(".continuum.daemon.v1.Command.kvDelete: object expected");
                        m.kvDelete = $root.continuum.daemon.v1.KvDelete.fromObject(d.kvDelete, q + 1);
                    }
                    if (d.kvCas != null) {
                        if (!$util.isObject(d.kvCas))
                            throw $TypeError(".continuum.daemon.v1.Command.kvCas: object expected");
                        m.kvCas = $root.continuum.daemon.v1.KvCas.fromObject(d.kvCas, q + 1);
                    }
                    if (d.describeMember != null) {
                        if (!$util.isObject(d.describeMember))
                            throw $TypeError(".continuum.daemon.v1.Command.describeMember: object expected");
                        m.describeMember = $root.continuum.daemon.v1.DescribeMember.fromObject(d.describeMember, q + 1);
                    }
                    if (d.setCouncil != null) {
                        if (!$util.isObject(d.setCouncil))
                            throw $TypeError(".continuum.daemon.v1.Command.setCouncil: object expected");
                        m.setCouncil = $root.continuum.daemon.v1.SetCouncil.fromObject(d.setCouncil, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.Command
                 * @static
                 * @param {continuum.daemon.v1.Command} m Command
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Command.toObject = function (m, o, q) {
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
                            d.atMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.atMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.proposer = "";
                    }
                    if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.atMs = typeof m.atMs === "number" ? $BigInt(m.atMs) : $util.Long.fromBits(m.atMs.low >>> 0, m.atMs.high >>> 0, true).toBigInt();
                        else if (typeof m.atMs === "number")
                            d.atMs = o.longs === $String ? $String(m.atMs) : m.atMs;
                        else
                            d.atMs = o.longs === $String ? $util.Long.prototype.toString.call(m.atMs) : o.longs === $Number ? new $util.LongBits(m.atMs.low >>> 0, m.atMs.high >>> 0).toNumber(true) : m.atMs;
                    }
                    if (m.proposer != null && $Object.hasOwnProperty.call(m, "proposer")) {
                        d.proposer = m.proposer;
                    }
                    if (m.bootstrap != null && $Object.hasOwnProperty.call(m, "bootstrap")) {
                        d.bootstrap = $root.continuum.daemon.v1.Bootstrap.toObject(m.bootstrap, o, q + 1);
                        if (o.oneofs)
                            d.kind = "bootstrap";
                    }
                    if (m.addMember != null && $Object.hasOwnProperty.call(m, "addMember")) {
                        d.addMember = $root.continuum.daemon.v1.AddMember.toObject(m.addMember, o, q + 1);
                        if (o.oneofs)
                            d.kind = "addMember";
                    }
                    if (m.join != null && $Object.hasOwnProperty.call(m, "join")) {
                        d.join = $root.continuum.daemon.v1.Join.toObject(m.join, o, q + 1);
                        if (o.oneofs)
                            d.kind = "join";
                    }
                    if (m.removeMember != null && $Object.hasOwnProperty.call(m, "removeMember")) {
                        d.removeMember = $root.continuum.daemon.v1.RemoveMember.toObject(m.removeMember, o, q + 1);
                        if (o.oneofs)
                            d.kind = "removeMember";
                    }
                    if (m.setMemberStatus != null && $Object.hasOwnProperty.call(m, "setMemberStatus")) {
                        d.setMemberStatus = $root.continuum.daemon.v1.SetMemberStatus.toObject(m.setMemberStatus, o, q + 1);
                        if (o.oneofs)
                            d.kind = "setMemberStatus";
                    }
                    if (m.setParent != null && $Object.hasOwnProperty.call(m, "setParent")) {
                        d.setParent = $root.continuum.daemon.v1.SetParent.toObject(m.setParent, o, q + 1);
                        if (o.oneofs)
                            d.kind = "setParent";
                    }
                    if (m.setAddresses != null && $Object.hasOwnProperty.call(m, "setAddresses")) {
                        d.setAddresses = $root.continuum.daemon.v1.SetAddresses.toObject(m.setAddresses, o, q + 1);
                        if (o.oneofs)
                            d.kind = "setAddresses";
                    }
                    if (m.addTerritory != null && $Object.hasOwnProperty.call(m, "addTerritory")) {
                        d.addTerritory = $root.continuum.daemon.v1.AddTerritory.toObject(m.addTerritory, o, q + 1);
                        if (o.oneofs)
                            d.kind = "addTerritory";
                    }
                    if (m.removeTerritory != null && $Object.hasOwnProperty.call(m, "removeTerritory")) {
                        d.removeTerritory = $root.continuum.daemon.v1.RemoveTerritory.toObject(m.removeTerritory, o, q + 1);
                        if (o.oneofs)
                            d.kind = "removeTerritory";
                    }
                    if (m.setPolicy != null && $Object.hasOwnProperty.call(m, "setPolicy")) {
                        d.setPolicy = $root.continuum.daemon.v1.SetPolicy.toObject(m.setPolicy, o, q + 1);
                        if (o.oneofs)
                            d.kind = "setPolicy";
                    }
                    if (m.deletePolicy != null && $Object.hasOwnProperty.call(m, "deletePolicy")) {
                        d.deletePolicy = $root.continuum.daemon.v1.DeletePolicy.toObject(m.deletePolicy, o, q + 1);
                        if (o.oneofs)
                            d.kind = "deletePolicy";
                    }
                    if (m.issueDirective != null && $Object.hasOwnProperty.call(m, "issueDirective")) {
                        d.issueDirective = $root.continuum.daemon.v1.IssueDirective.toObject(m.issueDirective, o, q + 1);
                        if (o.oneofs)
                            d.kind = "issueDirective";
                    }
                    if (m.revokeDirective != null && $Object.hasOwnProperty.call(m, "revokeDirective")) {
                        d.revokeDirective = $root.continuum.daemon.v1.RevokeDirective.toObject(m.revokeDirective, o, q + 1);
                        if (o.oneofs)
                            d.kind = "revokeDirective";
                    }
                    if (m.createToken != null && $Object.hasOwnProperty.call(m, "createToken")) {
                        d.createToken = $root.continuum.daemon.v1.CreateToken.toObject(m.createToken, o, q + 1);
                        if (o.oneofs)
                            d.kind = "createToken";
                    }
                    if (m.kvPut != null && $Object.hasOwnProperty.call(m, "kvPut")) {
                        d.kvPut = $root.continuum.daemon.v1.KvPut.toObject(m.kvPut, o, q + 1);
                        if (o.oneofs)
                            d.kind = "kvPut";
                    }
                    if (m.kvDelete != null && $Object.hasOwnProperty.call(m, "kvDelete")) {
                        d.kvDelete = $root.continuum.daemon.v1.KvDelete.toObject(m.kvDelete, o, q + 1);
                        if (o.oneofs)
                            d.kind = "kvDelete";
                    }
                    if (m.kvCas != null && $Object.hasOwnProperty.call(m, "kvCas")) {
                        d.kvCas = $root.continuum.daemon.v1.KvCas.toObject(m.kvCas, o, q + 1);
                        if (o.oneofs)
                            d.kind = "kvCas";
                    }
                    if (m.describeMember != null && $Object.hasOwnProperty.call(m, "describeMember")) {
                        d.describeMember = $root.continuum.daemon.v1.DescribeMember.toObject(m.describeMember, o, q + 1);
                        if (o.oneofs)
                            d.kind = "describeMember";
                    }
                    if (m.setCouncil != null && $Object.hasOwnProperty.call(m, "setCouncil")) {
                        d.setCouncil = $root.continuum.daemon.v1.SetCouncil.toObject(m.setCouncil, o, q + 1);
                        if (o.oneofs)
                            d.kind = "setCouncil";
                    }
                    return d;
                };

                /**
                 * Converts this Command to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.Command
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Command.prototype.toJSON = function() {
                    return Command.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Command
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.Command
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Command.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.Command";
                };

                return Command;
            })();

            v1.MemberRecord = (function() {

                /**
                 * Properties of a MemberRecord.
                 * @typedef {Object} continuum.daemon.v1.MemberRecord.$Properties
                 * @property {continuum.daemon.v1.MemberSpec.$Properties|null} [spec] MemberRecord spec
                 * @property {string|null} [status] MemberRecord status
                 * @property {string|null} [parent] MemberRecord parent
                 * @property {string|null} [homeParent] MemberRecord homeParent
                 * @property {number|null} [joinedAtMs] MemberRecord joinedAtMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberRecord.
                 * @memberof continuum.daemon.v1
                 * @interface IMemberRecord
                 * @augments continuum.daemon.v1.MemberRecord.$Properties
                 * @deprecated Use continuum.daemon.v1.MemberRecord.$Properties instead.
                 */

                /**
                 * Shape of a MemberRecord.
                 * @typedef {continuum.daemon.v1.MemberRecord.$Properties} continuum.daemon.v1.MemberRecord.$Shape
                 */

                /**
                 * Constructs a new MemberRecord.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a MemberRecord.
                 * @constructor
                 * @param {continuum.daemon.v1.MemberRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberRecord = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * MemberRecord spec.
                 * @member {continuum.daemon.v1.MemberSpec.$Properties|null|undefined} spec
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @instance
                 */
                MemberRecord.prototype.spec = null;

                /**
                 * MemberRecord status.
                 * @member {string} status
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @instance
                 */
                MemberRecord.prototype.status = "";

                /**
                 * MemberRecord parent.
                 * @member {string} parent
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @instance
                 */
                MemberRecord.prototype.parent = "";

                /**
                 * MemberRecord homeParent.
                 * @member {string} homeParent
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @instance
                 */
                MemberRecord.prototype.homeParent = "";

                /**
                 * MemberRecord joinedAtMs.
                 * @member {number} joinedAtMs
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @instance
                 */
                MemberRecord.prototype.joinedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MemberRecord instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @static
                 * @param {continuum.daemon.v1.MemberRecord.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.MemberRecord} MemberRecord instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.MemberRecord.$Shape): continuum.daemon.v1.MemberRecord & continuum.daemon.v1.MemberRecord.$Shape;
                 *   (properties?: continuum.daemon.v1.MemberRecord.$Properties): continuum.daemon.v1.MemberRecord;
                 * }}
                 */
                MemberRecord.create = function(properties) {
                    return new MemberRecord(properties);
                };

                /**
                 * Encodes the specified MemberRecord message. Does not implicitly {@link continuum.daemon.v1.MemberRecord.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @static
                 * @param {continuum.daemon.v1.MemberRecord.$Properties} m MemberRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                        $root.continuum.daemon.v1.MemberSpec.encode(m.spec, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.status);
                    if (m.parent != null && $Object.hasOwnProperty.call(m, "parent") && m.parent !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.parent);
                    if (m.homeParent != null && $Object.hasOwnProperty.call(m, "homeParent") && m.homeParent !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.homeParent);
                    if (m.joinedAtMs != null && $Object.hasOwnProperty.call(m, "joinedAtMs") && (typeof m.joinedAtMs === "object" ? m.joinedAtMs.low || m.joinedAtMs.high : m.joinedAtMs !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).uint64(m.joinedAtMs);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a MemberRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.MemberRecord & continuum.daemon.v1.MemberRecord.$Shape} MemberRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberRecord.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.MemberRecord();
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
                                m.spec = $root.continuum.daemon.v1.MemberSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.status = v;
                                else
                                    delete m.status;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.parent = v;
                                else
                                    delete m.parent;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.homeParent = v;
                                else
                                    delete m.homeParent;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.joinedAtMs = v;
                                else
                                    delete m.joinedAtMs;
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
                 * Creates a MemberRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.MemberRecord} MemberRecord
                 */
                MemberRecord.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.MemberRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.MemberRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.MemberRecord();
                    if (d.spec != null) {
                        if (!$util.isObject(d.spec))
                            throw $TypeError(".continuum.daemon.v1.MemberRecord.spec: object expected");
                        m.spec = $root.continuum.daemon.v1.MemberSpec.fromObject(d.spec, q + 1);
                    }
                    if (d.status != null) {
                        if (typeof d.status !== "string" || d.status.length) {
                            m.status = $String(d.status);
                        }
                    }
                    if (d.parent != null) {
                        if (typeof d.parent !== "string" || d.parent.length) {
                            m.parent = $String(d.parent);
                        }
                    }
                    if (d.homeParent != null) {
                        if (typeof d.homeParent !== "string" || d.homeParent.length) {
                            m.homeParent = $String(d.homeParent);
                        }
                    }
                    if (d.joinedAtMs != null) {
                        if (typeof d.joinedAtMs === "object" ? d.joinedAtMs.low || d.joinedAtMs.high : $Number(d.joinedAtMs) !== 0) {
                            if ($util.Long)
                                m.joinedAtMs = $util.Long.fromValue(d.joinedAtMs, true);
                            else if (typeof d.joinedAtMs === "string")
                                m.joinedAtMs = $parseInt(d.joinedAtMs, 10);
                            else if (typeof d.joinedAtMs === "number")
                                m.joinedAtMs = d.joinedAtMs;
                            else if (typeof d.joinedAtMs === "object")
                                m.joinedAtMs = new $util.LongBits(d.joinedAtMs.low >>> 0, d.joinedAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MemberRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @static
                 * @param {continuum.daemon.v1.MemberRecord} m MemberRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemberRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.spec = null;
                        d.status = "";
                        d.parent = "";
                        d.homeParent = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.joinedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.joinedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.spec != null && $Object.hasOwnProperty.call(m, "spec")) {
                        d.spec = $root.continuum.daemon.v1.MemberSpec.toObject(m.spec, o, q + 1);
                    }
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                        d.status = m.status;
                    }
                    if (m.parent != null && $Object.hasOwnProperty.call(m, "parent")) {
                        d.parent = m.parent;
                    }
                    if (m.homeParent != null && $Object.hasOwnProperty.call(m, "homeParent")) {
                        d.homeParent = m.homeParent;
                    }
                    if (m.joinedAtMs != null && $Object.hasOwnProperty.call(m, "joinedAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.joinedAtMs = typeof m.joinedAtMs === "number" ? $BigInt(m.joinedAtMs) : $util.Long.fromBits(m.joinedAtMs.low >>> 0, m.joinedAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.joinedAtMs === "number")
                            d.joinedAtMs = o.longs === $String ? $String(m.joinedAtMs) : m.joinedAtMs;
                        else
                            d.joinedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.joinedAtMs) : o.longs === $Number ? new $util.LongBits(m.joinedAtMs.low >>> 0, m.joinedAtMs.high >>> 0).toNumber(true) : m.joinedAtMs;
                    }
                    return d;
                };

                /**
                 * Converts this MemberRecord to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemberRecord.prototype.toJSON = function() {
                    return MemberRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MemberRecord
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.MemberRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemberRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.MemberRecord";
                };

                return MemberRecord;
            })();

            v1.PolicyRecord = (function() {

                /**
                 * Properties of a PolicyRecord.
                 * @typedef {Object} continuum.daemon.v1.PolicyRecord.$Properties
                 * @property {string|null} [name] PolicyRecord name
                 * @property {string|null} [value] PolicyRecord value
                 * @property {number|null} [revision] PolicyRecord revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PolicyRecord.
                 * @memberof continuum.daemon.v1
                 * @interface IPolicyRecord
                 * @augments continuum.daemon.v1.PolicyRecord.$Properties
                 * @deprecated Use continuum.daemon.v1.PolicyRecord.$Properties instead.
                 */

                /**
                 * Shape of a PolicyRecord.
                 * @typedef {continuum.daemon.v1.PolicyRecord.$Properties} continuum.daemon.v1.PolicyRecord.$Shape
                 */

                /**
                 * Constructs a new PolicyRecord.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a PolicyRecord.
                 * @constructor
                 * @param {continuum.daemon.v1.PolicyRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PolicyRecord = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * PolicyRecord name.
                 * @member {string} name
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @instance
                 */
                PolicyRecord.prototype.name = "";

                /**
                 * PolicyRecord value.
                 * @member {string} value
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @instance
                 */
                PolicyRecord.prototype.value = "";

                /**
                 * PolicyRecord revision.
                 * @member {number} revision
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @instance
                 */
                PolicyRecord.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PolicyRecord instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @static
                 * @param {continuum.daemon.v1.PolicyRecord.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.PolicyRecord} PolicyRecord instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.PolicyRecord.$Shape): continuum.daemon.v1.PolicyRecord & continuum.daemon.v1.PolicyRecord.$Shape;
                 *   (properties?: continuum.daemon.v1.PolicyRecord.$Properties): continuum.daemon.v1.PolicyRecord;
                 * }}
                 */
                PolicyRecord.create = function(properties) {
                    return new PolicyRecord(properties);
                };

                /**
                 * Encodes the specified PolicyRecord message. Does not implicitly {@link continuum.daemon.v1.PolicyRecord.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @static
                 * @param {continuum.daemon.v1.PolicyRecord.$Properties} m PolicyRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PolicyRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                    if (m.revision != null && $Object.hasOwnProperty.call(m, "revision") && (typeof m.revision === "object" ? m.revision.low || m.revision.high : m.revision !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).uint64(m.revision);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a PolicyRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.PolicyRecord & continuum.daemon.v1.PolicyRecord.$Shape} PolicyRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PolicyRecord.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.PolicyRecord();
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
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.value = v;
                                else
                                    delete m.value;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.revision = v;
                                else
                                    delete m.revision;
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
                 * Creates a PolicyRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.PolicyRecord} PolicyRecord
                 */
                PolicyRecord.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.PolicyRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.PolicyRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.PolicyRecord();
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.value != null) {
                        if (typeof d.value !== "string" || d.value.length) {
                            m.value = $String(d.value);
                        }
                    }
                    if (d.revision != null) {
                        if (typeof d.revision === "object" ? d.revision.low || d.revision.high : $Number(d.revision) !== 0) {
                            if ($util.Long)
                                m.revision = $util.Long.fromValue(d.revision, true);
                            else if (typeof d.revision === "string")
                                m.revision = $parseInt(d.revision, 10);
                            else if (typeof d.revision === "number")
                                m.revision = d.revision;
                            else if (typeof d.revision === "object")
                                m.revision = new $util.LongBits(d.revision.low >>> 0, d.revision.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PolicyRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @static
                 * @param {continuum.daemon.v1.PolicyRecord} m PolicyRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PolicyRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                        d.value = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.revision = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.revision = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = m.value;
                    }
                    if (m.revision != null && $Object.hasOwnProperty.call(m, "revision")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.revision = typeof m.revision === "number" ? $BigInt(m.revision) : $util.Long.fromBits(m.revision.low >>> 0, m.revision.high >>> 0, true).toBigInt();
                        else if (typeof m.revision === "number")
                            d.revision = o.longs === $String ? $String(m.revision) : m.revision;
                        else
                            d.revision = o.longs === $String ? $util.Long.prototype.toString.call(m.revision) : o.longs === $Number ? new $util.LongBits(m.revision.low >>> 0, m.revision.high >>> 0).toNumber(true) : m.revision;
                    }
                    return d;
                };

                /**
                 * Converts this PolicyRecord to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PolicyRecord.prototype.toJSON = function() {
                    return PolicyRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PolicyRecord
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.PolicyRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PolicyRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.PolicyRecord";
                };

                return PolicyRecord;
            })();

            v1.DirectiveRecord = (function() {

                /**
                 * Properties of a DirectiveRecord.
                 * @typedef {Object} continuum.daemon.v1.DirectiveRecord.$Properties
                 * @property {string|null} [id] DirectiveRecord id
                 * @property {string|null} [kind] DirectiveRecord kind
                 * @property {string|null} [targetTerritory] DirectiveRecord targetTerritory
                 * @property {Uint8Array|null} [body] DirectiveRecord body
                 * @property {number|null} [issuedAtMs] DirectiveRecord issuedAtMs
                 * @property {number|null} [expiresAtMs] DirectiveRecord expiresAtMs
                 * @property {string|null} [issuedBy] DirectiveRecord issuedBy
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DirectiveRecord.
                 * @memberof continuum.daemon.v1
                 * @interface IDirectiveRecord
                 * @augments continuum.daemon.v1.DirectiveRecord.$Properties
                 * @deprecated Use continuum.daemon.v1.DirectiveRecord.$Properties instead.
                 */

                /**
                 * Shape of a DirectiveRecord.
                 * @typedef {continuum.daemon.v1.DirectiveRecord.$Properties} continuum.daemon.v1.DirectiveRecord.$Shape
                 */

                /**
                 * Constructs a new DirectiveRecord.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a DirectiveRecord.
                 * @constructor
                 * @param {continuum.daemon.v1.DirectiveRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DirectiveRecord = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DirectiveRecord id.
                 * @member {string} id
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @instance
                 */
                DirectiveRecord.prototype.id = "";

                /**
                 * DirectiveRecord kind.
                 * @member {string} kind
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @instance
                 */
                DirectiveRecord.prototype.kind = "";

                /**
                 * DirectiveRecord targetTerritory.
                 * @member {string} targetTerritory
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @instance
                 */
                DirectiveRecord.prototype.targetTerritory = "";

                /**
                 * DirectiveRecord body.
                 * @member {Uint8Array} body
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @instance
                 */
                DirectiveRecord.prototype.body = $util.newBuffer([]);

                /**
                 * DirectiveRecord issuedAtMs.
                 * @member {number} issuedAtMs
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @instance
                 */
                DirectiveRecord.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DirectiveRecord expiresAtMs.
                 * @member {number} expiresAtMs
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @instance
                 */
                DirectiveRecord.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DirectiveRecord issuedBy.
                 * @member {string} issuedBy
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @instance
                 */
                DirectiveRecord.prototype.issuedBy = "";

                /**
                 * Creates a new DirectiveRecord instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @static
                 * @param {continuum.daemon.v1.DirectiveRecord.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.DirectiveRecord} DirectiveRecord instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.DirectiveRecord.$Shape): continuum.daemon.v1.DirectiveRecord & continuum.daemon.v1.DirectiveRecord.$Shape;
                 *   (properties?: continuum.daemon.v1.DirectiveRecord.$Properties): continuum.daemon.v1.DirectiveRecord;
                 * }}
                 */
                DirectiveRecord.create = function(properties) {
                    return new DirectiveRecord(properties);
                };

                /**
                 * Encodes the specified DirectiveRecord message. Does not implicitly {@link continuum.daemon.v1.DirectiveRecord.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @static
                 * @param {continuum.daemon.v1.DirectiveRecord.$Properties} m DirectiveRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DirectiveRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                    if (m.targetTerritory != null && $Object.hasOwnProperty.call(m, "targetTerritory") && m.targetTerritory !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.targetTerritory);
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.body);
                    if (m.issuedAtMs != null && $Object.hasOwnProperty.call(m, "issuedAtMs") && (typeof m.issuedAtMs === "object" ? m.issuedAtMs.low || m.issuedAtMs.high : m.issuedAtMs !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).uint64(m.issuedAtMs);
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                        w.uint32(/* id 6, wireType 0 =*/48).uint64(m.expiresAtMs);
                    if (m.issuedBy != null && $Object.hasOwnProperty.call(m, "issuedBy") && m.issuedBy !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.issuedBy);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a DirectiveRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.DirectiveRecord & continuum.daemon.v1.DirectiveRecord.$Shape} DirectiveRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DirectiveRecord.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.DirectiveRecord();
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
                                if ((v = r.stringVerify()).length)
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.targetTerritory = v;
                                else
                                    delete m.targetTerritory;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.body = v;
                                else
                                    delete m.body;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.issuedAtMs = v;
                                else
                                    delete m.issuedAtMs;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.expiresAtMs = v;
                                else
                                    delete m.expiresAtMs;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.issuedBy = v;
                                else
                                    delete m.issuedBy;
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
                 * Creates a DirectiveRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.DirectiveRecord} DirectiveRecord
                 */
                DirectiveRecord.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.DirectiveRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.DirectiveRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.DirectiveRecord();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.kind != null) {
                        if (typeof d.kind !== "string" || d.kind.length) {
                            m.kind = $String(d.kind);
                        }
                    }
                    if (d.targetTerritory != null) {
                        if (typeof d.targetTerritory !== "string" || d.targetTerritory.length) {
                            m.targetTerritory = $String(d.targetTerritory);
                        }
                    }
                    if (d.body != null) {
                        if (d.body.length) {
                            if (typeof d.body === "string")
                                $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                            else if (d.body.length >= 0)
                                m.body = d.body;
                        }
                    }
                    if (d.issuedAtMs != null) {
                        if (typeof d.issuedAtMs === "object" ? d.issuedAtMs.low || d.issuedAtMs.high : $Number(d.issuedAtMs) !== 0) {
                            if ($util.Long)
                                m.issuedAtMs = $util.Long.fromValue(d.issuedAtMs, true);
                            else if (typeof d.issuedAtMs === "string")
                                m.issuedAtMs = $parseInt(d.issuedAtMs, 10);
                            else if (typeof d.issuedAtMs === "number")
                                m.issuedAtMs = d.issuedAtMs;
                            else if (typeof d.issuedAtMs === "object")
                                m.issuedAtMs = new $util.LongBits(d.issuedAtMs.low >>> 0, d.issuedAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.expiresAtMs != null) {
                        if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                            if ($util.Long)
                                m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, true);
                            else if (typeof d.expiresAtMs === "string")
                                m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                            else if (typeof d.expiresAtMs === "number")
                                m.expiresAtMs = d.expiresAtMs;
                            else if (typeof d.expiresAtMs === "object")
                                m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.issuedBy != null) {
                        if (typeof d.issuedBy !== "string" || d.issuedBy.length) {
                            m.issuedBy = $String(d.issuedBy);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DirectiveRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @static
                 * @param {continuum.daemon.v1.DirectiveRecord} m DirectiveRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DirectiveRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.kind = "";
                        d.targetTerritory = "";
                        if (o.bytes === $String)
                            d.body = "";
                        else {
                            d.body = [];
                            if (o.bytes !== $Array)
                                d.body = $util.newBuffer(d.body);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.issuedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.issuedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.issuedBy = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = m.kind;
                    }
                    if (m.targetTerritory != null && $Object.hasOwnProperty.call(m, "targetTerritory")) {
                        d.targetTerritory = m.targetTerritory;
                    }
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                        d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
                    }
                    if (m.issuedAtMs != null && $Object.hasOwnProperty.call(m, "issuedAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.issuedAtMs = typeof m.issuedAtMs === "number" ? $BigInt(m.issuedAtMs) : $util.Long.fromBits(m.issuedAtMs.low >>> 0, m.issuedAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.issuedAtMs === "number")
                            d.issuedAtMs = o.longs === $String ? $String(m.issuedAtMs) : m.issuedAtMs;
                        else
                            d.issuedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.issuedAtMs) : o.longs === $Number ? new $util.LongBits(m.issuedAtMs.low >>> 0, m.issuedAtMs.high >>> 0).toNumber(true) : m.issuedAtMs;
                    }
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.expiresAtMs === "number")
                            d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                        else
                            d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber(true) : m.expiresAtMs;
                    }
                    if (m.issuedBy != null && $Object.hasOwnProperty.call(m, "issuedBy")) {
                        d.issuedBy = m.issuedBy;
                    }
                    return d;
                };

                /**
                 * Converts this DirectiveRecord to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DirectiveRecord.prototype.toJSON = function() {
                    return DirectiveRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DirectiveRecord
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.DirectiveRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DirectiveRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.DirectiveRecord";
                };

                return DirectiveRecord;
            })();

            v1.TokenRecord = (function() {

                /**
                 * Properties of a TokenRecord.
                 * @typedef {Object} continuum.daemon.v1.TokenRecord.$Properties
                 * @property {string|null} [tokenId] TokenRecord tokenId
                 * @property {Uint8Array|null} [secret] TokenRecord secret
                 * @property {number|null} [expiresAtMs] TokenRecord expiresAtMs
                 * @property {string|null} [createdBy] TokenRecord createdBy
                 * @property {string|null} [usedBy] TokenRecord usedBy
                 * @property {number|null} [usedAtMs] TokenRecord usedAtMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TokenRecord.
                 * @memberof continuum.daemon.v1
                 * @interface ITokenRecord
                 * @augments continuum.daemon.v1.TokenRecord.$Properties
                 * @deprecated Use continuum.daemon.v1.TokenRecord.$Properties instead.
                 */

                /**
                 * Shape of a TokenRecord.
                 * @typedef {continuum.daemon.v1.TokenRecord.$Properties} continuum.daemon.v1.TokenRecord.$Shape
                 */

                /**
                 * Constructs a new TokenRecord.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a TokenRecord.
                 * @constructor
                 * @param {continuum.daemon.v1.TokenRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TokenRecord = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * TokenRecord tokenId.
                 * @member {string} tokenId
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @instance
                 */
                TokenRecord.prototype.tokenId = "";

                /**
                 * TokenRecord secret.
                 * @member {Uint8Array} secret
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @instance
                 */
                TokenRecord.prototype.secret = $util.newBuffer([]);

                /**
                 * TokenRecord expiresAtMs.
                 * @member {number} expiresAtMs
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @instance
                 */
                TokenRecord.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TokenRecord createdBy.
                 * @member {string} createdBy
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @instance
                 */
                TokenRecord.prototype.createdBy = "";

                /**
                 * TokenRecord usedBy.
                 * @member {string} usedBy
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @instance
                 */
                TokenRecord.prototype.usedBy = "";

                /**
                 * TokenRecord usedAtMs.
                 * @member {number} usedAtMs
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @instance
                 */
                TokenRecord.prototype.usedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TokenRecord instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @static
                 * @param {continuum.daemon.v1.TokenRecord.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.TokenRecord} TokenRecord instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.TokenRecord.$Shape): continuum.daemon.v1.TokenRecord & continuum.daemon.v1.TokenRecord.$Shape;
                 *   (properties?: continuum.daemon.v1.TokenRecord.$Properties): continuum.daemon.v1.TokenRecord;
                 * }}
                 */
                TokenRecord.create = function(properties) {
                    return new TokenRecord(properties);
                };

                /**
                 * Encodes the specified TokenRecord message. Does not implicitly {@link continuum.daemon.v1.TokenRecord.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @static
                 * @param {continuum.daemon.v1.TokenRecord.$Properties} m TokenRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TokenRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId") && m.tokenId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.tokenId);
                    if (m.secret != null && $Object.hasOwnProperty.call(m, "secret") && m.secret.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.secret);
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).uint64(m.expiresAtMs);
                    if (m.createdBy != null && $Object.hasOwnProperty.call(m, "createdBy") && m.createdBy !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.createdBy);
                    if (m.usedBy != null && $Object.hasOwnProperty.call(m, "usedBy") && m.usedBy !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.usedBy);
                    if (m.usedAtMs != null && $Object.hasOwnProperty.call(m, "usedAtMs") && (typeof m.usedAtMs === "object" ? m.usedAtMs.low || m.usedAtMs.high : m.usedAtMs !== 0))
                        w.uint32(/* id 6, wireType 0 =*/48).uint64(m.usedAtMs);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a TokenRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.TokenRecord & continuum.daemon.v1.TokenRecord.$Shape} TokenRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TokenRecord.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.TokenRecord();
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
                                    m.tokenId = v;
                                else
                                    delete m.tokenId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.secret = v;
                                else
                                    delete m.secret;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.expiresAtMs = v;
                                else
                                    delete m.expiresAtMs;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.createdBy = v;
                                else
                                    delete m.createdBy;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.usedBy = v;
                                else
                                    delete m.usedBy;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.usedAtMs = v;
                                else
                                    delete m.usedAtMs;
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
                 * Creates a TokenRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.TokenRecord} TokenRecord
                 */
                TokenRecord.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.TokenRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.TokenRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.TokenRecord();
                    if (d.tokenId != null) {
                        if (typeof d.tokenId !== "string" || d.tokenId.length) {
                            m.tokenId = $String(d.tokenId);
                        }
                    }
                    if (d.secret != null) {
                        if (d.secret.length) {
                            if (typeof d.secret === "string")
                                $util.base64.decode(d.secret, m.secret = $util.newBuffer($util.base64.length(d.secret)), 0);
                            else if (d.secret.length >= 0)
                                m.secret = d.secret;
                        }
                    }
                    if (d.expiresAtMs != null) {
                        if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                            if ($util.Long)
                                m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, true);
                            else if (typeof d.expiresAtMs === "string")
                                m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                            else if (typeof d.expiresAtMs === "number")
                                m.expiresAtMs = d.expiresAtMs;
                            else if (typeof d.expiresAtMs === "object")
                                m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.createdBy != null) {
                        if (typeof d.createdBy !== "string" || d.createdBy.length) {
                            m.createdBy = $String(d.createdBy);
                        }
                    }
                    if (d.usedBy != null) {
                        if (typeof d.usedBy !== "string" || d.usedBy.length) {
                            m.usedBy = $String(d.usedBy);
                        }
                    }
                    if (d.usedAtMs != null) {
                        if (typeof d.usedAtMs === "object" ? d.usedAtMs.low || d.usedAtMs.high : $Number(d.usedAtMs) !== 0) {
                            if ($util.Long)
                                m.usedAtMs = $util.Long.fromValue(d.usedAtMs, true);
                            else if (typeof d.usedAtMs === "string")
                                m.usedAtMs = $parseInt(d.usedAtMs, 10);
                            else if (typeof d.usedAtMs === "number")
                                m.usedAtMs = d.usedAtMs;
                            else if (typeof d.usedAtMs === "object")
                                m.usedAtMs = new $util.LongBits(d.usedAtMs.low >>> 0, d.usedAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a TokenRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @static
                 * @param {continuum.daemon.v1.TokenRecord} m TokenRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TokenRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.tokenId = "";
                        if (o.bytes === $String)
                            d.secret = "";
                        else {
                            d.secret = [];
                            if (o.bytes !== $Array)
                                d.secret = $util.newBuffer(d.secret);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.createdBy = "";
                        d.usedBy = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.usedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.usedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId")) {
                        d.tokenId = m.tokenId;
                    }
                    if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                        d.secret = o.bytes === $String ? $util.base64.encode(m.secret, 0, m.secret.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.secret) : m.secret;
                    }
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.expiresAtMs === "number")
                            d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                        else
                            d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber(true) : m.expiresAtMs;
                    }
                    if (m.createdBy != null && $Object.hasOwnProperty.call(m, "createdBy")) {
                        d.createdBy = m.createdBy;
                    }
                    if (m.usedBy != null && $Object.hasOwnProperty.call(m, "usedBy")) {
                        d.usedBy = m.usedBy;
                    }
                    if (m.usedAtMs != null && $Object.hasOwnProperty.call(m, "usedAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.usedAtMs = typeof m.usedAtMs === "number" ? $BigInt(m.usedAtMs) : $util.Long.fromBits(m.usedAtMs.low >>> 0, m.usedAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.usedAtMs === "number")
                            d.usedAtMs = o.longs === $String ? $String(m.usedAtMs) : m.usedAtMs;
                        else
                            d.usedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.usedAtMs) : o.longs === $Number ? new $util.LongBits(m.usedAtMs.low >>> 0, m.usedAtMs.high >>> 0).toNumber(true) : m.usedAtMs;
                    }
                    return d;
                };

                /**
                 * Converts this TokenRecord to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TokenRecord.prototype.toJSON = function() {
                    return TokenRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TokenRecord
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.TokenRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TokenRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.TokenRecord";
                };

                return TokenRecord;
            })();

            v1.KvRecord = (function() {

                /**
                 * Properties of a KvRecord.
                 * @typedef {Object} continuum.daemon.v1.KvRecord.$Properties
                 * @property {string|null} [key] KvRecord key
                 * @property {Uint8Array|null} [value] KvRecord value
                 * @property {number|null} [createRevision] KvRecord createRevision
                 * @property {number|null} [modRevision] KvRecord modRevision
                 * @property {number|null} [version] KvRecord version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KvRecord.
                 * @memberof continuum.daemon.v1
                 * @interface IKvRecord
                 * @augments continuum.daemon.v1.KvRecord.$Properties
                 * @deprecated Use continuum.daemon.v1.KvRecord.$Properties instead.
                 */

                /**
                 * Shape of a KvRecord.
                 * @typedef {continuum.daemon.v1.KvRecord.$Properties} continuum.daemon.v1.KvRecord.$Shape
                 */

                /**
                 * Constructs a new KvRecord.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a KvRecord.
                 * @constructor
                 * @param {continuum.daemon.v1.KvRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const KvRecord = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * KvRecord key.
                 * @member {string} key
                 * @memberof continuum.daemon.v1.KvRecord
                 * @instance
                 */
                KvRecord.prototype.key = "";

                /**
                 * KvRecord value.
                 * @member {Uint8Array} value
                 * @memberof continuum.daemon.v1.KvRecord
                 * @instance
                 */
                KvRecord.prototype.value = $util.newBuffer([]);

                /**
                 * KvRecord createRevision.
                 * @member {number} createRevision
                 * @memberof continuum.daemon.v1.KvRecord
                 * @instance
                 */
                KvRecord.prototype.createRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KvRecord modRevision.
                 * @member {number} modRevision
                 * @memberof continuum.daemon.v1.KvRecord
                 * @instance
                 */
                KvRecord.prototype.modRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KvRecord version.
                 * @member {number} version
                 * @memberof continuum.daemon.v1.KvRecord
                 * @instance
                 */
                KvRecord.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new KvRecord instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.KvRecord
                 * @static
                 * @param {continuum.daemon.v1.KvRecord.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.KvRecord} KvRecord instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.KvRecord.$Shape): continuum.daemon.v1.KvRecord & continuum.daemon.v1.KvRecord.$Shape;
                 *   (properties?: continuum.daemon.v1.KvRecord.$Properties): continuum.daemon.v1.KvRecord;
                 * }}
                 */
                KvRecord.create = function(properties) {
                    return new KvRecord(properties);
                };

                /**
                 * Encodes the specified KvRecord message. Does not implicitly {@link continuum.daemon.v1.KvRecord.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.KvRecord
                 * @static
                 * @param {continuum.daemon.v1.KvRecord.$Properties} m KvRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KvRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                    if (m.createRevision != null && $Object.hasOwnProperty.call(m, "createRevision") && (typeof m.createRevision === "object" ? m.createRevision.low || m.createRevision.high : m.createRevision !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).uint64(m.createRevision);
                    if (m.modRevision != null && $Object.hasOwnProperty.call(m, "modRevision") && (typeof m.modRevision === "object" ? m.modRevision.low || m.modRevision.high : m.modRevision !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).uint64(m.modRevision);
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).uint64(m.version);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a KvRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.KvRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.KvRecord & continuum.daemon.v1.KvRecord.$Shape} KvRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KvRecord.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.KvRecord();
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
                                if ((v = r.bytes()).length)
                                    m.value = v;
                                else
                                    delete m.value;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.createRevision = v;
                                else
                                    delete m.createRevision;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.modRevision = v;
                                else
                                    delete m.modRevision;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.version = v;
                                else
                                    delete m.version;
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
                 * Creates a KvRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.KvRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.KvRecord} KvRecord
                 */
                KvRecord.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.KvRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.KvRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.KvRecord();
                    if (d.key != null) {
                        if (typeof d.key !== "string" || d.key.length) {
                            m.key = $String(d.key);
                        }
                    }
                    if (d.value != null) {
                        if (d.value.length) {
                            if (typeof d.value === "string")
                                $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                            else if (d.value.length >= 0)
                                m.value = d.value;
                        }
                    }
                    if (d.createRevision != null) {
                        if (typeof d.createRevision === "object" ? d.createRevision.low || d.createRevision.high : $Number(d.createRevision) !== 0) {
                            if ($util.Long)
                                m.createRevision = $util.Long.fromValue(d.createRevision, true);
                            else if (typeof d.createRevision === "string")
                                m.createRevision = $parseInt(d.createRevision, 10);
                            else if (typeof d.createRevision === "number")
                                m.createRevision = d.createRevision;
                            else if (typeof d.createRevision === "object")
                                m.createRevision = new $util.LongBits(d.createRevision.low >>> 0, d.createRevision.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.modRevision != null) {
                        if (typeof d.modRevision === "object" ? d.modRevision.low || d.modRevision.high : $Number(d.modRevision) !== 0) {
                            if ($util.Long)
                                m.modRevision = $util.Long.fromValue(d.modRevision, true);
                            else if (typeof d.modRevision === "string")
                                m.modRevision = $parseInt(d.modRevision, 10);
                            else if (typeof d.modRevision === "number")
                                m.modRevision = d.modRevision;
                            else if (typeof d.modRevision === "object")
                                m.modRevision = new $util.LongBits(d.modRevision.low >>> 0, d.modRevision.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.version != null) {
                        if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                            if ($util.Long)
                                m.version = $util.Long.fromValue(d.version, true);
                            else if (typeof d.version === "string")
                                m.version = $parseInt(d.version, 10);
                            else if (typeof d.version === "number")
                                m.version = d.version;
                            else if (typeof d.version === "object")
                                m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a KvRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.KvRecord
                 * @static
                 * @param {continuum.daemon.v1.KvRecord} m KvRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                KvRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.key = "";
                        if (o.bytes === $String)
                            d.value = "";
                        else {
                            d.value = [];
                            if (o.bytes !== $Array)
                                d.value = $util.newBuffer(d.value);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.createRevision = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.createRevision = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.modRevision = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.modRevision = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                        d.key = m.key;
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                    }
                    if (m.createRevision != null && $Object.hasOwnProperty.call(m, "createRevision")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.createRevision = typeof m.createRevision === "number" ? $BigInt(m.createRevision) : $util.Long.fromBits(m.createRevision.low >>> 0, m.createRevision.high >>> 0, true).toBigInt();
                        else if (typeof m.createRevision === "number")
                            d.createRevision = o.longs === $String ? $String(m.createRevision) : m.createRevision;
                        else
                            d.createRevision = o.longs === $String ? $util.Long.prototype.toString.call(m.createRevision) : o.longs === $Number ? new $util.LongBits(m.createRevision.low >>> 0, m.createRevision.high >>> 0).toNumber(true) : m.createRevision;
                    }
                    if (m.modRevision != null && $Object.hasOwnProperty.call(m, "modRevision")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.modRevision = typeof m.modRevision === "number" ? $BigInt(m.modRevision) : $util.Long.fromBits(m.modRevision.low >>> 0, m.modRevision.high >>> 0, true).toBigInt();
                        else if (typeof m.modRevision === "number")
                            d.modRevision = o.longs === $String ? $String(m.modRevision) : m.modRevision;
                        else
                            d.modRevision = o.longs === $String ? $util.Long.prototype.toString.call(m.modRevision) : o.longs === $Number ? new $util.LongBits(m.modRevision.low >>> 0, m.modRevision.high >>> 0).toNumber(true) : m.modRevision;
                    }
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                        else if (typeof m.version === "number")
                            d.version = o.longs === $String ? $String(m.version) : m.version;
                        else
                            d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
                    }
                    return d;
                };

                /**
                 * Converts this KvRecord to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.KvRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KvRecord.prototype.toJSON = function() {
                    return KvRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for KvRecord
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.KvRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KvRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.KvRecord";
                };

                return KvRecord;
            })();

            v1.FederationSnapshot = (function() {

                /**
                 * Properties of a FederationSnapshot.
                 * @typedef {Object} continuum.daemon.v1.FederationSnapshot.$Properties
                 * @property {number|null} [format] FederationSnapshot format
                 * @property {string|null} [federationId] FederationSnapshot federationId
                 * @property {Array.<continuum.daemon.v1.MemberRecord.$Properties>|null} [members] FederationSnapshot members
                 * @property {Array.<string>|null} [territories] FederationSnapshot territories
                 * @property {Array.<continuum.daemon.v1.PolicyRecord.$Properties>|null} [policies] FederationSnapshot policies
                 * @property {Array.<continuum.daemon.v1.DirectiveRecord.$Properties>|null} [directives] FederationSnapshot directives
                 * @property {Array.<continuum.daemon.v1.TokenRecord.$Properties>|null} [tokens] FederationSnapshot tokens
                 * @property {Array.<continuum.daemon.v1.KvRecord.$Properties>|null} [kv] FederationSnapshot kv
                 * @property {number|null} [kvRevision] FederationSnapshot kvRevision
                 * @property {number|null} [policyRevision] FederationSnapshot policyRevision
                 * @property {Array.<string>|null} [appliedProposalIds] FederationSnapshot appliedProposalIds
                 * @property {Array.<number>|null} [appliedProposalIndexes] FederationSnapshot appliedProposalIndexes
                 * @property {Uint8Array|null} [founding] FederationSnapshot founding
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FederationSnapshot.
                 * @memberof continuum.daemon.v1
                 * @interface IFederationSnapshot
                 * @augments continuum.daemon.v1.FederationSnapshot.$Properties
                 * @deprecated Use continuum.daemon.v1.FederationSnapshot.$Properties instead.
                 */

                /**
                 * Shape of a FederationSnapshot.
                 * @typedef {continuum.daemon.v1.FederationSnapshot.$Properties} continuum.daemon.v1.FederationSnapshot.$Shape
                 */

                /**
                 * Constructs a new FederationSnapshot.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a FederationSnapshot.
                 * @constructor
                 * @param {continuum.daemon.v1.FederationSnapshot.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FederationSnapshot = function (p) {
                    this.members = [];
                    this.territories = [];
                    this.policies = [];
                    this.directives = [];
                    this.tokens = [];
                    this.kv = [];
                    this.appliedProposalIds = [];
                    this.appliedProposalIndexes = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * FederationSnapshot format.
                 * @member {number} format
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.format = 0;

                /**
                 * FederationSnapshot federationId.
                 * @member {string} federationId
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.federationId = "";

                /**
                 * FederationSnapshot members.
                 * @member {Array.<continuum.daemon.v1.MemberRecord.$Properties>} members
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.members = $util.emptyArray;

                /**
                 * FederationSnapshot territories.
                 * @member {Array.<string>} territories
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.territories = $util.emptyArray;

                /**
                 * FederationSnapshot policies.
                 * @member {Array.<continuum.daemon.v1.PolicyRecord.$Properties>} policies
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.policies = $util.emptyArray;

                /**
                 * FederationSnapshot directives.
                 * @member {Array.<continuum.daemon.v1.DirectiveRecord.$Properties>} directives
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.directives = $util.emptyArray;

                /**
                 * FederationSnapshot tokens.
                 * @member {Array.<continuum.daemon.v1.TokenRecord.$Properties>} tokens
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.tokens = $util.emptyArray;

                /**
                 * FederationSnapshot kv.
                 * @member {Array.<continuum.daemon.v1.KvRecord.$Properties>} kv
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.kv = $util.emptyArray;

                /**
                 * FederationSnapshot kvRevision.
                 * @member {number} kvRevision
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.kvRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FederationSnapshot policyRevision.
                 * @member {number} policyRevision
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.policyRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FederationSnapshot appliedProposalIds.
                 * @member {Array.<string>} appliedProposalIds
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.appliedProposalIds = $util.emptyArray;

                /**
                 * FederationSnapshot appliedProposalIndexes.
                 * @member {Array.<number>} appliedProposalIndexes
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.appliedProposalIndexes = $util.emptyArray;

                /**
                 * FederationSnapshot founding.
                 * @member {Uint8Array} founding
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 */
                FederationSnapshot.prototype.founding = $util.newBuffer([]);

                /**
                 * Creates a new FederationSnapshot instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @static
                 * @param {continuum.daemon.v1.FederationSnapshot.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.FederationSnapshot} FederationSnapshot instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.FederationSnapshot.$Shape): continuum.daemon.v1.FederationSnapshot & continuum.daemon.v1.FederationSnapshot.$Shape;
                 *   (properties?: continuum.daemon.v1.FederationSnapshot.$Properties): continuum.daemon.v1.FederationSnapshot;
                 * }}
                 */
                FederationSnapshot.create = function(properties) {
                    return new FederationSnapshot(properties);
                };

                /**
                 * Encodes the specified FederationSnapshot message. Does not implicitly {@link continuum.daemon.v1.FederationSnapshot.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @static
                 * @param {continuum.daemon.v1.FederationSnapshot.$Properties} m FederationSnapshot message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FederationSnapshot.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.format != null && $Object.hasOwnProperty.call(m, "format") && m.format !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.format);
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId") && m.federationId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.federationId);
                    if (m.members != null && m.members.length) {
                        for (var i = 0; i < m.members.length; ++i)
                            $root.continuum.daemon.v1.MemberRecord.encode(m.members[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.territories != null && m.territories.length) {
                        for (var i = 0; i < m.territories.length; ++i)
                            w.uint32(/* id 4, wireType 2 =*/34).string(m.territories[i]);
                    }
                    if (m.policies != null && m.policies.length) {
                        for (var i = 0; i < m.policies.length; ++i)
                            $root.continuum.daemon.v1.PolicyRecord.encode(m.policies[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    }
                    if (m.directives != null && m.directives.length) {
                        for (var i = 0; i < m.directives.length; ++i)
                            $root.continuum.daemon.v1.DirectiveRecord.encode(m.directives[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    }
                    if (m.tokens != null && m.tokens.length) {
                        for (var i = 0; i < m.tokens.length; ++i)
                            $root.continuum.daemon.v1.TokenRecord.encode(m.tokens[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    }
                    if (m.kv != null && m.kv.length) {
                        for (var i = 0; i < m.kv.length; ++i)
                            $root.continuum.daemon.v1.KvRecord.encode(m.kv[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    }
                    if (m.kvRevision != null && $Object.hasOwnProperty.call(m, "kvRevision") && (typeof m.kvRevision === "object" ? m.kvRevision.low || m.kvRevision.high : m.kvRevision !== 0))
                        w.uint32(/* id 9, wireType 0 =*/72).uint64(m.kvRevision);
                    if (m.policyRevision != null && $Object.hasOwnProperty.call(m, "policyRevision") && (typeof m.policyRevision === "object" ? m.policyRevision.low || m.policyRevision.high : m.policyRevision !== 0))
                        w.uint32(/* id 10, wireType 0 =*/80).uint64(m.policyRevision);
                    if (m.appliedProposalIds != null && m.appliedProposalIds.length) {
                        for (var i = 0; i < m.appliedProposalIds.length; ++i)
                            w.uint32(/* id 11, wireType 2 =*/90).string(m.appliedProposalIds[i]);
                    }
                    if (m.appliedProposalIndexes != null && m.appliedProposalIndexes.length) {
                        w.uint32(/* id 12, wireType 2 =*/98).uint64s(m.appliedProposalIndexes);
                    }
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding") && m.founding.length)
                        w.uint32(/* id 13, wireType 2 =*/106).bytes(m.founding);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a FederationSnapshot message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.FederationSnapshot & continuum.daemon.v1.FederationSnapshot.$Shape} FederationSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FederationSnapshot.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.FederationSnapshot();
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
                                    m.format = v;
                                else
                                    delete m.format;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.federationId = v;
                                else
                                    delete m.federationId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.members && m.members.length))
                                    m.members = [];
                                m.members.push($root.continuum.daemon.v1.MemberRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.territories && m.territories.length))
                                    m.territories = [];
                                m.territories.push(r.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if (!(m.policies && m.policies.length))
                                    m.policies = [];
                                m.policies.push($root.continuum.daemon.v1.PolicyRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.directives && m.directives.length))
                                    m.directives = [];
                                m.directives.push($root.continuum.daemon.v1.DirectiveRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if (!(m.tokens && m.tokens.length))
                                    m.tokens = [];
                                m.tokens.push($root.continuum.daemon.v1.TokenRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if (!(m.kv && m.kv.length))
                                    m.kv = [];
                                m.kv.push($root.continuum.daemon.v1.KvRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 9: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.kvRevision = v;
                                else
                                    delete m.kvRevision;
                                continue;
                            }
                        case 10: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.policyRevision = v;
                                else
                                    delete m.policyRevision;
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if (!(m.appliedProposalIds && m.appliedProposalIds.length))
                                    m.appliedProposalIds = [];
                                m.appliedProposalIds.push(r.stringVerify());
                                continue;
                            }
                        case 12: {
                                if (u === 2) {
                                    if (!(m.appliedProposalIndexes && m.appliedProposalIndexes.length))
                                        m.appliedProposalIndexes = [];
                                    r.uint64s(m.appliedProposalIndexes);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.appliedProposalIndexes && m.appliedProposalIndexes.length))
                                    m.appliedProposalIndexes = [];
                                m.appliedProposalIndexes.push(r.uint64());
                                continue;
                            }
                        case 13: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.founding = v;
                                else
                                    delete m.founding;
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
                 * Creates a FederationSnapshot message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.FederationSnapshot} FederationSnapshot
                 */
                FederationSnapshot.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.FederationSnapshot)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.FederationSnapshot: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.FederationSnapshot();
                    if (d.format != null) {
                        if ($Number(d.format) !== 0) {
                            m.format = d.format >>> 0;
                        }
                    }
                    if (d.federationId != null) {
                        if (typeof d.federationId !== "string" || d.federationId.length) {
                            m.federationId = $String(d.federationId);
                        }
                    }
                    if (d.members) {
                        if (!$Array.isArray(d.members))
                            throw $TypeError(".continuum.daemon.v1.FederationSnapshot.members: array expected");
                        m.members = $Array(d.members.length);
                        for (var i = 0; i < d.members.length; ++i) {
                            if (!$util.isObject(d.members[i]))
                                throw $TypeError(".continuum.daemon.v1.FederationSnapshot.members: object expected");
                            m.members[i] = $root.continuum.daemon.v1.MemberRecord.fromObject(d.members[i], q + 1);
                        }
                    }
                    if (d.territories) {
                        if (!$Array.isArray(d.territories))
                            throw $TypeError(".continuum.daemon.v1.FederationSnapshot.territories: array expected");
                        m.territories = $Array(d.territories.length);
                        for (var i = 0; i < d.territories.length; ++i) {
                            m.territories[i] = $String(d.territories[i]);
                        }
                    }
                    if (d.policies) {
                        if (!$Array.isArray(d.policies))
                            throw $TypeError(".continuum.daemon.v1.FederationSnapshot.policies: array expected");
                        m.policies = $Array(d.policies.length);
                        for (var i = 0; i < d.policies.length; ++i) {
                            if (!$util.isObject(d.policies[i]))
                                throw $TypeError(".continuum.daemon.v1.FederationSnapshot.policies: object expected");
                            m.policies[i] = $root.continuum.daemon.v1.PolicyRecord.fromObject(d.policies[i], q + 1);
                        }
                    }
                    if (d.directives) {
                        if (!$Array.isArray(d.directives))
                            throw $TypeError(".continuum.daemon.v1.FederationSnapshot.directives: array expected");
                        m.directives = $Array(d.directives.length);
                        for (var i = 0; i < d.directives.length; ++i) {
                            if (!$util.isObject(d.directives[i]))
                                throw $TypeError(".continuum.daemon.v1.FederationSnapshot.directives: object expected");
                            m.directives[i] = $root.continuum.daemon.v1.DirectiveRecord.fromObject(d.directives[i], q + 1);
                        }
                    }
                    if (d.tokens) {
                        if (!$Array.isArray(d.tokens))
                            throw $TypeError(".continuum.daemon.v1.FederationSnapshot.tokens: array expected");
                        m.tokens = $Array(d.tokens.length);
                        for (var i = 0; i < d.tokens.length; ++i) {
                            if (!$util.isObject(d.tokens[i]))
                                throw $TypeError(".continuum.daemon.v1.FederationSnapshot.tokens: object expected");
                            m.tokens[i] = $root.continuum.daemon.v1.TokenRecord.fromObject(d.tokens[i], q + 1);
                        }
                    }
                    if (d.kv) {
                        if (!$Array.isArray(d.kv))
                            throw $TypeError(".continuum.daemon.v1.FederationSnapshot.kv: array expected");
                        m.kv = $Array(d.kv.length);
                        for (var i = 0; i < d.kv.length; ++i) {
                            if (!$util.isObject(d.kv[i]))
                                throw $TypeError(".continuum.daemon.v1.FederationSnapshot.kv: object expected");
                            m.kv[i] = $root.continuum.daemon.v1.KvRecord.fromObject(d.kv[i], q + 1);
                        }
                    }
                    if (d.kvRevision != null) {
                        if (typeof d.kvRevision === "object" ? d.kvRevision.low || d.kvRevision.high : $Number(d.kvRevision) !== 0) {
                            if ($util.Long)
                                m.kvRevision = $util.Long.fromValue(d.kvRevision, true);
                            else if (typeof d.kvRevision === "string")
                                m.kvRevision = $parseInt(d.kvRevision, 10);
                            else if (typeof d.kvRevision === "number")
                                m.kvRevision = d.kvRevision;
                            else if (typeof d.kvRevision === "object")
                                m.kvRevision = new $util.LongBits(d.kvRevision.low >>> 0, d.kvRevision.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.policyRevision != null) {
                        if (typeof d.policyRevision === "object" ? d.policyRevision.low || d.policyRevision.high : $Number(d.policyRevision) !== 0) {
                            if ($util.Long)
                                m.policyRevision = $util.Long.fromValue(d.policyRevision, true);
                            else if (typeof d.policyRevision === "string")
                                m.policyRevision = $parseInt(d.policyRevision, 10);
                            else if (typeof d.policyRevision === "number")
                                m.policyRevision = d.policyRevision;
                            else if (typeof d.policyRevision === "object")
                                m.policyRevision = new $util.LongBits(d.policyRevision.low >>> 0, d.policyRevision.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.appliedProposalIds) {
                        if (!$Array.isArray(d.appliedProposalIds))
                            throw $TypeError(".continuum.daemon.v1.FederationSnapshot.appliedProposalIds: array expected");
                        m.appliedProposalIds = $Array(d.appliedProposalIds.length);
                        for (var i = 0; i < d.appliedProposalIds.length; ++i) {
                            m.appliedProposalIds[i] = $String(d.appliedProposalIds[i]);
                        }
                    }
                    if (d.appliedProposalIndexes) {
                        if (!$Array.isArray(d.appliedProposalIndexes))
                            throw $TypeError(".continuum.daemon.v1.FederationSnapshot.appliedProposalIndexes: array expected");
                        m.appliedProposalIndexes = $Array(d.appliedProposalIndexes.length);
                        for (var i = 0; i < d.appliedProposalIndexes.length; ++i) {
                            if ($util.Long)
                                m.appliedProposalIndexes[i] = $util.Long.fromValue(d.appliedProposalIndexes[i], true);
                            else if (typeof d.appliedProposalIndexes[i] === "string")
                                m.appliedProposalIndexes[i] = $parseInt(d.appliedProposalIndexes[i], 10);
                            else if (typeof d.appliedProposalIndexes[i] === "number")
                                m.appliedProposalIndexes[i] = d.appliedProposalIndexes[i];
                            else if (typeof d.appliedProposalIndexes[i] === "object")
                                m.appliedProposalIndexes[i] = new $util.LongBits(d.appliedProposalIndexes[i].low >>> 0, d.appliedProposalIndexes[i].high >>> 0).toNumber(true);
                        }
                    }
                    if (d.founding != null) {
                        if (d.founding.length) {
                            if (typeof d.founding === "string")
                                $util.base64.decode(d.founding, m.founding = $util.newBuffer($util.base64.length(d.founding)), 0);
                            else if (d.founding.length >= 0)
                                m.founding = d.founding;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a FederationSnapshot message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @static
                 * @param {continuum.daemon.v1.FederationSnapshot} m FederationSnapshot
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FederationSnapshot.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.members = [];
                        d.territories = [];
                        d.policies = [];
                        d.directives = [];
                        d.tokens = [];
                        d.kv = [];
                        d.appliedProposalIds = [];
                        d.appliedProposalIndexes = [];
                    }
                    if (o.defaults) {
                        d.format = 0;
                        d.federationId = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.kvRevision = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.kvRevision = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.policyRevision = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.policyRevision = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.founding = "";
                        else {
                            d.founding = [];
                            if (o.bytes !== $Array)
                                d.founding = $util.newBuffer(d.founding);
                        }
                    }
                    if (m.format != null && $Object.hasOwnProperty.call(m, "format")) {
                        d.format = m.format;
                    }
                    if (m.federationId != null && $Object.hasOwnProperty.call(m, "federationId")) {
                        d.federationId = m.federationId;
                    }
                    if (m.members && m.members.length) {
                        d.members = $Array(m.members.length);
                        for (var j = 0; j < m.members.length; ++j) {
                            d.members[j] = $root.continuum.daemon.v1.MemberRecord.toObject(m.members[j], o, q + 1);
                        }
                    }
                    if (m.territories && m.territories.length) {
                        d.territories = $Array(m.territories.length);
                        for (var j = 0; j < m.territories.length; ++j) {
                            d.territories[j] = m.territories[j];
                        }
                    }
                    if (m.policies && m.policies.length) {
                        d.policies = $Array(m.policies.length);
                        for (var j = 0; j < m.policies.length; ++j) {
                            d.policies[j] = $root.continuum.daemon.v1.PolicyRecord.toObject(m.policies[j], o, q + 1);
                        }
                    }
                    if (m.directives && m.directives.length) {
                        d.directives = $Array(m.directives.length);
                        for (var j = 0; j < m.directives.length; ++j) {
                            d.directives[j] = $root.continuum.daemon.v1.DirectiveRecord.toObject(m.directives[j], o, q + 1);
                        }
                    }
                    if (m.tokens && m.tokens.length) {
                        d.tokens = $Array(m.tokens.length);
                        for (var j = 0; j < m.tokens.length; ++j) {
                            d.tokens[j] = $root.continuum.daemon.v1.TokenRecord.toObject(m.tokens[j], o, q + 1);
                        }
                    }
                    if (m.kv && m.kv.length) {
                        d.kv = $Array(m.kv.length);
                        for (var j = 0; j < m.kv.length; ++j) {
                            d.kv[j] = $root.continuum.daemon.v1.KvRecord.toObject(m.kv[j], o, q + 1);
                        }
                    }
                    if (m.kvRevision != null && $Object.hasOwnProperty.call(m, "kvRevision")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.kvRevision = typeof m.kvRevision === "number" ? $BigInt(m.kvRevision) : $util.Long.fromBits(m.kvRevision.low >>> 0, m.kvRevision.high >>> 0, true).toBigInt();
                        else if (typeof m.kvRevision === "number")
                            d.kvRevision = o.longs === $String ? $String(m.kvRevision) : m.kvRevision;
                        else
                            d.kvRevision = o.longs === $String ? $util.Long.prototype.toString.call(m.kvRevision) : o.longs === $Number ? new $util.LongBits(m.kvRevision.low >>> 0, m.kvRevision.high >>> 0).toNumber(true) : m.kvRevision;
                    }
                    if (m.policyRevision != null && $Object.hasOwnProperty.call(m, "policyRevision")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.policyRevision = typeof m.policyRevision === "number" ? $BigInt(m.policyRevision) : $util.Long.fromBits(m.policyRevision.low >>> 0, m.policyRevision.high >>> 0, true).toBigInt();
                        else if (typeof m.policyRevision === "number")
                            d.policyRevision = o.longs === $String ? $String(m.policyRevision) : m.policyRevision;
                        else
                            d.policyRevision = o.longs === $String ? $util.Long.prototype.toString.call(m.policyRevision) : o.longs === $Number ? new $util.LongBits(m.policyRevision.low >>> 0, m.policyRevision.high >>> 0).toNumber(true) : m.policyRevision;
                    }
                    if (m.appliedProposalIds && m.appliedProposalIds.length) {
                        d.appliedProposalIds = $Array(m.appliedProposalIds.length);
                        for (var j = 0; j < m.appliedProposalIds.length; ++j) {
                            d.appliedProposalIds[j] = m.appliedProposalIds[j];
                        }
                    }
                    if (m.appliedProposalIndexes && m.appliedProposalIndexes.length) {
                        d.appliedProposalIndexes = $Array(m.appliedProposalIndexes.length);
                        for (var j = 0; j < m.appliedProposalIndexes.length; ++j) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.appliedProposalIndexes[j] = typeof m.appliedProposalIndexes[j] === "number" ? $BigInt(m.appliedProposalIndexes[j]) : $util.Long.fromBits(m.appliedProposalIndexes[j].low >>> 0, m.appliedProposalIndexes[j].high >>> 0, true).toBigInt();
                            else if (typeof m.appliedProposalIndexes[j] === "number")
                                d.appliedProposalIndexes[j] = o.longs === $String ? $String(m.appliedProposalIndexes[j]) : m.appliedProposalIndexes[j];
                            else
                                d.appliedProposalIndexes[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.appliedProposalIndexes[j]) : o.longs === $Number ? new $util.LongBits(m.appliedProposalIndexes[j].low >>> 0, m.appliedProposalIndexes[j].high >>> 0).toNumber(true) : m.appliedProposalIndexes[j];
                        }
                    }
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding")) {
                        d.founding = o.bytes === $String ? $util.base64.encode(m.founding, 0, m.founding.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.founding) : m.founding;
                    }
                    return d;
                };

                /**
                 * Converts this FederationSnapshot to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FederationSnapshot.prototype.toJSON = function() {
                    return FederationSnapshot.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FederationSnapshot
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.FederationSnapshot
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FederationSnapshot.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.FederationSnapshot";
                };

                return FederationSnapshot;
            })();

            v1.Heartbeat = (function() {

                /**
                 * Properties of a Heartbeat.
                 * @typedef {Object} continuum.daemon.v1.Heartbeat.$Properties
                 * @property {number|null} [atMs] Heartbeat atMs
                 * @property {number|null} [loadScore] Heartbeat loadScore
                 * @property {boolean|null} [degraded] Heartbeat degraded
                 * @property {number|null} [appliedIndex] Heartbeat appliedIndex
                 * @property {boolean|null} [raftLeader] Heartbeat raftLeader
                 * @property {number|null} [raftTerm] Heartbeat raftTerm
                 * @property {Uint8Array|null} [founding] Heartbeat founding
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Heartbeat.
                 * @memberof continuum.daemon.v1
                 * @interface IHeartbeat
                 * @augments continuum.daemon.v1.Heartbeat.$Properties
                 * @deprecated Use continuum.daemon.v1.Heartbeat.$Properties instead.
                 */

                /**
                 * Shape of a Heartbeat.
                 * @typedef {continuum.daemon.v1.Heartbeat.$Properties} continuum.daemon.v1.Heartbeat.$Shape
                 */

                /**
                 * Constructs a new Heartbeat.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a Heartbeat.
                 * @constructor
                 * @param {continuum.daemon.v1.Heartbeat.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Heartbeat = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Heartbeat atMs.
                 * @member {number} atMs
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Heartbeat loadScore.
                 * @member {number} loadScore
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.loadScore = 0;

                /**
                 * Heartbeat degraded.
                 * @member {boolean} degraded
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.degraded = false;

                /**
                 * Heartbeat appliedIndex.
                 * @member {number} appliedIndex
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Heartbeat raftLeader.
                 * @member {boolean} raftLeader
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.raftLeader = false;

                /**
                 * Heartbeat raftTerm.
                 * @member {number} raftTerm
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.raftTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Heartbeat founding.
                 * @member {Uint8Array} founding
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.founding = $util.newBuffer([]);

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @static
                 * @param {continuum.daemon.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.Heartbeat} Heartbeat instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.Heartbeat.$Shape): continuum.daemon.v1.Heartbeat & continuum.daemon.v1.Heartbeat.$Shape;
                 *   (properties?: continuum.daemon.v1.Heartbeat.$Properties): continuum.daemon.v1.Heartbeat;
                 * }}
                 */
                Heartbeat.create = function(properties) {
                    return new Heartbeat(properties);
                };

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link continuum.daemon.v1.Heartbeat.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @static
                 * @param {continuum.daemon.v1.Heartbeat.$Properties} m Heartbeat message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heartbeat.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs") && (typeof m.atMs === "object" ? m.atMs.low || m.atMs.high : m.atMs !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.atMs);
                    if (m.loadScore != null && $Object.hasOwnProperty.call(m, "loadScore") && !$Object.is(m.loadScore, 0))
                        w.uint32(/* id 2, wireType 1 =*/17).double(m.loadScore);
                    if (m.degraded != null && $Object.hasOwnProperty.call(m, "degraded") && m.degraded !== false)
                        w.uint32(/* id 3, wireType 0 =*/24).bool(m.degraded);
                    if (m.appliedIndex != null && $Object.hasOwnProperty.call(m, "appliedIndex") && (typeof m.appliedIndex === "object" ? m.appliedIndex.low || m.appliedIndex.high : m.appliedIndex !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).uint64(m.appliedIndex);
                    if (m.raftLeader != null && $Object.hasOwnProperty.call(m, "raftLeader") && m.raftLeader !== false)
                        w.uint32(/* id 5, wireType 0 =*/40).bool(m.raftLeader);
                    if (m.raftTerm != null && $Object.hasOwnProperty.call(m, "raftTerm") && (typeof m.raftTerm === "object" ? m.raftTerm.low || m.raftTerm.high : m.raftTerm !== 0))
                        w.uint32(/* id 6, wireType 0 =*/48).uint64(m.raftTerm);
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding") && m.founding.length)
                        w.uint32(/* id 7, wireType 2 =*/58).bytes(m.founding);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.Heartbeat & continuum.daemon.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heartbeat.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.Heartbeat();
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
                                    m.atMs = v;
                                else
                                    delete m.atMs;
                                continue;
                            }
                        case 2: {
                                if (u !== 1)
                                    break;
                                if (!$Object.is(v = r.double(), 0))
                                    m.loadScore = v;
                                else
                                    delete m.loadScore;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.degraded = v;
                                else
                                    delete m.degraded;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.appliedIndex = v;
                                else
                                    delete m.appliedIndex;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.raftLeader = v;
                                else
                                    delete m.raftLeader;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.raftTerm = v;
                                else
                                    delete m.raftTerm;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.founding = v;
                                else
                                    delete m.founding;
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
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.Heartbeat} Heartbeat
                 */
                Heartbeat.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.Heartbeat)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.Heartbeat: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.Heartbeat();
                    if (d.atMs != null) {
                        if (typeof d.atMs === "object" ? d.atMs.low || d.atMs.high : $Number(d.atMs) !== 0) {
                            if ($util.Long)
                                m.atMs = $util.Long.fromValue(d.atMs, true);
                            else if (typeof d.atMs === "string")
                                m.atMs = $parseInt(d.atMs, 10);
                            else if (typeof d.atMs === "number")
                                m.atMs = d.atMs;
                            else if (typeof d.atMs === "object")
                                m.atMs = new $util.LongBits(d.atMs.low >>> 0, d.atMs.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.loadScore != null) {
                        if (!$Object.is($Number(d.loadScore), 0)) {
                            m.loadScore = $Number(d.loadScore);
                        }
                    }
                    if (d.degraded != null) {
                        if (d.degraded) {
                            m.degraded = $Boolean(d.degraded);
                        }
                    }
                    if (d.appliedIndex != null) {
                        if (typeof d.appliedIndex === "object" ? d.appliedIndex.low || d.appliedIndex.high : $Number(d.appliedIndex) !== 0) {
                            if ($util.Long)
                                m.appliedIndex = $util.Long.fromValue(d.appliedIndex, true);
                            else if (typeof d.appliedIndex === "string")
                                m.appliedIndex = $parseInt(d.appliedIndex, 10);
                            else if (typeof d.appliedIndex === "number")
                                m.appliedIndex = d.appliedIndex;
                            else if (typeof d.appliedIndex === "object")
                                m.appliedIndex = new $util.LongBits(d.appliedIndex.low >>> 0, d.appliedIndex.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.raftLeader != null) {
                        if (d.raftLeader) {
                            m.raftLeader = $Boolean(d.raftLeader);
                        }
                    }
                    if (d.raftTerm != null) {
                        if (typeof d.raftTerm === "object" ? d.raftTerm.low || d.raftTerm.high : $Number(d.raftTerm) !== 0) {
                            if ($util.Long)
                                m.raftTerm = $util.Long.fromValue(d.raftTerm, true);
                            else if (typeof d.raftTerm === "string")
                                m.raftTerm = $parseInt(d.raftTerm, 10);
                            else if (typeof d.raftTerm === "number")
                                m.raftTerm = d.raftTerm;
                            else if (typeof d.raftTerm === "object")
                                m.raftTerm = new $util.LongBits(d.raftTerm.low >>> 0, d.raftTerm.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.founding != null) {
                        if (d.founding.length) {
                            if (typeof d.founding === "string")
                                $util.base64.decode(d.founding, m.founding = $util.newBuffer($util.base64.length(d.founding)), 0);
                            else if (d.founding.length >= 0)
                                m.founding = d.founding;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @static
                 * @param {continuum.daemon.v1.Heartbeat} m Heartbeat
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Heartbeat.toObject = function (m, o, q) {
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
                            d.atMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.atMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.loadScore = 0;
                        d.degraded = false;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.appliedIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.appliedIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.raftLeader = false;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.raftTerm = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.raftTerm = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.founding = "";
                        else {
                            d.founding = [];
                            if (o.bytes !== $Array)
                                d.founding = $util.newBuffer(d.founding);
                        }
                    }
                    if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.atMs = typeof m.atMs === "number" ? $BigInt(m.atMs) : $util.Long.fromBits(m.atMs.low >>> 0, m.atMs.high >>> 0, true).toBigInt();
                        else if (typeof m.atMs === "number")
                            d.atMs = o.longs === $String ? $String(m.atMs) : m.atMs;
                        else
                            d.atMs = o.longs === $String ? $util.Long.prototype.toString.call(m.atMs) : o.longs === $Number ? new $util.LongBits(m.atMs.low >>> 0, m.atMs.high >>> 0).toNumber(true) : m.atMs;
                    }
                    if (m.loadScore != null && $Object.hasOwnProperty.call(m, "loadScore")) {
                        d.loadScore = o.json && !$isFinite(m.loadScore) ? $String(m.loadScore) : m.loadScore;
                    }
                    if (m.degraded != null && $Object.hasOwnProperty.call(m, "degraded")) {
                        d.degraded = m.degraded;
                    }
                    if (m.appliedIndex != null && $Object.hasOwnProperty.call(m, "appliedIndex")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.appliedIndex = typeof m.appliedIndex === "number" ? $BigInt(m.appliedIndex) : $util.Long.fromBits(m.appliedIndex.low >>> 0, m.appliedIndex.high >>> 0, true).toBigInt();
                        else if (typeof m.appliedIndex === "number")
                            d.appliedIndex = o.longs === $String ? $String(m.appliedIndex) : m.appliedIndex;
                        else
                            d.appliedIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.appliedIndex) : o.longs === $Number ? new $util.LongBits(m.appliedIndex.low >>> 0, m.appliedIndex.high >>> 0).toNumber(true) : m.appliedIndex;
                    }
                    if (m.raftLeader != null && $Object.hasOwnProperty.call(m, "raftLeader")) {
                        d.raftLeader = m.raftLeader;
                    }
                    if (m.raftTerm != null && $Object.hasOwnProperty.call(m, "raftTerm")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.raftTerm = typeof m.raftTerm === "number" ? $BigInt(m.raftTerm) : $util.Long.fromBits(m.raftTerm.low >>> 0, m.raftTerm.high >>> 0, true).toBigInt();
                        else if (typeof m.raftTerm === "number")
                            d.raftTerm = o.longs === $String ? $String(m.raftTerm) : m.raftTerm;
                        else
                            d.raftTerm = o.longs === $String ? $util.Long.prototype.toString.call(m.raftTerm) : o.longs === $Number ? new $util.LongBits(m.raftTerm.low >>> 0, m.raftTerm.high >>> 0).toNumber(true) : m.raftTerm;
                    }
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding")) {
                        d.founding = o.bytes === $String ? $util.base64.encode(m.founding, 0, m.founding.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.founding) : m.founding;
                    }
                    return d;
                };

                /**
                 * Converts this Heartbeat to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Heartbeat.prototype.toJSON = function() {
                    return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Heartbeat
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.Heartbeat
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Heartbeat.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.Heartbeat";
                };

                return Heartbeat;
            })();

            v1.ProposalEnvelope = (function() {

                /**
                 * Properties of a ProposalEnvelope.
                 * @typedef {Object} continuum.daemon.v1.ProposalEnvelope.$Properties
                 * @property {Uint8Array|null} [proposalId] ProposalEnvelope proposalId
                 * @property {Uint8Array|null} [command] ProposalEnvelope command
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProposalEnvelope.
                 * @memberof continuum.daemon.v1
                 * @interface IProposalEnvelope
                 * @augments continuum.daemon.v1.ProposalEnvelope.$Properties
                 * @deprecated Use continuum.daemon.v1.ProposalEnvelope.$Properties instead.
                 */

                /**
                 * Shape of a ProposalEnvelope.
                 * @typedef {continuum.daemon.v1.ProposalEnvelope.$Properties} continuum.daemon.v1.ProposalEnvelope.$Shape
                 */

                /**
                 * Constructs a new ProposalEnvelope.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a ProposalEnvelope.
                 * @constructor
                 * @param {continuum.daemon.v1.ProposalEnvelope.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProposalEnvelope = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ProposalEnvelope proposalId.
                 * @member {Uint8Array} proposalId
                 * @memberof continuum.daemon.v1.ProposalEnvelope
                 * @instance
                 */
                ProposalEnvelope.prototype.proposalId = $util.newBuffer([]);

                /**
                 * ProposalEnvelope command.
                 * @member {Uint8Array} command
                 * @memberof continuum.daemon.v1.ProposalEnvelope
                 * @instance
                 */
                ProposalEnvelope.prototype.command = $util.newBuffer([]);

                /**
                 * Creates a new ProposalEnvelope instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.ProposalEnvelope
                 * @static
                 * @param {continuum.daemon.v1.ProposalEnvelope.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.ProposalEnvelope} ProposalEnvelope instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.ProposalEnvelope.$Shape): continuum.daemon.v1.ProposalEnvelope & continuum.daemon.v1.ProposalEnvelope.$Shape;
                 *   (properties?: continuum.daemon.v1.ProposalEnvelope.$Properties): continuum.daemon.v1.ProposalEnvelope;
                 * }}
                 */
                ProposalEnvelope.create = function(properties) {
                    return new ProposalEnvelope(properties);
                };

                /**
                 * Encodes the specified ProposalEnvelope message. Does not implicitly {@link continuum.daemon.v1.ProposalEnvelope.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.ProposalEnvelope
                 * @static
                 * @param {continuum.daemon.v1.ProposalEnvelope.$Properties} m ProposalEnvelope message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProposalEnvelope.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.proposalId != null && $Object.hasOwnProperty.call(m, "proposalId") && m.proposalId.length)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.proposalId);
                    if (m.command != null && $Object.hasOwnProperty.call(m, "command") && m.command.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.command);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ProposalEnvelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.ProposalEnvelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.ProposalEnvelope & continuum.daemon.v1.ProposalEnvelope.$Shape} ProposalEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProposalEnvelope.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.ProposalEnvelope();
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
                                if ((v = r.bytes()).length)
                                    m.proposalId = v;
                                else
                                    delete m.proposalId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.command = v;
                                else
                                    delete m.command;
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
                 * Creates a ProposalEnvelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.ProposalEnvelope
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.ProposalEnvelope} ProposalEnvelope
                 */
                ProposalEnvelope.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.ProposalEnvelope)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.ProposalEnvelope: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.ProposalEnvelope();
                    if (d.proposalId != null) {
                        if (d.proposalId.length) {
                            if (typeof d.proposalId === "string")
                                $util.base64.decode(d.proposalId, m.proposalId = $util.newBuffer($util.base64.length(d.proposalId)), 0);
                            else if (d.proposalId.length >= 0)
                                m.proposalId = d.proposalId;
                        }
                    }
                    if (d.command != null) {
                        if (d.command.length) {
                            if (typeof d.command === "string")
                                $util.base64.decode(d.command, m.command = $util.newBuffer($util.base64.length(d.command)), 0);
                            else if (d.command.length >= 0)
                                m.command = d.command;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ProposalEnvelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.ProposalEnvelope
                 * @static
                 * @param {continuum.daemon.v1.ProposalEnvelope} m ProposalEnvelope
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProposalEnvelope.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if (o.bytes === $String)
                            d.proposalId = "";
                        else {
                            d.proposalId = [];
                            if (o.bytes !== $Array)
                                d.proposalId = $util.newBuffer(d.proposalId);
                        }
                        if (o.bytes === $String)
                            d.command = "";
                        else {
                            d.command = [];
                            if (o.bytes !== $Array)
                                d.command = $util.newBuffer(d.command);
                        }
                    }
                    if (m.proposalId != null && $Object.hasOwnProperty.call(m, "proposalId")) {
                        d.proposalId = o.bytes === $String ? $util.base64.encode(m.proposalId, 0, m.proposalId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.proposalId) : m.proposalId;
                    }
                    if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                        d.command = o.bytes === $String ? $util.base64.encode(m.command, 0, m.command.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.command) : m.command;
                    }
                    return d;
                };

                /**
                 * Converts this ProposalEnvelope to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.ProposalEnvelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProposalEnvelope.prototype.toJSON = function() {
                    return ProposalEnvelope.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProposalEnvelope
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.ProposalEnvelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProposalEnvelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.ProposalEnvelope";
                };

                return ProposalEnvelope;
            })();

            v1.FedEntry = (function() {

                /**
                 * Properties of a FedEntry.
                 * @typedef {Object} continuum.daemon.v1.FedEntry.$Properties
                 * @property {number|null} [index] FedEntry index
                 * @property {number|null} [term] FedEntry term
                 * @property {number|null} [type] FedEntry type
                 * @property {Uint8Array|null} [data] FedEntry data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FedEntry.
                 * @memberof continuum.daemon.v1
                 * @interface IFedEntry
                 * @augments continuum.daemon.v1.FedEntry.$Properties
                 * @deprecated Use continuum.daemon.v1.FedEntry.$Properties instead.
                 */

                /**
                 * Shape of a FedEntry.
                 * @typedef {continuum.daemon.v1.FedEntry.$Properties} continuum.daemon.v1.FedEntry.$Shape
                 */

                /**
                 * Constructs a new FedEntry.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a FedEntry.
                 * @constructor
                 * @param {continuum.daemon.v1.FedEntry.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FedEntry = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * FedEntry index.
                 * @member {number} index
                 * @memberof continuum.daemon.v1.FedEntry
                 * @instance
                 */
                FedEntry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FedEntry term.
                 * @member {number} term
                 * @memberof continuum.daemon.v1.FedEntry
                 * @instance
                 */
                FedEntry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FedEntry type.
                 * @member {number} type
                 * @memberof continuum.daemon.v1.FedEntry
                 * @instance
                 */
                FedEntry.prototype.type = 0;

                /**
                 * FedEntry data.
                 * @member {Uint8Array} data
                 * @memberof continuum.daemon.v1.FedEntry
                 * @instance
                 */
                FedEntry.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new FedEntry instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.FedEntry
                 * @static
                 * @param {continuum.daemon.v1.FedEntry.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.FedEntry} FedEntry instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.FedEntry.$Shape): continuum.daemon.v1.FedEntry & continuum.daemon.v1.FedEntry.$Shape;
                 *   (properties?: continuum.daemon.v1.FedEntry.$Properties): continuum.daemon.v1.FedEntry;
                 * }}
                 */
                FedEntry.create = function(properties) {
                    return new FedEntry(properties);
                };

                /**
                 * Encodes the specified FedEntry message. Does not implicitly {@link continuum.daemon.v1.FedEntry.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.FedEntry
                 * @static
                 * @param {continuum.daemon.v1.FedEntry.$Properties} m FedEntry message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FedEntry.encode = function (m, w, q) {
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
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.type);
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.data);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a FedEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.FedEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.FedEntry & continuum.daemon.v1.FedEntry.$Shape} FedEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FedEntry.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.FedEntry();
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
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
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
                 * Creates a FedEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.FedEntry
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.FedEntry} FedEntry
                 */
                FedEntry.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.FedEntry)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.FedEntry: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.FedEntry();
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
                    if (d.type != null) {
                        if ($Number(d.type) !== 0) {
                            m.type = d.type >>> 0;
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
                 * Creates a plain object from a FedEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.FedEntry
                 * @static
                 * @param {continuum.daemon.v1.FedEntry} m FedEntry
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FedEntry.toObject = function (m, o, q) {
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
                        d.type = 0;
                        if (o.bytes === $String)
                            d.data = "";
                        else {
                            d.data = [];
                            if (o.bytes !== $Array)
                                d.data = $util.newBuffer(d.data);
                        }
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
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = m.type;
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                    }
                    return d;
                };

                /**
                 * Converts this FedEntry to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.FedEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FedEntry.prototype.toJSON = function() {
                    return FedEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FedEntry
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.FedEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FedEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.FedEntry";
                };

                return FedEntry;
            })();

            v1.FedlogBatch = (function() {

                /**
                 * Properties of a FedlogBatch.
                 * @typedef {Object} continuum.daemon.v1.FedlogBatch.$Properties
                 * @property {Array.<continuum.daemon.v1.FedEntry.$Properties>|null} [entries] FedlogBatch entries
                 * @property {number|null} [commitIndex] FedlogBatch commitIndex
                 * @property {Uint8Array|null} [founding] FedlogBatch founding
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FedlogBatch.
                 * @memberof continuum.daemon.v1
                 * @interface IFedlogBatch
                 * @augments continuum.daemon.v1.FedlogBatch.$Properties
                 * @deprecated Use continuum.daemon.v1.FedlogBatch.$Properties instead.
                 */

                /**
                 * Shape of a FedlogBatch.
                 * @typedef {continuum.daemon.v1.FedlogBatch.$Properties} continuum.daemon.v1.FedlogBatch.$Shape
                 */

                /**
                 * Constructs a new FedlogBatch.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a FedlogBatch.
                 * @constructor
                 * @param {continuum.daemon.v1.FedlogBatch.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FedlogBatch = function (p) {
                    this.entries = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * FedlogBatch entries.
                 * @member {Array.<continuum.daemon.v1.FedEntry.$Properties>} entries
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @instance
                 */
                FedlogBatch.prototype.entries = $util.emptyArray;

                /**
                 * FedlogBatch commitIndex.
                 * @member {number} commitIndex
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @instance
                 */
                FedlogBatch.prototype.commitIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FedlogBatch founding.
                 * @member {Uint8Array} founding
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @instance
                 */
                FedlogBatch.prototype.founding = $util.newBuffer([]);

                /**
                 * Creates a new FedlogBatch instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @static
                 * @param {continuum.daemon.v1.FedlogBatch.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.FedlogBatch} FedlogBatch instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.FedlogBatch.$Shape): continuum.daemon.v1.FedlogBatch & continuum.daemon.v1.FedlogBatch.$Shape;
                 *   (properties?: continuum.daemon.v1.FedlogBatch.$Properties): continuum.daemon.v1.FedlogBatch;
                 * }}
                 */
                FedlogBatch.create = function(properties) {
                    return new FedlogBatch(properties);
                };

                /**
                 * Encodes the specified FedlogBatch message. Does not implicitly {@link continuum.daemon.v1.FedlogBatch.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @static
                 * @param {continuum.daemon.v1.FedlogBatch.$Properties} m FedlogBatch message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FedlogBatch.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entries != null && m.entries.length) {
                        for (var i = 0; i < m.entries.length; ++i)
                            $root.continuum.daemon.v1.FedEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.commitIndex != null && $Object.hasOwnProperty.call(m, "commitIndex") && (typeof m.commitIndex === "object" ? m.commitIndex.low || m.commitIndex.high : m.commitIndex !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.commitIndex);
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding") && m.founding.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.founding);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a FedlogBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.FedlogBatch & continuum.daemon.v1.FedlogBatch.$Shape} FedlogBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FedlogBatch.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.FedlogBatch();
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
                                m.entries.push($root.continuum.daemon.v1.FedEntry.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.commitIndex = v;
                                else
                                    delete m.commitIndex;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.founding = v;
                                else
                                    delete m.founding;
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
                 * Creates a FedlogBatch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.FedlogBatch} FedlogBatch
                 */
                FedlogBatch.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.FedlogBatch)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.FedlogBatch: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.FedlogBatch();
                    if (d.entries) {
                        if (!$Array.isArray(d.entries))
                            throw $TypeError(".continuum.daemon.v1.FedlogBatch.entries: array expected");
                        m.entries = $Array(d.entries.length);
                        for (var i = 0; i < d.entries.length; ++i) {
                            if (!$util.isObject(d.entries[i]))
                                throw $TypeError(".continuum.daemon.v1.FedlogBatch.entries: object expected");
                            m.entries[i] = $root.continuum.daemon.v1.FedEntry.fromObject(d.entries[i], q + 1);
                        }
                    }
                    if (d.commitIndex != null) {
                        if (typeof d.commitIndex === "object" ? d.commitIndex.low || d.commitIndex.high : $Number(d.commitIndex) !== 0) {
                            if ($util.Long)
                                m.commitIndex = $util.Long.fromValue(d.commitIndex, true);
                            else if (typeof d.commitIndex === "string")
                                m.commitIndex = $parseInt(d.commitIndex, 10);
                            else if (typeof d.commitIndex === "number")
                                m.commitIndex = d.commitIndex;
                            else if (typeof d.commitIndex === "object")
                                m.commitIndex = new $util.LongBits(d.commitIndex.low >>> 0, d.commitIndex.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.founding != null) {
                        if (d.founding.length) {
                            if (typeof d.founding === "string")
                                $util.base64.decode(d.founding, m.founding = $util.newBuffer($util.base64.length(d.founding)), 0);
                            else if (d.founding.length >= 0)
                                m.founding = d.founding;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a FedlogBatch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @static
                 * @param {continuum.daemon.v1.FedlogBatch} m FedlogBatch
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FedlogBatch.toObject = function (m, o, q) {
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
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.commitIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.commitIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.founding = "";
                        else {
                            d.founding = [];
                            if (o.bytes !== $Array)
                                d.founding = $util.newBuffer(d.founding);
                        }
                    }
                    if (m.entries && m.entries.length) {
                        d.entries = $Array(m.entries.length);
                        for (var j = 0; j < m.entries.length; ++j) {
                            d.entries[j] = $root.continuum.daemon.v1.FedEntry.toObject(m.entries[j], o, q + 1);
                        }
                    }
                    if (m.commitIndex != null && $Object.hasOwnProperty.call(m, "commitIndex")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.commitIndex = typeof m.commitIndex === "number" ? $BigInt(m.commitIndex) : $util.Long.fromBits(m.commitIndex.low >>> 0, m.commitIndex.high >>> 0, true).toBigInt();
                        else if (typeof m.commitIndex === "number")
                            d.commitIndex = o.longs === $String ? $String(m.commitIndex) : m.commitIndex;
                        else
                            d.commitIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.commitIndex) : o.longs === $Number ? new $util.LongBits(m.commitIndex.low >>> 0, m.commitIndex.high >>> 0).toNumber(true) : m.commitIndex;
                    }
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding")) {
                        d.founding = o.bytes === $String ? $util.base64.encode(m.founding, 0, m.founding.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.founding) : m.founding;
                    }
                    return d;
                };

                /**
                 * Converts this FedlogBatch to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FedlogBatch.prototype.toJSON = function() {
                    return FedlogBatch.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FedlogBatch
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.FedlogBatch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FedlogBatch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.FedlogBatch";
                };

                return FedlogBatch;
            })();

            v1.FedlogRequest = (function() {

                /**
                 * Properties of a FedlogRequest.
                 * @typedef {Object} continuum.daemon.v1.FedlogRequest.$Properties
                 * @property {number|null} [afterIndex] FedlogRequest afterIndex
                 * @property {number|null} [maxEntries] FedlogRequest maxEntries
                 * @property {Uint8Array|null} [founding] FedlogRequest founding
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FedlogRequest.
                 * @memberof continuum.daemon.v1
                 * @interface IFedlogRequest
                 * @augments continuum.daemon.v1.FedlogRequest.$Properties
                 * @deprecated Use continuum.daemon.v1.FedlogRequest.$Properties instead.
                 */

                /**
                 * Shape of a FedlogRequest.
                 * @typedef {continuum.daemon.v1.FedlogRequest.$Properties} continuum.daemon.v1.FedlogRequest.$Shape
                 */

                /**
                 * Constructs a new FedlogRequest.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a FedlogRequest.
                 * @constructor
                 * @param {continuum.daemon.v1.FedlogRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FedlogRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * FedlogRequest afterIndex.
                 * @member {number} afterIndex
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @instance
                 */
                FedlogRequest.prototype.afterIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FedlogRequest maxEntries.
                 * @member {number} maxEntries
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @instance
                 */
                FedlogRequest.prototype.maxEntries = 0;

                /**
                 * FedlogRequest founding.
                 * @member {Uint8Array} founding
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @instance
                 */
                FedlogRequest.prototype.founding = $util.newBuffer([]);

                /**
                 * Creates a new FedlogRequest instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @static
                 * @param {continuum.daemon.v1.FedlogRequest.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.FedlogRequest} FedlogRequest instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.FedlogRequest.$Shape): continuum.daemon.v1.FedlogRequest & continuum.daemon.v1.FedlogRequest.$Shape;
                 *   (properties?: continuum.daemon.v1.FedlogRequest.$Properties): continuum.daemon.v1.FedlogRequest;
                 * }}
                 */
                FedlogRequest.create = function(properties) {
                    return new FedlogRequest(properties);
                };

                /**
                 * Encodes the specified FedlogRequest message. Does not implicitly {@link continuum.daemon.v1.FedlogRequest.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @static
                 * @param {continuum.daemon.v1.FedlogRequest.$Properties} m FedlogRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FedlogRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.afterIndex != null && $Object.hasOwnProperty.call(m, "afterIndex") && (typeof m.afterIndex === "object" ? m.afterIndex.low || m.afterIndex.high : m.afterIndex !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.afterIndex);
                    if (m.maxEntries != null && $Object.hasOwnProperty.call(m, "maxEntries") && m.maxEntries !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.maxEntries);
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding") && m.founding.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.founding);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a FedlogRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.FedlogRequest & continuum.daemon.v1.FedlogRequest.$Shape} FedlogRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FedlogRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.FedlogRequest();
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
                                    m.afterIndex = v;
                                else
                                    delete m.afterIndex;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.maxEntries = v;
                                else
                                    delete m.maxEntries;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.founding = v;
                                else
                                    delete m.founding;
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
                 * Creates a FedlogRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.FedlogRequest} FedlogRequest
                 */
                FedlogRequest.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.FedlogRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.FedlogRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.FedlogRequest();
                    if (d.afterIndex != null) {
                        if (typeof d.afterIndex === "object" ? d.afterIndex.low || d.afterIndex.high : $Number(d.afterIndex) !== 0) {
                            if ($util.Long)
                                m.afterIndex = $util.Long.fromValue(d.afterIndex, true);
                            else if (typeof d.afterIndex === "string")
                                m.afterIndex = $parseInt(d.afterIndex, 10);
                            else if (typeof d.afterIndex === "number")
                                m.afterIndex = d.afterIndex;
                            else if (typeof d.afterIndex === "object")
                                m.afterIndex = new $util.LongBits(d.afterIndex.low >>> 0, d.afterIndex.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.maxEntries != null) {
                        if ($Number(d.maxEntries) !== 0) {
                            m.maxEntries = d.maxEntries >>> 0;
                        }
                    }
                    if (d.founding != null) {
                        if (d.founding.length) {
                            if (typeof d.founding === "string")
                                $util.base64.decode(d.founding, m.founding = $util.newBuffer($util.base64.length(d.founding)), 0);
                            else if (d.founding.length >= 0)
                                m.founding = d.founding;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a FedlogRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @static
                 * @param {continuum.daemon.v1.FedlogRequest} m FedlogRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FedlogRequest.toObject = function (m, o, q) {
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
                            d.afterIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.afterIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.maxEntries = 0;
                        if (o.bytes === $String)
                            d.founding = "";
                        else {
                            d.founding = [];
                            if (o.bytes !== $Array)
                                d.founding = $util.newBuffer(d.founding);
                        }
                    }
                    if (m.afterIndex != null && $Object.hasOwnProperty.call(m, "afterIndex")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.afterIndex = typeof m.afterIndex === "number" ? $BigInt(m.afterIndex) : $util.Long.fromBits(m.afterIndex.low >>> 0, m.afterIndex.high >>> 0, true).toBigInt();
                        else if (typeof m.afterIndex === "number")
                            d.afterIndex = o.longs === $String ? $String(m.afterIndex) : m.afterIndex;
                        else
                            d.afterIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.afterIndex) : o.longs === $Number ? new $util.LongBits(m.afterIndex.low >>> 0, m.afterIndex.high >>> 0).toNumber(true) : m.afterIndex;
                    }
                    if (m.maxEntries != null && $Object.hasOwnProperty.call(m, "maxEntries")) {
                        d.maxEntries = m.maxEntries;
                    }
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding")) {
                        d.founding = o.bytes === $String ? $util.base64.encode(m.founding, 0, m.founding.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.founding) : m.founding;
                    }
                    return d;
                };

                /**
                 * Converts this FedlogRequest to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FedlogRequest.prototype.toJSON = function() {
                    return FedlogRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FedlogRequest
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.FedlogRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FedlogRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.FedlogRequest";
                };

                return FedlogRequest;
            })();

            v1.FedlogResponse = (function() {

                /**
                 * Properties of a FedlogResponse.
                 * @typedef {Object} continuum.daemon.v1.FedlogResponse.$Properties
                 * @property {number|null} [snapshotIndex] FedlogResponse snapshotIndex
                 * @property {Array.<continuum.daemon.v1.FedEntry.$Properties>|null} [entries] FedlogResponse entries
                 * @property {number|null} [commitIndex] FedlogResponse commitIndex
                 * @property {number|null} [snapshotBytes] FedlogResponse snapshotBytes
                 * @property {Uint8Array|null} [founding] FedlogResponse founding
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FedlogResponse.
                 * @memberof continuum.daemon.v1
                 * @interface IFedlogResponse
                 * @augments continuum.daemon.v1.FedlogResponse.$Properties
                 * @deprecated Use continuum.daemon.v1.FedlogResponse.$Properties instead.
                 */

                /**
                 * Shape of a FedlogResponse.
                 * @typedef {continuum.daemon.v1.FedlogResponse.$Properties} continuum.daemon.v1.FedlogResponse.$Shape
                 */

                /**
                 * Constructs a new FedlogResponse.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a FedlogResponse.
                 * @constructor
                 * @param {continuum.daemon.v1.FedlogResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FedlogResponse = function (p) {
                    this.entries = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * FedlogResponse snapshotIndex.
                 * @member {number} snapshotIndex
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @instance
                 */
                FedlogResponse.prototype.snapshotIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FedlogResponse entries.
                 * @member {Array.<continuum.daemon.v1.FedEntry.$Properties>} entries
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @instance
                 */
                FedlogResponse.prototype.entries = $util.emptyArray;

                /**
                 * FedlogResponse commitIndex.
                 * @member {number} commitIndex
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @instance
                 */
                FedlogResponse.prototype.commitIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FedlogResponse snapshotBytes.
                 * @member {number} snapshotBytes
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @instance
                 */
                FedlogResponse.prototype.snapshotBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FedlogResponse founding.
                 * @member {Uint8Array} founding
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @instance
                 */
                FedlogResponse.prototype.founding = $util.newBuffer([]);

                /**
                 * Creates a new FedlogResponse instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @static
                 * @param {continuum.daemon.v1.FedlogResponse.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.FedlogResponse} FedlogResponse instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.FedlogResponse.$Shape): continuum.daemon.v1.FedlogResponse & continuum.daemon.v1.FedlogResponse.$Shape;
                 *   (properties?: continuum.daemon.v1.FedlogResponse.$Properties): continuum.daemon.v1.FedlogResponse;
                 * }}
                 */
                FedlogResponse.create = function(properties) {
                    return new FedlogResponse(properties);
                };

                /**
                 * Encodes the specified FedlogResponse message. Does not implicitly {@link continuum.daemon.v1.FedlogResponse.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @static
                 * @param {continuum.daemon.v1.FedlogResponse.$Properties} m FedlogResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FedlogResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.snapshotIndex != null && $Object.hasOwnProperty.call(m, "snapshotIndex") && (typeof m.snapshotIndex === "object" ? m.snapshotIndex.low || m.snapshotIndex.high : m.snapshotIndex !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.snapshotIndex);
                    if (m.entries != null && m.entries.length) {
                        for (var i = 0; i < m.entries.length; ++i)
                            $root.continuum.daemon.v1.FedEntry.encode(m.entries[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.commitIndex != null && $Object.hasOwnProperty.call(m, "commitIndex") && (typeof m.commitIndex === "object" ? m.commitIndex.low || m.commitIndex.high : m.commitIndex !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).uint64(m.commitIndex);
                    if (m.snapshotBytes != null && $Object.hasOwnProperty.call(m, "snapshotBytes") && (typeof m.snapshotBytes === "object" ? m.snapshotBytes.low || m.snapshotBytes.high : m.snapshotBytes !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).uint64(m.snapshotBytes);
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding") && m.founding.length)
                        w.uint32(/* id 6, wireType 2 =*/50).bytes(m.founding);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a FedlogResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.FedlogResponse & continuum.daemon.v1.FedlogResponse.$Shape} FedlogResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FedlogResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.FedlogResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.snapshotIndex = v;
                                else
                                    delete m.snapshotIndex;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.entries && m.entries.length))
                                    m.entries = [];
                                m.entries.push($root.continuum.daemon.v1.FedEntry.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.commitIndex = v;
                                else
                                    delete m.commitIndex;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.snapshotBytes = v;
                                else
                                    delete m.snapshotBytes;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.founding = v;
                                else
                                    delete m.founding;
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
                 * Creates a FedlogResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.FedlogResponse} FedlogResponse
                 */
                FedlogResponse.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.FedlogResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.FedlogResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.FedlogResponse();
                    if (d.snapshotIndex != null) {
                        if (typeof d.snapshotIndex === "object" ? d.snapshotIndex.low || d.snapshotIndex.high : $Number(d.snapshotIndex) !== 0) {
                            if ($util.Long)
                                m.snapshotIndex = $util.Long.fromValue(d.snapshotIndex, true);
                            else if (typeof d.snapshotIndex === "string")
                                m.snapshotIndex = $parseInt(d.snapshotIndex, 10);
                            else if (typeof d.snapshotIndex === "number")
                                m.snapshotIndex = d.snapshotIndex;
                            else if (typeof d.snapshotIndex === "object")
                                m.snapshotIndex = new $util.LongBits(d.snapshotIndex.low >>> 0, d.snapshotIndex.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.entries) {
                        if (!$Array.isArray(d.entries))
                            throw $TypeError(".continuum.daemon.v1.FedlogResponse.entries: array expected");
                        m.entries = $Array(d.entries.length);
                        for (var i = 0; i < d.entries.length; ++i) {
                            if (!$util.isObject(d.entries[i]))
                                throw $TypeError(".continuum.daemon.v1.FedlogResponse.entries: object expected");
                            m.entries[i] = $root.continuum.daemon.v1.FedEntry.fromObject(d.entries[i], q + 1);
                        }
                    }
                    if (d.commitIndex != null) {
                        if (typeof d.commitIndex === "object" ? d.commitIndex.low || d.commitIndex.high : $Number(d.commitIndex) !== 0) {
                            if ($util.Long)
                                m.commitIndex = $util.Long.fromValue(d.commitIndex, true);
                            else if (typeof d.commitIndex === "string")
                                m.commitIndex = $parseInt(d.commitIndex, 10);
                            else if (typeof d.commitIndex === "number")
                                m.commitIndex = d.commitIndex;
                            else if (typeof d.commitIndex === "object")
                                m.commitIndex = new $util.LongBits(d.commitIndex.low >>> 0, d.commitIndex.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.snapshotBytes != null) {
                        if (typeof d.snapshotBytes === "object" ? d.snapshotBytes.low || d.snapshotBytes.high : $Number(d.snapshotBytes) !== 0) {
                            if ($util.Long)
                                m.snapshotBytes = $util.Long.fromValue(d.snapshotBytes, true);
                            else if (typeof d.snapshotBytes === "string")
                                m.snapshotBytes = $parseInt(d.snapshotBytes, 10);
                            else if (typeof d.snapshotBytes === "number")
                                m.snapshotBytes = d.snapshotBytes;
                            else if (typeof d.snapshotBytes === "object")
                                m.snapshotBytes = new $util.LongBits(d.snapshotBytes.low >>> 0, d.snapshotBytes.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.founding != null) {
                        if (d.founding.length) {
                            if (typeof d.founding === "string")
                                $util.base64.decode(d.founding, m.founding = $util.newBuffer($util.base64.length(d.founding)), 0);
                            else if (d.founding.length >= 0)
                                m.founding = d.founding;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a FedlogResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @static
                 * @param {continuum.daemon.v1.FedlogResponse} m FedlogResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FedlogResponse.toObject = function (m, o, q) {
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
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.snapshotIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.snapshotIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.commitIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.commitIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.snapshotBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.snapshotBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.founding = "";
                        else {
                            d.founding = [];
                            if (o.bytes !== $Array)
                                d.founding = $util.newBuffer(d.founding);
                        }
                    }
                    if (m.snapshotIndex != null && $Object.hasOwnProperty.call(m, "snapshotIndex")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.snapshotIndex = typeof m.snapshotIndex === "number" ? $BigInt(m.snapshotIndex) : $util.Long.fromBits(m.snapshotIndex.low >>> 0, m.snapshotIndex.high >>> 0, true).toBigInt();
                        else if (typeof m.snapshotIndex === "number")
                            d.snapshotIndex = o.longs === $String ? $String(m.snapshotIndex) : m.snapshotIndex;
                        else
                            d.snapshotIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotIndex) : o.longs === $Number ? new $util.LongBits(m.snapshotIndex.low >>> 0, m.snapshotIndex.high >>> 0).toNumber(true) : m.snapshotIndex;
                    }
                    if (m.entries && m.entries.length) {
                        d.entries = $Array(m.entries.length);
                        for (var j = 0; j < m.entries.length; ++j) {
                            d.entries[j] = $root.continuum.daemon.v1.FedEntry.toObject(m.entries[j], o, q + 1);
                        }
                    }
                    if (m.commitIndex != null && $Object.hasOwnProperty.call(m, "commitIndex")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.commitIndex = typeof m.commitIndex === "number" ? $BigInt(m.commitIndex) : $util.Long.fromBits(m.commitIndex.low >>> 0, m.commitIndex.high >>> 0, true).toBigInt();
                        else if (typeof m.commitIndex === "number")
                            d.commitIndex = o.longs === $String ? $String(m.commitIndex) : m.commitIndex;
                        else
                            d.commitIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.commitIndex) : o.longs === $Number ? new $util.LongBits(m.commitIndex.low >>> 0, m.commitIndex.high >>> 0).toNumber(true) : m.commitIndex;
                    }
                    if (m.snapshotBytes != null && $Object.hasOwnProperty.call(m, "snapshotBytes")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.snapshotBytes = typeof m.snapshotBytes === "number" ? $BigInt(m.snapshotBytes) : $util.Long.fromBits(m.snapshotBytes.low >>> 0, m.snapshotBytes.high >>> 0, true).toBigInt();
                        else if (typeof m.snapshotBytes === "number")
                            d.snapshotBytes = o.longs === $String ? $String(m.snapshotBytes) : m.snapshotBytes;
                        else
                            d.snapshotBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotBytes) : o.longs === $Number ? new $util.LongBits(m.snapshotBytes.low >>> 0, m.snapshotBytes.high >>> 0).toNumber(true) : m.snapshotBytes;
                    }
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding")) {
                        d.founding = o.bytes === $String ? $util.base64.encode(m.founding, 0, m.founding.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.founding) : m.founding;
                    }
                    return d;
                };

                /**
                 * Converts this FedlogResponse to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FedlogResponse.prototype.toJSON = function() {
                    return FedlogResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FedlogResponse
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.FedlogResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FedlogResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.FedlogResponse";
                };

                return FedlogResponse;
            })();

            v1.RaftSnapshotHeader = (function() {

                /**
                 * Properties of a RaftSnapshotHeader.
                 * @typedef {Object} continuum.daemon.v1.RaftSnapshotHeader.$Properties
                 * @property {Uint8Array|null} [message] RaftSnapshotHeader message
                 * @property {number|null} [dataBytes] RaftSnapshotHeader dataBytes
                 * @property {Uint8Array|null} [founding] RaftSnapshotHeader founding
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RaftSnapshotHeader.
                 * @memberof continuum.daemon.v1
                 * @interface IRaftSnapshotHeader
                 * @augments continuum.daemon.v1.RaftSnapshotHeader.$Properties
                 * @deprecated Use continuum.daemon.v1.RaftSnapshotHeader.$Properties instead.
                 */

                /**
                 * Shape of a RaftSnapshotHeader.
                 * @typedef {continuum.daemon.v1.RaftSnapshotHeader.$Properties} continuum.daemon.v1.RaftSnapshotHeader.$Shape
                 */

                /**
                 * Constructs a new RaftSnapshotHeader.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a RaftSnapshotHeader.
                 * @constructor
                 * @param {continuum.daemon.v1.RaftSnapshotHeader.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RaftSnapshotHeader = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RaftSnapshotHeader message.
                 * @member {Uint8Array} message
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @instance
                 */
                RaftSnapshotHeader.prototype.message = $util.newBuffer([]);

                /**
                 * RaftSnapshotHeader dataBytes.
                 * @member {number} dataBytes
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @instance
                 */
                RaftSnapshotHeader.prototype.dataBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RaftSnapshotHeader founding.
                 * @member {Uint8Array} founding
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @instance
                 */
                RaftSnapshotHeader.prototype.founding = $util.newBuffer([]);

                /**
                 * Creates a new RaftSnapshotHeader instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @static
                 * @param {continuum.daemon.v1.RaftSnapshotHeader.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.RaftSnapshotHeader} RaftSnapshotHeader instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.RaftSnapshotHeader.$Shape): continuum.daemon.v1.RaftSnapshotHeader & continuum.daemon.v1.RaftSnapshotHeader.$Shape;
                 *   (properties?: continuum.daemon.v1.RaftSnapshotHeader.$Properties): continuum.daemon.v1.RaftSnapshotHeader;
                 * }}
                 */
                RaftSnapshotHeader.create = function(properties) {
                    return new RaftSnapshotHeader(properties);
                };

                /**
                 * Encodes the specified RaftSnapshotHeader message. Does not implicitly {@link continuum.daemon.v1.RaftSnapshotHeader.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @static
                 * @param {continuum.daemon.v1.RaftSnapshotHeader.$Properties} m RaftSnapshotHeader message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftSnapshotHeader.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message.length)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.message);
                    if (m.dataBytes != null && $Object.hasOwnProperty.call(m, "dataBytes") && (typeof m.dataBytes === "object" ? m.dataBytes.low || m.dataBytes.high : m.dataBytes !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.dataBytes);
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding") && m.founding.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.founding);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a RaftSnapshotHeader message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.RaftSnapshotHeader & continuum.daemon.v1.RaftSnapshotHeader.$Shape} RaftSnapshotHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftSnapshotHeader.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.RaftSnapshotHeader();
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
                                if ((v = r.bytes()).length)
                                    m.message = v;
                                else
                                    delete m.message;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.dataBytes = v;
                                else
                                    delete m.dataBytes;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.founding = v;
                                else
                                    delete m.founding;
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
                 * Creates a RaftSnapshotHeader message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.RaftSnapshotHeader} RaftSnapshotHeader
                 */
                RaftSnapshotHeader.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.RaftSnapshotHeader)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.RaftSnapshotHeader: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.RaftSnapshotHeader();
                    if (d.message != null) {
                        if (d.message.length) {
                            if (typeof d.message === "string")
                                $util.base64.decode(d.message, m.message = $util.newBuffer($util.base64.length(d.message)), 0);
                            else if (d.message.length >= 0)
                                m.message = d.message;
                        }
                    }
                    if (d.dataBytes != null) {
                        if (typeof d.dataBytes === "object" ? d.dataBytes.low || d.dataBytes.high : $Number(d.dataBytes) !== 0) {
                            if ($util.Long)
                                m.dataBytes = $util.Long.fromValue(d.dataBytes, true);
                            else if (typeof d.dataBytes === "string")
                                m.dataBytes = $parseInt(d.dataBytes, 10);
                            else if (typeof d.dataBytes === "number")
                                m.dataBytes = d.dataBytes;
                            else if (typeof d.dataBytes === "object")
                                m.dataBytes = new $util.LongBits(d.dataBytes.low >>> 0, d.dataBytes.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.founding != null) {
                        if (d.founding.length) {
                            if (typeof d.founding === "string")
                                $util.base64.decode(d.founding, m.founding = $util.newBuffer($util.base64.length(d.founding)), 0);
                            else if (d.founding.length >= 0)
                                m.founding = d.founding;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RaftSnapshotHeader message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @static
                 * @param {continuum.daemon.v1.RaftSnapshotHeader} m RaftSnapshotHeader
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RaftSnapshotHeader.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if (o.bytes === $String)
                            d.message = "";
                        else {
                            d.message = [];
                            if (o.bytes !== $Array)
                                d.message = $util.newBuffer(d.message);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.dataBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.dataBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.founding = "";
                        else {
                            d.founding = [];
                            if (o.bytes !== $Array)
                                d.founding = $util.newBuffer(d.founding);
                        }
                    }
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                        d.message = o.bytes === $String ? $util.base64.encode(m.message, 0, m.message.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.message) : m.message;
                    }
                    if (m.dataBytes != null && $Object.hasOwnProperty.call(m, "dataBytes")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.dataBytes = typeof m.dataBytes === "number" ? $BigInt(m.dataBytes) : $util.Long.fromBits(m.dataBytes.low >>> 0, m.dataBytes.high >>> 0, true).toBigInt();
                        else if (typeof m.dataBytes === "number")
                            d.dataBytes = o.longs === $String ? $String(m.dataBytes) : m.dataBytes;
                        else
                            d.dataBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.dataBytes) : o.longs === $Number ? new $util.LongBits(m.dataBytes.low >>> 0, m.dataBytes.high >>> 0).toNumber(true) : m.dataBytes;
                    }
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding")) {
                        d.founding = o.bytes === $String ? $util.base64.encode(m.founding, 0, m.founding.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.founding) : m.founding;
                    }
                    return d;
                };

                /**
                 * Converts this RaftSnapshotHeader to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RaftSnapshotHeader.prototype.toJSON = function() {
                    return RaftSnapshotHeader.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RaftSnapshotHeader
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.RaftSnapshotHeader
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RaftSnapshotHeader.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.RaftSnapshotHeader";
                };

                return RaftSnapshotHeader;
            })();

            v1.RaftStreamHello = (function() {

                /**
                 * Properties of a RaftStreamHello.
                 * @typedef {Object} continuum.daemon.v1.RaftStreamHello.$Properties
                 * @property {Uint8Array|null} [founding] RaftStreamHello founding
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RaftStreamHello.
                 * @memberof continuum.daemon.v1
                 * @interface IRaftStreamHello
                 * @augments continuum.daemon.v1.RaftStreamHello.$Properties
                 * @deprecated Use continuum.daemon.v1.RaftStreamHello.$Properties instead.
                 */

                /**
                 * Shape of a RaftStreamHello.
                 * @typedef {continuum.daemon.v1.RaftStreamHello.$Properties} continuum.daemon.v1.RaftStreamHello.$Shape
                 */

                /**
                 * Constructs a new RaftStreamHello.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a RaftStreamHello.
                 * @constructor
                 * @param {continuum.daemon.v1.RaftStreamHello.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RaftStreamHello = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RaftStreamHello founding.
                 * @member {Uint8Array} founding
                 * @memberof continuum.daemon.v1.RaftStreamHello
                 * @instance
                 */
                RaftStreamHello.prototype.founding = $util.newBuffer([]);

                /**
                 * Creates a new RaftStreamHello instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.RaftStreamHello
                 * @static
                 * @param {continuum.daemon.v1.RaftStreamHello.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.RaftStreamHello} RaftStreamHello instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.RaftStreamHello.$Shape): continuum.daemon.v1.RaftStreamHello & continuum.daemon.v1.RaftStreamHello.$Shape;
                 *   (properties?: continuum.daemon.v1.RaftStreamHello.$Properties): continuum.daemon.v1.RaftStreamHello;
                 * }}
                 */
                RaftStreamHello.create = function(properties) {
                    return new RaftStreamHello(properties);
                };

                /**
                 * Encodes the specified RaftStreamHello message. Does not implicitly {@link continuum.daemon.v1.RaftStreamHello.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.RaftStreamHello
                 * @static
                 * @param {continuum.daemon.v1.RaftStreamHello.$Properties} m RaftStreamHello message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftStreamHello.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding") && m.founding.length)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.founding);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a RaftStreamHello message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.RaftStreamHello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.RaftStreamHello & continuum.daemon.v1.RaftStreamHello.$Shape} RaftStreamHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftStreamHello.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.RaftStreamHello();
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
                                if ((v = r.bytes()).length)
                                    m.founding = v;
                                else
                                    delete m.founding;
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
                 * Creates a RaftStreamHello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.RaftStreamHello
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.RaftStreamHello} RaftStreamHello
                 */
                RaftStreamHello.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.RaftStreamHello)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.RaftStreamHello: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.RaftStreamHello();
                    if (d.founding != null) {
                        if (d.founding.length) {
                            if (typeof d.founding === "string")
                                $util.base64.decode(d.founding, m.founding = $util.newBuffer($util.base64.length(d.founding)), 0);
                            else if (d.founding.length >= 0)
                                m.founding = d.founding;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RaftStreamHello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.RaftStreamHello
                 * @static
                 * @param {continuum.daemon.v1.RaftStreamHello} m RaftStreamHello
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RaftStreamHello.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if (o.bytes === $String)
                            d.founding = "";
                        else {
                            d.founding = [];
                            if (o.bytes !== $Array)
                                d.founding = $util.newBuffer(d.founding);
                        }
                    }
                    if (m.founding != null && $Object.hasOwnProperty.call(m, "founding")) {
                        d.founding = o.bytes === $String ? $util.base64.encode(m.founding, 0, m.founding.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.founding) : m.founding;
                    }
                    return d;
                };

                /**
                 * Converts this RaftStreamHello to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.RaftStreamHello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RaftStreamHello.prototype.toJSON = function() {
                    return RaftStreamHello.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RaftStreamHello
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.RaftStreamHello
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RaftStreamHello.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.RaftStreamHello";
                };

                return RaftStreamHello;
            })();

            v1.RaftSnapshotAck = (function() {

                /**
                 * Properties of a RaftSnapshotAck.
                 * @typedef {Object} continuum.daemon.v1.RaftSnapshotAck.$Properties
                 * @property {boolean|null} [delivered] RaftSnapshotAck delivered
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RaftSnapshotAck.
                 * @memberof continuum.daemon.v1
                 * @interface IRaftSnapshotAck
                 * @augments continuum.daemon.v1.RaftSnapshotAck.$Properties
                 * @deprecated Use continuum.daemon.v1.RaftSnapshotAck.$Properties instead.
                 */

                /**
                 * Shape of a RaftSnapshotAck.
                 * @typedef {continuum.daemon.v1.RaftSnapshotAck.$Properties} continuum.daemon.v1.RaftSnapshotAck.$Shape
                 */

                /**
                 * Constructs a new RaftSnapshotAck.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a RaftSnapshotAck.
                 * @constructor
                 * @param {continuum.daemon.v1.RaftSnapshotAck.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RaftSnapshotAck = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RaftSnapshotAck delivered.
                 * @member {boolean} delivered
                 * @memberof continuum.daemon.v1.RaftSnapshotAck
                 * @instance
                 */
                RaftSnapshotAck.prototype.delivered = false;

                /**
                 * Creates a new RaftSnapshotAck instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.RaftSnapshotAck
                 * @static
                 * @param {continuum.daemon.v1.RaftSnapshotAck.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.RaftSnapshotAck} RaftSnapshotAck instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.RaftSnapshotAck.$Shape): continuum.daemon.v1.RaftSnapshotAck & continuum.daemon.v1.RaftSnapshotAck.$Shape;
                 *   (properties?: continuum.daemon.v1.RaftSnapshotAck.$Properties): continuum.daemon.v1.RaftSnapshotAck;
                 * }}
                 */
                RaftSnapshotAck.create = function(properties) {
                    return new RaftSnapshotAck(properties);
                };

                /**
                 * Encodes the specified RaftSnapshotAck message. Does not implicitly {@link continuum.daemon.v1.RaftSnapshotAck.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.RaftSnapshotAck
                 * @static
                 * @param {continuum.daemon.v1.RaftSnapshotAck.$Properties} m RaftSnapshotAck message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftSnapshotAck.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.delivered != null && $Object.hasOwnProperty.call(m, "delivered") && m.delivered !== false)
                        w.uint32(/* id 1, wireType 0 =*/8).bool(m.delivered);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a RaftSnapshotAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.RaftSnapshotAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.RaftSnapshotAck & continuum.daemon.v1.RaftSnapshotAck.$Shape} RaftSnapshotAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftSnapshotAck.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.RaftSnapshotAck();
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
                                if (v = r.bool())
                                    m.delivered = v;
                                else
                                    delete m.delivered;
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
                 * Creates a RaftSnapshotAck message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.RaftSnapshotAck
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.RaftSnapshotAck} RaftSnapshotAck
                 */
                RaftSnapshotAck.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.RaftSnapshotAck)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.RaftSnapshotAck: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.RaftSnapshotAck();
                    if (d.delivered != null) {
                        if (d.delivered) {
                            m.delivered = $Boolean(d.delivered);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RaftSnapshotAck message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.RaftSnapshotAck
                 * @static
                 * @param {continuum.daemon.v1.RaftSnapshotAck} m RaftSnapshotAck
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RaftSnapshotAck.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.delivered = false;
                    }
                    if (m.delivered != null && $Object.hasOwnProperty.call(m, "delivered")) {
                        d.delivered = m.delivered;
                    }
                    return d;
                };

                /**
                 * Converts this RaftSnapshotAck to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.RaftSnapshotAck
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RaftSnapshotAck.prototype.toJSON = function() {
                    return RaftSnapshotAck.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RaftSnapshotAck
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.RaftSnapshotAck
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RaftSnapshotAck.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.RaftSnapshotAck";
                };

                return RaftSnapshotAck;
            })();

            v1.ForwardRequest = (function() {

                /**
                 * Properties of a ForwardRequest.
                 * @typedef {Object} continuum.daemon.v1.ForwardRequest.$Properties
                 * @property {Uint8Array|null} [envelope] ForwardRequest envelope
                 * @property {boolean|null} [readIndex] ForwardRequest readIndex
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ForwardRequest.
                 * @memberof continuum.daemon.v1
                 * @interface IForwardRequest
                 * @augments continuum.daemon.v1.ForwardRequest.$Properties
                 * @deprecated Use continuum.daemon.v1.ForwardRequest.$Properties instead.
                 */

                /**
                 * Shape of a ForwardRequest.
                 * @typedef {continuum.daemon.v1.ForwardRequest.$Properties} continuum.daemon.v1.ForwardRequest.$Shape
                 */

                /**
                 * Constructs a new ForwardRequest.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a ForwardRequest.
                 * @constructor
                 * @param {continuum.daemon.v1.ForwardRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ForwardRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ForwardRequest envelope.
                 * @member {Uint8Array} envelope
                 * @memberof continuum.daemon.v1.ForwardRequest
                 * @instance
                 */
                ForwardRequest.prototype.envelope = $util.newBuffer([]);

                /**
                 * ForwardRequest readIndex.
                 * @member {boolean} readIndex
                 * @memberof continuum.daemon.v1.ForwardRequest
                 * @instance
                 */
                ForwardRequest.prototype.readIndex = false;

                /**
                 * Creates a new ForwardRequest instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.ForwardRequest
                 * @static
                 * @param {continuum.daemon.v1.ForwardRequest.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.ForwardRequest} ForwardRequest instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.ForwardRequest.$Shape): continuum.daemon.v1.ForwardRequest & continuum.daemon.v1.ForwardRequest.$Shape;
                 *   (properties?: continuum.daemon.v1.ForwardRequest.$Properties): continuum.daemon.v1.ForwardRequest;
                 * }}
                 */
                ForwardRequest.create = function(properties) {
                    return new ForwardRequest(properties);
                };

                /**
                 * Encodes the specified ForwardRequest message. Does not implicitly {@link continuum.daemon.v1.ForwardRequest.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.ForwardRequest
                 * @static
                 * @param {continuum.daemon.v1.ForwardRequest.$Properties} m ForwardRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ForwardRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.envelope != null && $Object.hasOwnProperty.call(m, "envelope") && m.envelope.length)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.envelope);
                    if (m.readIndex != null && $Object.hasOwnProperty.call(m, "readIndex") && m.readIndex !== false)
                        w.uint32(/* id 2, wireType 0 =*/16).bool(m.readIndex);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ForwardRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.ForwardRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.ForwardRequest & continuum.daemon.v1.ForwardRequest.$Shape} ForwardRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ForwardRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.ForwardRequest();
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
                                if ((v = r.bytes()).length)
                                    m.envelope = v;
                                else
                                    delete m.envelope;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.readIndex = v;
                                else
                                    delete m.readIndex;
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
                 * Creates a ForwardRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.ForwardRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.ForwardRequest} ForwardRequest
                 */
                ForwardRequest.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.ForwardRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.ForwardRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.ForwardRequest();
                    if (d.envelope != null) {
                        if (d.envelope.length) {
                            if (typeof d.envelope === "string")
                                $util.base64.decode(d.envelope, m.envelope = $util.newBuffer($util.base64.length(d.envelope)), 0);
                            else if (d.envelope.length >= 0)
                                m.envelope = d.envelope;
                        }
                    }
                    if (d.readIndex != null) {
                        if (d.readIndex) {
                            m.readIndex = $Boolean(d.readIndex);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ForwardRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.ForwardRequest
                 * @static
                 * @param {continuum.daemon.v1.ForwardRequest} m ForwardRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ForwardRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if (o.bytes === $String)
                            d.envelope = "";
                        else {
                            d.envelope = [];
                            if (o.bytes !== $Array)
                                d.envelope = $util.newBuffer(d.envelope);
                        }
                        d.readIndex = false;
                    }
                    if (m.envelope != null && $Object.hasOwnProperty.call(m, "envelope")) {
                        d.envelope = o.bytes === $String ? $util.base64.encode(m.envelope, 0, m.envelope.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.envelope) : m.envelope;
                    }
                    if (m.readIndex != null && $Object.hasOwnProperty.call(m, "readIndex")) {
                        d.readIndex = m.readIndex;
                    }
                    return d;
                };

                /**
                 * Converts this ForwardRequest to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.ForwardRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ForwardRequest.prototype.toJSON = function() {
                    return ForwardRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ForwardRequest
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.ForwardRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ForwardRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.ForwardRequest";
                };

                return ForwardRequest;
            })();

            v1.ForwardResponse = (function() {

                /**
                 * Properties of a ForwardResponse.
                 * @typedef {Object} continuum.daemon.v1.ForwardResponse.$Properties
                 * @property {boolean|null} [ok] ForwardResponse ok
                 * @property {number|null} [index] ForwardResponse index
                 * @property {string|null} [code] ForwardResponse code
                 * @property {string|null} [reason] ForwardResponse reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ForwardResponse.
                 * @memberof continuum.daemon.v1
                 * @interface IForwardResponse
                 * @augments continuum.daemon.v1.ForwardResponse.$Properties
                 * @deprecated Use continuum.daemon.v1.ForwardResponse.$Properties instead.
                 */

                /**
                 * Shape of a ForwardResponse.
                 * @typedef {continuum.daemon.v1.ForwardResponse.$Properties} continuum.daemon.v1.ForwardResponse.$Shape
                 */

                /**
                 * Constructs a new ForwardResponse.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a ForwardResponse.
                 * @constructor
                 * @param {continuum.daemon.v1.ForwardResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ForwardResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ForwardResponse ok.
                 * @member {boolean} ok
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @instance
                 */
                ForwardResponse.prototype.ok = false;

                /**
                 * ForwardResponse index.
                 * @member {number} index
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @instance
                 */
                ForwardResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ForwardResponse code.
                 * @member {string} code
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @instance
                 */
                ForwardResponse.prototype.code = "";

                /**
                 * ForwardResponse reason.
                 * @member {string} reason
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @instance
                 */
                ForwardResponse.prototype.reason = "";

                /**
                 * Creates a new ForwardResponse instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @static
                 * @param {continuum.daemon.v1.ForwardResponse.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.ForwardResponse} ForwardResponse instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.ForwardResponse.$Shape): continuum.daemon.v1.ForwardResponse & continuum.daemon.v1.ForwardResponse.$Shape;
                 *   (properties?: continuum.daemon.v1.ForwardResponse.$Properties): continuum.daemon.v1.ForwardResponse;
                 * }}
                 */
                ForwardResponse.create = function(properties) {
                    return new ForwardResponse(properties);
                };

                /**
                 * Encodes the specified ForwardResponse message. Does not implicitly {@link continuum.daemon.v1.ForwardResponse.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @static
                 * @param {continuum.daemon.v1.ForwardResponse.$Properties} m ForwardResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ForwardResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                        w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.index);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.code);
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ForwardResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.ForwardResponse & continuum.daemon.v1.ForwardResponse.$Shape} ForwardResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ForwardResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.ForwardResponse();
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
                                if (v = r.bool())
                                    m.ok = v;
                                else
                                    delete m.ok;
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
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
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
                 * Creates a ForwardResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.ForwardResponse} ForwardResponse
                 */
                ForwardResponse.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.ForwardResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.ForwardResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.ForwardResponse();
                    if (d.ok != null) {
                        if (d.ok) {
                            m.ok = $Boolean(d.ok);
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
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ForwardResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @static
                 * @param {continuum.daemon.v1.ForwardResponse} m ForwardResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ForwardResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.ok = false;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.code = "";
                        d.reason = "";
                    }
                    if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                        d.ok = m.ok;
                    }
                    if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                        else if (typeof m.index === "number")
                            d.index = o.longs === $String ? $String(m.index) : m.index;
                        else
                            d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    return d;
                };

                /**
                 * Converts this ForwardResponse to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ForwardResponse.prototype.toJSON = function() {
                    return ForwardResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ForwardResponse
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.ForwardResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ForwardResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.ForwardResponse";
                };

                return ForwardResponse;
            })();

            return v1;
        })();

        return daemon;
    })();

    return continuum;
})();

export {
  $root as default
};
