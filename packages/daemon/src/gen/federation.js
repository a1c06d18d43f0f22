/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["continuum_daemon"] || ($protobuf.roots["continuum_daemon"] = {});

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

            return v1;
        })();

        return daemon;
    })();

    return continuum;
})();

export {
  $root as default
};
