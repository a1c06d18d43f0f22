/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $String = $util.global.String, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["continuum_analyzer_analyzer"] || ($protobuf.roots["continuum_analyzer_analyzer"] = {});

export const continuum = $root.continuum = (() => {

    /**
     * Namespace continuum.
     * @exports continuum
     * @namespace
     */
    const continuum = {};

    continuum.analyzer = (function() {

        /**
         * Namespace analyzer.
         * @memberof continuum
         * @namespace
         */
        const analyzer = {};

        analyzer.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof continuum.analyzer
             * @namespace
             */
            const v1 = {};

            v1.CategoryScores = (function() {

                /**
                 * Properties of a CategoryScores.
                 * @typedef {Object} continuum.analyzer.v1.CategoryScores.$Properties
                 * @property {number|null} [hateSpeech] CategoryScores hateSpeech
                 * @property {number|null} [offensive] CategoryScores offensive
                 * @property {number|null} [threat] CategoryScores threat
                 * @property {number|null} [harassment] CategoryScores harassment
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CategoryScores.
                 * @memberof continuum.analyzer.v1
                 * @interface ICategoryScores
                 * @augments continuum.analyzer.v1.CategoryScores.$Properties
                 * @deprecated Use continuum.analyzer.v1.CategoryScores.$Properties instead.
                 */

                /**
                 * Shape of a CategoryScores.
                 * @typedef {continuum.analyzer.v1.CategoryScores.$Properties} continuum.analyzer.v1.CategoryScores.$Shape
                 */

                /**
                 * Constructs a new CategoryScores.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a CategoryScores.
                 * @constructor
                 * @param {continuum.analyzer.v1.CategoryScores.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CategoryScores = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CategoryScores hateSpeech.
                 * @member {number} hateSpeech
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @instance
                 */
                CategoryScores.prototype.hateSpeech = 0;

                /**
                 * CategoryScores offensive.
                 * @member {number} offensive
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @instance
                 */
                CategoryScores.prototype.offensive = 0;

                /**
                 * CategoryScores threat.
                 * @member {number} threat
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @instance
                 */
                CategoryScores.prototype.threat = 0;

                /**
                 * CategoryScores harassment.
                 * @member {number} harassment
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @instance
                 */
                CategoryScores.prototype.harassment = 0;

                /**
                 * Creates a new CategoryScores instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @static
                 * @param {continuum.analyzer.v1.CategoryScores.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.CategoryScores} CategoryScores instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.CategoryScores.$Shape): continuum.analyzer.v1.CategoryScores & continuum.analyzer.v1.CategoryScores.$Shape;
                 *   (properties?: continuum.analyzer.v1.CategoryScores.$Properties): continuum.analyzer.v1.CategoryScores;
                 * }}
                 */
                CategoryScores.create = function(properties) {
                    return new CategoryScores(properties);
                };

                /**
                 * Encodes the specified CategoryScores message. Does not implicitly {@link continuum.analyzer.v1.CategoryScores.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @static
                 * @param {continuum.analyzer.v1.CategoryScores.$Properties} m CategoryScores message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CategoryScores.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.hateSpeech != null && $Object.hasOwnProperty.call(m, "hateSpeech") && !$Object.is(m.hateSpeech, 0))
                        w.uint32(/* id 1, wireType 5 =*/13).float(m.hateSpeech);
                    if (m.offensive != null && $Object.hasOwnProperty.call(m, "offensive") && !$Object.is(m.offensive, 0))
                        w.uint32(/* id 2, wireType 5 =*/21).float(m.offensive);
                    if (m.threat != null && $Object.hasOwnProperty.call(m, "threat") && !$Object.is(m.threat, 0))
                        w.uint32(/* id 3, wireType 5 =*/29).float(m.threat);
                    if (m.harassment != null && $Object.hasOwnProperty.call(m, "harassment") && !$Object.is(m.harassment, 0))
                        w.uint32(/* id 4, wireType 5 =*/37).float(m.harassment);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a CategoryScores message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.CategoryScores & continuum.analyzer.v1.CategoryScores.$Shape} CategoryScores
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CategoryScores.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.CategoryScores();
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
                                if (u !== 5)
                                    break;
                                if (!$Object.is(v = r.float(), 0))
                                    m.hateSpeech = v;
                                else
                                    delete m.hateSpeech;
                                continue;
                            }
                        case 2: {
                                if (u !== 5)
                                    break;
                                if (!$Object.is(v = r.float(), 0))
                                    m.offensive = v;
                                else
                                    delete m.offensive;
                                continue;
                            }
                        case 3: {
                                if (u !== 5)
                                    break;
                                if (!$Object.is(v = r.float(), 0))
                                    m.threat = v;
                                else
                                    delete m.threat;
                                continue;
                            }
                        case 4: {
                                if (u !== 5)
                                    break;
                                if (!$Object.is(v = r.float(), 0))
                                    m.harassment = v;
                                else
                                    delete m.harassment;
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
                 * Creates a CategoryScores message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.CategoryScores} CategoryScores
                 */
                CategoryScores.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.CategoryScores)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.CategoryScores: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.CategoryScores();
                    if (d.hateSpeech != null) {
                        if (!$Object.is($Number(d.hateSpeech), 0)) {
                            m.hateSpeech = $Number(d.hateSpeech);
                        }
                    }
                    if (d.offensive != null) {
                        if (!$Object.is($Number(d.offensive), 0)) {
                            m.offensive = $Number(d.offensive);
                        }
                    }
                    if (d.threat != null) {
                        if (!$Object.is($Number(d.threat), 0)) {
                            m.threat = $Number(d.threat);
                        }
                    }
                    if (d.harassment != null) {
                        if (!$Object.is($Number(d.harassment), 0)) {
                            m.harassment = $Number(d.harassment);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CategoryScores message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @static
                 * @param {continuum.analyzer.v1.CategoryScores} m CategoryScores
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CategoryScores.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.hateSpeech = 0;
                        d.offensive = 0;
                        d.threat = 0;
                        d.harassment = 0;
                    }
                    if (m.hateSpeech != null && $Object.hasOwnProperty.call(m, "hateSpeech")) {
                        d.hateSpeech = o.json && !$isFinite(m.hateSpeech) ? $String(m.hateSpeech) : m.hateSpeech;
                    }
                    if (m.offensive != null && $Object.hasOwnProperty.call(m, "offensive")) {
                        d.offensive = o.json && !$isFinite(m.offensive) ? $String(m.offensive) : m.offensive;
                    }
                    if (m.threat != null && $Object.hasOwnProperty.call(m, "threat")) {
                        d.threat = o.json && !$isFinite(m.threat) ? $String(m.threat) : m.threat;
                    }
                    if (m.harassment != null && $Object.hasOwnProperty.call(m, "harassment")) {
                        d.harassment = o.json && !$isFinite(m.harassment) ? $String(m.harassment) : m.harassment;
                    }
                    return d;
                };

                /**
                 * Converts this CategoryScores to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CategoryScores.prototype.toJSON = function() {
                    return CategoryScores.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CategoryScores
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.CategoryScores
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CategoryScores.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.CategoryScores";
                };

                return CategoryScores;
            })();

            v1.Signatures = (function() {

                /**
                 * Properties of a Signatures.
                 * @typedef {Object} continuum.analyzer.v1.Signatures.$Properties
                 * @property {Uint8Array|null} [simhash] Signatures simhash
                 * @property {Array.<number>|null} [minhash] Signatures minhash
                 * @property {Array.<number>|null} [bands] Signatures bands
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Signatures.
                 * @memberof continuum.analyzer.v1
                 * @interface ISignatures
                 * @augments continuum.analyzer.v1.Signatures.$Properties
                 * @deprecated Use continuum.analyzer.v1.Signatures.$Properties instead.
                 */

                /**
                 * Shape of a Signatures.
                 * @typedef {continuum.analyzer.v1.Signatures.$Properties} continuum.analyzer.v1.Signatures.$Shape
                 */

                /**
                 * Constructs a new Signatures.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a Signatures.
                 * @constructor
                 * @param {continuum.analyzer.v1.Signatures.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Signatures = function (p) {
                    this.minhash = [];
                    this.bands = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Signatures simhash.
                 * @member {Uint8Array} simhash
                 * @memberof continuum.analyzer.v1.Signatures
                 * @instance
                 */
                Signatures.prototype.simhash = $util.newBuffer([]);

                /**
                 * Signatures minhash.
                 * @member {Array.<number>} minhash
                 * @memberof continuum.analyzer.v1.Signatures
                 * @instance
                 */
                Signatures.prototype.minhash = $util.emptyArray;

                /**
                 * Signatures bands.
                 * @member {Array.<number>} bands
                 * @memberof continuum.analyzer.v1.Signatures
                 * @instance
                 */
                Signatures.prototype.bands = $util.emptyArray;

                /**
                 * Creates a new Signatures instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.Signatures
                 * @static
                 * @param {continuum.analyzer.v1.Signatures.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.Signatures} Signatures instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.Signatures.$Shape): continuum.analyzer.v1.Signatures & continuum.analyzer.v1.Signatures.$Shape;
                 *   (properties?: continuum.analyzer.v1.Signatures.$Properties): continuum.analyzer.v1.Signatures;
                 * }}
                 */
                Signatures.create = function(properties) {
                    return new Signatures(properties);
                };

                /**
                 * Encodes the specified Signatures message. Does not implicitly {@link continuum.analyzer.v1.Signatures.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.Signatures
                 * @static
                 * @param {continuum.analyzer.v1.Signatures.$Properties} m Signatures message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Signatures.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.simhash != null && $Object.hasOwnProperty.call(m, "simhash") && m.simhash.length)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.simhash);
                    if (m.minhash != null && m.minhash.length) {
                        w.uint32(/* id 2, wireType 2 =*/18).fixed32s(m.minhash);
                    }
                    if (m.bands != null && m.bands.length) {
                        w.uint32(/* id 3, wireType 2 =*/26).fixed32s(m.bands);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Signatures message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.Signatures
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.Signatures & continuum.analyzer.v1.Signatures.$Shape} Signatures
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Signatures.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.Signatures();
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
                                    m.simhash = v;
                                else
                                    delete m.simhash;
                                continue;
                            }
                        case 2: {
                                if (u === 2) {
                                    if (!(m.minhash && m.minhash.length))
                                        m.minhash = [];
                                    r.fixed32s(m.minhash);
                                    continue;
                                }
                                if (u !== 5)
                                    break;
                                if (!(m.minhash && m.minhash.length))
                                    m.minhash = [];
                                m.minhash.push(r.fixed32());
                                continue;
                            }
                        case 3: {
                                if (u === 2) {
                                    if (!(m.bands && m.bands.length))
                                        m.bands = [];
                                    r.fixed32s(m.bands);
                                    continue;
                                }
                                if (u !== 5)
                                    break;
                                if (!(m.bands && m.bands.length))
                                    m.bands = [];
                                m.bands.push(r.fixed32());
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
                 * Creates a Signatures message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.Signatures
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.Signatures} Signatures
                 */
                Signatures.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.Signatures)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.Signatures: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.Signatures();
                    if (d.simhash != null) {
                        if (d.simhash.length) {
                            if (typeof d.simhash === "string")
                                $util.base64.decode(d.simhash, m.simhash = $util.newBuffer($util.base64.length(d.simhash)), 0);
                            else if (d.simhash.length >= 0)
                                m.simhash = d.simhash;
                        }
                    }
                    if (d.minhash) {
                        if (!$Array.isArray(d.minhash))
                            throw $TypeError(".continuum.analyzer.v1.Signatures.minhash: array expected");
                        m.minhash = $Array(d.minhash.length);
                        for (var i = 0; i < d.minhash.length; ++i) {
                            m.minhash[i] = d.minhash[i] >>> 0;
                        }
                    }
                    if (d.bands) {
                        if (!$Array.isArray(d.bands))
                            throw $TypeError(".continuum.analyzer.v1.Signatures.bands: array expected");
                        m.bands = $Array(d.bands.length);
                        for (var i = 0; i < d.bands.length; ++i) {
                            m.bands[i] = d.bands[i] >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Signatures message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.Signatures
                 * @static
                 * @param {continuum.analyzer.v1.Signatures} m Signatures
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Signatures.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.minhash = [];
                        d.bands = [];
                    }
                    if (o.defaults) {
                        if (o.bytes === $String)
                            d.simhash = "";
                        else {
                            d.simhash = [];
                            if (o.bytes !== $Array)
                                d.simhash = $util.newBuffer(d.simhash);
                        }
                    }
                    if (m.simhash != null && $Object.hasOwnProperty.call(m, "simhash")) {
                        d.simhash = o.bytes === $String ? $util.base64.encode(m.simhash, 0, m.simhash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.simhash) : m.simhash;
                    }
                    if (m.minhash && m.minhash.length) {
                        d.minhash = $Array(m.minhash.length);
                        for (var j = 0; j < m.minhash.length; ++j) {
                            d.minhash[j] = m.minhash[j];
                        }
                    }
                    if (m.bands && m.bands.length) {
                        d.bands = $Array(m.bands.length);
                        for (var j = 0; j < m.bands.length; ++j) {
                            d.bands[j] = m.bands[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Signatures to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.Signatures
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Signatures.prototype.toJSON = function() {
                    return Signatures.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Signatures
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.Signatures
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Signatures.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.Signatures";
                };

                return Signatures;
            })();

            v1.GroupMention = (function() {

                /**
                 * Properties of a GroupMention.
                 * @typedef {Object} continuum.analyzer.v1.GroupMention.$Properties
                 * @property {string|null} [category] GroupMention category
                 * @property {string|null} [term] GroupMention term
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GroupMention.
                 * @memberof continuum.analyzer.v1
                 * @interface IGroupMention
                 * @augments continuum.analyzer.v1.GroupMention.$Properties
                 * @deprecated Use continuum.analyzer.v1.GroupMention.$Properties instead.
                 */

                /**
                 * Shape of a GroupMention.
                 * @typedef {continuum.analyzer.v1.GroupMention.$Properties} continuum.analyzer.v1.GroupMention.$Shape
                 */

                /**
                 * Constructs a new GroupMention.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a GroupMention.
                 * @constructor
                 * @param {continuum.analyzer.v1.GroupMention.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GroupMention = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GroupMention category.
                 * @member {string} category
                 * @memberof continuum.analyzer.v1.GroupMention
                 * @instance
                 */
                GroupMention.prototype.category = "";

                /**
                 * GroupMention term.
                 * @member {string} term
                 * @memberof continuum.analyzer.v1.GroupMention
                 * @instance
                 */
                GroupMention.prototype.term = "";

                /**
                 * Creates a new GroupMention instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.GroupMention
                 * @static
                 * @param {continuum.analyzer.v1.GroupMention.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.GroupMention} GroupMention instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.GroupMention.$Shape): continuum.analyzer.v1.GroupMention & continuum.analyzer.v1.GroupMention.$Shape;
                 *   (properties?: continuum.analyzer.v1.GroupMention.$Properties): continuum.analyzer.v1.GroupMention;
                 * }}
                 */
                GroupMention.create = function(properties) {
                    return new GroupMention(properties);
                };

                /**
                 * Encodes the specified GroupMention message. Does not implicitly {@link continuum.analyzer.v1.GroupMention.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.GroupMention
                 * @static
                 * @param {continuum.analyzer.v1.GroupMention.$Properties} m GroupMention message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GroupMention.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.category != null && $Object.hasOwnProperty.call(m, "category") && m.category !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.category);
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term") && m.term !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.term);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a GroupMention message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.GroupMention
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.GroupMention & continuum.analyzer.v1.GroupMention.$Shape} GroupMention
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GroupMention.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.GroupMention();
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
                                    m.category = v;
                                else
                                    delete m.category;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.term = v;
                                else
                                    delete m.term;
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
                 * Creates a GroupMention message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.GroupMention
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.GroupMention} GroupMention
                 */
                GroupMention.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.GroupMention)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.GroupMention: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.GroupMention();
                    if (d.category != null) {
                        if (typeof d.category !== "string" || d.category.length) {
                            m.category = $String(d.category);
                        }
                    }
                    if (d.term != null) {
                        if (typeof d.term !== "string" || d.term.length) {
                            m.term = $String(d.term);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GroupMention message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.GroupMention
                 * @static
                 * @param {continuum.analyzer.v1.GroupMention} m GroupMention
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GroupMention.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.category = "";
                        d.term = "";
                    }
                    if (m.category != null && $Object.hasOwnProperty.call(m, "category")) {
                        d.category = m.category;
                    }
                    if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                        d.term = m.term;
                    }
                    return d;
                };

                /**
                 * Converts this GroupMention to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.GroupMention
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GroupMention.prototype.toJSON = function() {
                    return GroupMention.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GroupMention
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.GroupMention
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GroupMention.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.GroupMention";
                };

                return GroupMention;
            })();

            v1.WatchlistHit = (function() {

                /**
                 * Properties of a WatchlistHit.
                 * @typedef {Object} continuum.analyzer.v1.WatchlistHit.$Properties
                 * @property {string|null} [kind] WatchlistHit kind
                 * @property {string|null} [value] WatchlistHit value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WatchlistHit.
                 * @memberof continuum.analyzer.v1
                 * @interface IWatchlistHit
                 * @augments continuum.analyzer.v1.WatchlistHit.$Properties
                 * @deprecated Use continuum.analyzer.v1.WatchlistHit.$Properties instead.
                 */

                /**
                 * Shape of a WatchlistHit.
                 * @typedef {continuum.analyzer.v1.WatchlistHit.$Properties} continuum.analyzer.v1.WatchlistHit.$Shape
                 */

                /**
                 * Constructs a new WatchlistHit.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a WatchlistHit.
                 * @constructor
                 * @param {continuum.analyzer.v1.WatchlistHit.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WatchlistHit = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * WatchlistHit kind.
                 * @member {string} kind
                 * @memberof continuum.analyzer.v1.WatchlistHit
                 * @instance
                 */
                WatchlistHit.prototype.kind = "";

                /**
                 * WatchlistHit value.
                 * @member {string} value
                 * @memberof continuum.analyzer.v1.WatchlistHit
                 * @instance
                 */
                WatchlistHit.prototype.value = "";

                /**
                 * Creates a new WatchlistHit instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.WatchlistHit
                 * @static
                 * @param {continuum.analyzer.v1.WatchlistHit.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.WatchlistHit} WatchlistHit instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.WatchlistHit.$Shape): continuum.analyzer.v1.WatchlistHit & continuum.analyzer.v1.WatchlistHit.$Shape;
                 *   (properties?: continuum.analyzer.v1.WatchlistHit.$Properties): continuum.analyzer.v1.WatchlistHit;
                 * }}
                 */
                WatchlistHit.create = function(properties) {
                    return new WatchlistHit(properties);
                };

                /**
                 * Encodes the specified WatchlistHit message. Does not implicitly {@link continuum.analyzer.v1.WatchlistHit.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.WatchlistHit
                 * @static
                 * @param {continuum.analyzer.v1.WatchlistHit.$Properties} m WatchlistHit message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WatchlistHit.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.kind);
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a WatchlistHit message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.WatchlistHit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.WatchlistHit & continuum.analyzer.v1.WatchlistHit.$Shape} WatchlistHit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WatchlistHit.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.WatchlistHit();
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
                                    m.kind = v;
                                else
                                    delete m.kind;
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
                 * Creates a WatchlistHit message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.WatchlistHit
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.WatchlistHit} WatchlistHit
                 */
                WatchlistHit.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.WatchlistHit)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.WatchlistHit: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.WatchlistHit();
                    if (d.kind != null) {
                        if (typeof d.kind !== "string" || d.kind.length) {
                            m.kind = $String(d.kind);
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
                 * Creates a plain object from a WatchlistHit message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.WatchlistHit
                 * @static
                 * @param {continuum.analyzer.v1.WatchlistHit} m WatchlistHit
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WatchlistHit.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.kind = "";
                        d.value = "";
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = m.kind;
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = m.value;
                    }
                    return d;
                };

                /**
                 * Converts this WatchlistHit to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.WatchlistHit
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WatchlistHit.prototype.toJSON = function() {
                    return WatchlistHit.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for WatchlistHit
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.WatchlistHit
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WatchlistHit.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.WatchlistHit";
                };

                return WatchlistHit;
            })();

            v1.Provenance = (function() {

                /**
                 * Properties of a Provenance.
                 * @typedef {Object} continuum.analyzer.v1.Provenance.$Properties
                 * @property {string|null} [model] Provenance model
                 * @property {string|null} [lexicon] Provenance lexicon
                 * @property {string|null} [watchlist] Provenance watchlist
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Provenance.
                 * @memberof continuum.analyzer.v1
                 * @interface IProvenance
                 * @augments continuum.analyzer.v1.Provenance.$Properties
                 * @deprecated Use continuum.analyzer.v1.Provenance.$Properties instead.
                 */

                /**
                 * Shape of a Provenance.
                 * @typedef {continuum.analyzer.v1.Provenance.$Properties} continuum.analyzer.v1.Provenance.$Shape
                 */

                /**
                 * Constructs a new Provenance.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a Provenance.
                 * @constructor
                 * @param {continuum.analyzer.v1.Provenance.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Provenance = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Provenance model.
                 * @member {string} model
                 * @memberof continuum.analyzer.v1.Provenance
                 * @instance
                 */
                Provenance.prototype.model = "";

                /**
                 * Provenance lexicon.
                 * @member {string} lexicon
                 * @memberof continuum.analyzer.v1.Provenance
                 * @instance
                 */
                Provenance.prototype.lexicon = "";

                /**
                 * Provenance watchlist.
                 * @member {string} watchlist
                 * @memberof continuum.analyzer.v1.Provenance
                 * @instance
                 */
                Provenance.prototype.watchlist = "";

                /**
                 * Creates a new Provenance instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.Provenance
                 * @static
                 * @param {continuum.analyzer.v1.Provenance.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.Provenance} Provenance instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.Provenance.$Shape): continuum.analyzer.v1.Provenance & continuum.analyzer.v1.Provenance.$Shape;
                 *   (properties?: continuum.analyzer.v1.Provenance.$Properties): continuum.analyzer.v1.Provenance;
                 * }}
                 */
                Provenance.create = function(properties) {
                    return new Provenance(properties);
                };

                /**
                 * Encodes the specified Provenance message. Does not implicitly {@link continuum.analyzer.v1.Provenance.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.Provenance
                 * @static
                 * @param {continuum.analyzer.v1.Provenance.$Properties} m Provenance message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Provenance.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.model != null && $Object.hasOwnProperty.call(m, "model") && m.model !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.model);
                    if (m.lexicon != null && $Object.hasOwnProperty.call(m, "lexicon") && m.lexicon !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.lexicon);
                    if (m.watchlist != null && $Object.hasOwnProperty.call(m, "watchlist") && m.watchlist !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.watchlist);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Provenance message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.Provenance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.Provenance & continuum.analyzer.v1.Provenance.$Shape} Provenance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Provenance.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.Provenance();
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
                                    m.model = v;
                                else
                                    delete m.model;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.lexicon = v;
                                else
                                    delete m.lexicon;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.watchlist = v;
                                else
                                    delete m.watchlist;
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
                 * Creates a Provenance message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.Provenance
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.Provenance} Provenance
                 */
                Provenance.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.Provenance)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.Provenance: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.Provenance();
                    if (d.model != null) {
                        if (typeof d.model !== "string" || d.model.length) {
                            m.model = $String(d.model);
                        }
                    }
                    if (d.lexicon != null) {
                        if (typeof d.lexicon !== "string" || d.lexicon.length) {
                            m.lexicon = $String(d.lexicon);
                        }
                    }
                    if (d.watchlist != null) {
                        if (typeof d.watchlist !== "string" || d.watchlist.length) {
                            m.watchlist = $String(d.watchlist);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Provenance message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.Provenance
                 * @static
                 * @param {continuum.analyzer.v1.Provenance} m Provenance
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Provenance.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.model = "";
                        d.lexicon = "";
                        d.watchlist = "";
                    }
                    if (m.model != null && $Object.hasOwnProperty.call(m, "model")) {
                        d.model = m.model;
                    }
                    if (m.lexicon != null && $Object.hasOwnProperty.call(m, "lexicon")) {
                        d.lexicon = m.lexicon;
                    }
                    if (m.watchlist != null && $Object.hasOwnProperty.call(m, "watchlist")) {
                        d.watchlist = m.watchlist;
                    }
                    return d;
                };

                /**
                 * Converts this Provenance to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.Provenance
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Provenance.prototype.toJSON = function() {
                    return Provenance.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Provenance
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.Provenance
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Provenance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.Provenance";
                };

                return Provenance;
            })();

            v1.PostMetadata = (function() {

                /**
                 * Properties of a PostMetadata.
                 * @typedef {Object} continuum.analyzer.v1.PostMetadata.$Properties
                 * @property {string|null} [cid] PostMetadata cid
                 * @property {string|null} [platform] PostMetadata platform
                 * @property {string|null} [language] PostMetadata language
                 * @property {number|null} [createdAtMs] PostMetadata createdAtMs
                 * @property {string|null} [authorPseudonym] PostMetadata authorPseudonym
                 * @property {string|null} [territory] PostMetadata territory
                 * @property {continuum.analyzer.v1.CategoryScores.$Properties|null} [scores] PostMetadata scores
                 * @property {string|null} [severity] PostMetadata severity
                 * @property {Array.<string>|null} [hashtags] PostMetadata hashtags
                 * @property {continuum.analyzer.v1.Signatures.$Properties|null} [signatures] PostMetadata signatures
                 * @property {boolean|null} [isReply] PostMetadata isReply
                 * @property {number|null} [mediaCount] PostMetadata mediaCount
                 * @property {Array.<string>|null} [mentions] PostMetadata mentions
                 * @property {Array.<string>|null} [urlDomains] PostMetadata urlDomains
                 * @property {Array.<string>|null} [categories] PostMetadata categories
                 * @property {string|null} [primaryCategory] PostMetadata primaryCategory
                 * @property {Array.<string>|null} [severityReasons] PostMetadata severityReasons
                 * @property {Array.<continuum.analyzer.v1.GroupMention.$Properties>|null} [groups] PostMetadata groups
                 * @property {Array.<continuum.analyzer.v1.WatchlistHit.$Properties>|null} [watchlistHits] PostMetadata watchlistHits
                 * @property {continuum.analyzer.v1.Provenance.$Properties|null} [provenance] PostMetadata provenance
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PostMetadata.
                 * @memberof continuum.analyzer.v1
                 * @interface IPostMetadata
                 * @augments continuum.analyzer.v1.PostMetadata.$Properties
                 * @deprecated Use continuum.analyzer.v1.PostMetadata.$Properties instead.
                 */

                /**
                 * Shape of a PostMetadata.
                 * @typedef {continuum.analyzer.v1.PostMetadata.$Properties} continuum.analyzer.v1.PostMetadata.$Shape
                 */

                /**
                 * Constructs a new PostMetadata.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a PostMetadata.
                 * @constructor
                 * @param {continuum.analyzer.v1.PostMetadata.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PostMetadata = function (p) {
                    this.hashtags = [];
                    this.mentions = [];
                    this.urlDomains = [];
                    this.categories = [];
                    this.severityReasons = [];
                    this.groups = [];
                    this.watchlistHits = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * PostMetadata cid.
                 * @member {string} cid
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.cid = "";

                /**
                 * PostMetadata platform.
                 * @member {string} platform
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.platform = "";

                /**
                 * PostMetadata language.
                 * @member {string} language
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.language = "";

                /**
                 * PostMetadata createdAtMs.
                 * @member {number} createdAtMs
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * PostMetadata authorPseudonym.
                 * @member {string} authorPseudonym
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.authorPseudonym = "";

                /**
                 * PostMetadata territory.
                 * @member {string} territory
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.territory = "";

                /**
                 * PostMetadata scores.
                 * @member {continuum.analyzer.v1.CategoryScores.$Properties|null|undefined} scores
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.scores = null;

                /**
                 * PostMetadata severity.
                 * @member {string} severity
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.severity = "";

                /**
                 * PostMetadata hashtags.
                 * @member {Array.<string>} hashtags
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.hashtags = $util.emptyArray;

                /**
                 * PostMetadata signatures.
                 * @member {continuum.analyzer.v1.Signatures.$Properties|null|undefined} signatures
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.signatures = null;

                /**
                 * PostMetadata isReply.
                 * @member {boolean} isReply
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.isReply = false;

                /**
                 * PostMetadata mediaCount.
                 * @member {number} mediaCount
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.mediaCount = 0;

                /**
                 * PostMetadata mentions.
                 * @member {Array.<string>} mentions
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.mentions = $util.emptyArray;

                /**
                 * PostMetadata urlDomains.
                 * @member {Array.<string>} urlDomains
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.urlDomains = $util.emptyArray;

                /**
                 * PostMetadata categories.
                 * @member {Array.<string>} categories
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.categories = $util.emptyArray;

                /**
                 * PostMetadata primaryCategory.
                 * @member {string} primaryCategory
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.primaryCategory = "";

                /**
                 * PostMetadata severityReasons.
                 * @member {Array.<string>} severityReasons
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.severityReasons = $util.emptyArray;

                /**
                 * PostMetadata groups.
                 * @member {Array.<continuum.analyzer.v1.GroupMention.$Properties>} groups
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.groups = $util.emptyArray;

                /**
                 * PostMetadata watchlistHits.
                 * @member {Array.<continuum.analyzer.v1.WatchlistHit.$Properties>} watchlistHits
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.watchlistHits = $util.emptyArray;

                /**
                 * PostMetadata provenance.
                 * @member {continuum.analyzer.v1.Provenance.$Properties|null|undefined} provenance
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.provenance = null;

                /**
                 * Creates a new PostMetadata instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @static
                 * @param {continuum.analyzer.v1.PostMetadata.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.PostMetadata} PostMetadata instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.PostMetadata.$Shape): continuum.analyzer.v1.PostMetadata & continuum.analyzer.v1.PostMetadata.$Shape;
                 *   (properties?: continuum.analyzer.v1.PostMetadata.$Properties): continuum.analyzer.v1.PostMetadata;
                 * }}
                 */
                PostMetadata.create = function(properties) {
                    return new PostMetadata(properties);
                };

                /**
                 * Encodes the specified PostMetadata message. Does not implicitly {@link continuum.analyzer.v1.PostMetadata.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @static
                 * @param {continuum.analyzer.v1.PostMetadata.$Properties} m PostMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PostMetadata.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.cid != null && $Object.hasOwnProperty.call(m, "cid") && m.cid !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.cid);
                    if (m.platform != null && $Object.hasOwnProperty.call(m, "platform") && m.platform !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.platform);
                    if (m.language != null && $Object.hasOwnProperty.call(m, "language") && m.language !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.language);
                    if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).int64(m.createdAtMs);
                    if (m.authorPseudonym != null && $Object.hasOwnProperty.call(m, "authorPseudonym") && m.authorPseudonym !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.authorPseudonym);
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory") && m.territory !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.territory);
                    if (m.scores != null && $Object.hasOwnProperty.call(m, "scores"))
                        $root.continuum.analyzer.v1.CategoryScores.encode(m.scores, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (m.severity != null && $Object.hasOwnProperty.call(m, "severity") && m.severity !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.severity);
                    if (m.hashtags != null && m.hashtags.length) {
                        for (var i = 0; i < m.hashtags.length; ++i)
                            w.uint32(/* id 9, wireType 2 =*/74).string(m.hashtags[i]);
                    }
                    if (m.signatures != null && $Object.hasOwnProperty.call(m, "signatures"))
                        $root.continuum.analyzer.v1.Signatures.encode(m.signatures, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                    if (m.isReply != null && $Object.hasOwnProperty.call(m, "isReply") && m.isReply !== false)
                        w.uint32(/* id 12, wireType 0 =*/96).bool(m.isReply);
                    if (m.mediaCount != null && $Object.hasOwnProperty.call(m, "mediaCount") && m.mediaCount !== 0)
                        w.uint32(/* id 13, wireType 0 =*/104).uint32(m.mediaCount);
                    if (m.mentions != null && m.mentions.length) {
                        for (var i = 0; i < m.mentions.length; ++i)
                            w.uint32(/* id 14, wireType 2 =*/114).string(m.mentions[i]);
                    }
                    if (m.urlDomains != null && m.urlDomains.length) {
                        for (var i = 0; i < m.urlDomains.length; ++i)
                            w.uint32(/* id 15, wireType 2 =*/122).string(m.urlDomains[i]);
                    }
                    if (m.categories != null && m.categories.length) {
                        for (var i = 0; i < m.categories.length; ++i)
                            w.uint32(/* id 16, wireType 2 =*/130).string(m.categories[i]);
                    }
                    if (m.primaryCategory != null && $Object.hasOwnProperty.call(m, "primaryCategory") && m.primaryCategory !== "")
                        w.uint32(/* id 17, wireType 2 =*/138).string(m.primaryCategory);
                    if (m.severityReasons != null && m.severityReasons.length) {
                        for (var i = 0; i < m.severityReasons.length; ++i)
                            w.uint32(/* id 18, wireType 2 =*/146).string(m.severityReasons[i]);
                    }
                    if (m.groups != null && m.groups.length) {
                        for (var i = 0; i < m.groups.length; ++i)
                            $root.continuum.analyzer.v1.GroupMention.encode(m.groups[i], w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                    }
                    if (m.watchlistHits != null && m.watchlistHits.length) {
                        for (var i = 0; i < m.watchlistHits.length; ++i)
                            $root.continuum.analyzer.v1.WatchlistHit.encode(m.watchlistHits[i], w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                    }
                    if (m.provenance != null && $Object.hasOwnProperty.call(m, "provenance"))
                        $root.continuum.analyzer.v1.Provenance.encode(m.provenance, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a PostMetadata message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.PostMetadata & continuum.analyzer.v1.PostMetadata.$Shape} PostMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PostMetadata.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.PostMetadata();
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
                                    m.cid = v;
                                else
                                    delete m.cid;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.platform = v;
                                else
                                    delete m.platform;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.language = v;
                                else
                                    delete m.language;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.createdAtMs = v;
                                else
                                    delete m.createdAtMs;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.authorPseudonym = v;
                                else
                                    delete m.authorPseudonym;
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
                                m.scores = $root.continuum.analyzer.v1.CategoryScores.decode(r, r.size(), $undefined, q + 1, m.scores);
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.severity = v;
                                else
                                    delete m.severity;
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if (!(m.hashtags && m.hashtags.length))
                                    m.hashtags = [];
                                m.hashtags.push(r.stringVerify());
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                m.signatures = $root.continuum.analyzer.v1.Signatures.decode(r, r.size(), $undefined, q + 1, m.signatures);
                                continue;
                            }
                        case 12: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.isReply = v;
                                else
                                    delete m.isReply;
                                continue;
                            }
                        case 13: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.mediaCount = v;
                                else
                                    delete m.mediaCount;
                                continue;
                            }
                        case 14: {
                                if (u !== 2)
                                    break;
                                if (!(m.mentions && m.mentions.length))
                                    m.mentions = [];
                                m.mentions.push(r.stringVerify());
                                continue;
                            }
                        case 15: {
                                if (u !== 2)
                                    break;
                                if (!(m.urlDomains && m.urlDomains.length))
                                    m.urlDomains = [];
                                m.urlDomains.push(r.stringVerify());
                                continue;
                            }
                        case 16: {
                                if (u !== 2)
                                    break;
                                if (!(m.categories && m.categories.length))
                                    m.categories = [];
                                m.categories.push(r.stringVerify());
                                continue;
                            }
                        case 17: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.primaryCategory = v;
                                else
                                    delete m.primaryCategory;
                                continue;
                            }
                        case 18: {
                                if (u !== 2)
                                    break;
                                if (!(m.severityReasons && m.severityReasons.length))
                                    m.severityReasons = [];
                                m.severityReasons.push(r.stringVerify());
                                continue;
                            }
                        case 19: {
                                if (u !== 2)
                                    break;
                                if (!(m.groups && m.groups.length))
                                    m.groups = [];
                                m.groups.push($root.continuum.analyzer.v1.GroupMention.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 20: {
                                if (u !== 2)
                                    break;
                                if (!(m.watchlistHits && m.watchlistHits.length))
                                    m.watchlistHits = [];
                                m.watchlistHits.push($root.continuum.analyzer.v1.WatchlistHit.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 21: {
                                if (u !== 2)
                                    break;
                                m.provenance = $root.continuum.analyzer.v1.Provenance.decode(r, r.size(), $undefined, q + 1, m.provenance);
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
                 * Creates a PostMetadata message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.PostMetadata} PostMetadata
                 */
                PostMetadata.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.PostMetadata)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.PostMetadata: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.PostMetadata();
                    if (d.cid != null) {
                        if (typeof d.cid !== "string" || d.cid.length) {
                            m.cid = $String(d.cid);
                        }
                    }
                    if (d.platform != null) {
                        if (typeof d.platform !== "string" || d.platform.length) {
                            m.platform = $String(d.platform);
                        }
                    }
                    if (d.language != null) {
                        if (typeof d.language !== "string" || d.language.length) {
                            m.language = $String(d.language);
                        }
                    }
                    if (d.createdAtMs != null) {
                        if (typeof d.createdAtMs === "object" ? d.createdAtMs.low || d.createdAtMs.high : $Number(d.createdAtMs) !== 0) {
                            if ($util.Long)
                                m.createdAtMs = $util.Long.fromValue(d.createdAtMs, false);
                            else if (typeof d.createdAtMs === "string")
                                m.createdAtMs = $parseInt(d.createdAtMs, 10);
                            else if (typeof d.createdAtMs === "number")
                                m.createdAtMs = d.createdAtMs;
                            else if (typeof d.createdAtMs === "object")
                                m.createdAtMs = new $util.LongBits(d.createdAtMs.low >>> 0, d.createdAtMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.authorPseudonym != null) {
                        if (typeof d.authorPseudonym !== "string" || d.authorPseudonym.length) {
                            m.authorPseudonym = $String(d.authorPseudonym);
                        }
                    }
                    if (d.territory != null) {
                        if (typeof d.territory !== "string" || d.territory.length) {
                            m.territory = $String(d.territory);
                        }
                    }
                    if (d.scores != null) {
                        if (!$util.isObject(d.scores))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.scores: object expected");
                        m.scores = $root.continuum.analyzer.v1.CategoryScores.fromObject(d.scores, q + 1);
                    }
                    if (d.severity != null) {
                        if (typeof d.severity !== "string" || d.severity.length) {
                            m.severity = $String(d.severity);
                        }
                    }
                    if (d.hashtags) {
                        if (!$Array.isArray(d.hashtags))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.hashtags: array expected");
                        m.hashtags = $Array(d.hashtags.length);
                        for (var i = 0; i < d.hashtags.length; ++i) {
                            m.hashtags[i] = $String(d.hashtags[i]);
                        }
                    }
                    if (d.signatures != null) {
                        if (!$util.isObject(d.signatures))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.signatures: object expected");
                        m.signatures = $root.continuum.analyzer.v1.Signatures.fromObject(d.signatures, q + 1);
                    }
                    if (d.isReply != null) {
                        if (d.isReply) {
                            m.isReply = $Boolean(d.isReply);
                        }
                    }
                    if (d.mediaCount != null) {
                        if ($Number(d.mediaCount) !== 0) {
                            m.mediaCount = d.mediaCount >>> 0;
                        }
                    }
                    if (d.mentions) {
                        if (!$Array.isArray(d.mentions))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.mentions: array expected");
                        m.mentions = $Array(d.mentions.length);
                        for (var i = 0; i < d.mentions.length; ++i) {
                            m.mentions[i] = $String(d.mentions[i]);
                        }
                    }
                    if (d.urlDomains) {
                        if (!$Array.isArray(d.urlDomains))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.urlDomains: array expected");
                        m.urlDomains = $Array(d.urlDomains.length);
                        for (var i = 0; i < d.urlDomains.length; ++i) {
                            m.urlDomains[i] = $String(d.urlDomains[i]);
                        }
                    }
                    if (d.categories) {
                        if (!$Array.isArray(d.categories))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.categories: array expected");
                        m.categories = $Array(d.categories.length);
                        for (var i = 0; i < d.categories.length; ++i) {
                            m.categories[i] = $String(d.categories[i]);
                        }
                    }
                    if (d.primaryCategory != null) {
                        if (typeof d.primaryCategory !== "string" || d.primaryCategory.length) {
                            m.primaryCategory = $String(d.primaryCategory);
                        }
                    }
                    if (d.severityReasons) {
                        if (!$Array.isArray(d.severityReasons))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.severityReasons: array expected");
                        m.severityReasons = $Array(d.severityReasons.length);
                        for (var i = 0; i < d.severityReasons.length; ++i) {
                            m.severityReasons[i] = $String(d.severityReasons[i]);
                        }
                    }
                    if (d.groups) {
                        if (!$Array.isArray(d.groups))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.groups: array expected");
                        m.groups = $Array(d.groups.length);
                        for (var i = 0; i < d.groups.length; ++i) {
                            if (!$util.isObject(d.groups[i]))
                                throw $TypeError(".continuum.analyzer.v1.PostMetadata.groups: object expected");
                            m.groups[i] = $root.continuum.analyzer.v1.GroupMention.fromObject(d.groups[i], q + 1);
                        }
                    }
                    if (d.watchlistHits) {
                        if (!$Array.isArray(d.watchlistHits))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.watchlistHits: array expected");
                        m.watchlistHits = $Array(d.watchlistHits.length);
                        for (var i = 0; i < d.watchlistHits.length; ++i) {
                            if (!$util.isObject(d.watchlistHits[i]))
                                throw $TypeError(".continuum.analyzer.v1.PostMetadata.watchlistHits: object expected");
                            m.watchlistHits[i] = $root.continuum.analyzer.v1.WatchlistHit.fromObject(d.watchlistHits[i], q + 1);
                        }
                    }
                    if (d.provenance != null) {
                        if (!$util.isObject(d.provenance))
                            throw $TypeError(".continuum.analyzer.v1.PostMetadata.provenance: object expected");
                        m.provenance = $root.continuum.analyzer.v1.Provenance.fromObject(d.provenance, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PostMetadata message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @static
                 * @param {continuum.analyzer.v1.PostMetadata} m PostMetadata
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PostMetadata.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.hashtags = [];
                        d.mentions = [];
                        d.urlDomains = [];
                        d.categories = [];
                        d.severityReasons = [];
                        d.groups = [];
                        d.watchlistHits = [];
                    }
                    if (o.defaults) {
                        d.cid = "";
                        d.platform = "";
                        d.language = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.authorPseudonym = "";
                        d.territory = "";
                        d.scores = null;
                        d.severity = "";
                        d.signatures = null;
                        d.isReply = false;
                        d.mediaCount = 0;
                        d.primaryCategory = "";
                        d.provenance = null;
                    }
                    if (m.cid != null && $Object.hasOwnProperty.call(m, "cid")) {
                        d.cid = m.cid;
                    }
                    if (m.platform != null && $Object.hasOwnProperty.call(m, "platform")) {
                        d.platform = m.platform;
                    }
                    if (m.language != null && $Object.hasOwnProperty.call(m, "language")) {
                        d.language = m.language;
                    }
                    if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, false).toBigInt();
                        else if (typeof m.createdAtMs === "number")
                            d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                        else
                            d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber() : m.createdAtMs;
                    }
                    if (m.authorPseudonym != null && $Object.hasOwnProperty.call(m, "authorPseudonym")) {
                        d.authorPseudonym = m.authorPseudonym;
                    }
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory")) {
                        d.territory = m.territory;
                    }
                    if (m.scores != null && $Object.hasOwnProperty.call(m, "scores")) {
                        d.scores = $root.continuum.analyzer.v1.CategoryScores.toObject(m.scores, o, q + 1);
                    }
                    if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                        d.severity = m.severity;
                    }
                    if (m.hashtags && m.hashtags.length) {
                        d.hashtags = $Array(m.hashtags.length);
                        for (var j = 0; j < m.hashtags.length; ++j) {
                            d.hashtags[j] = m.hashtags[j];
                        }
                    }
                    if (m.signatures != null && $Object.hasOwnProperty.call(m, "signatures")) {
                        d.signatures = $root.continuum.analyzer.v1.Signatures.toObject(m.signatures, o, q + 1);
                    }
                    if (m.isReply != null && $Object.hasOwnProperty.call(m, "isReply")) {
                        d.isReply = m.isReply;
                    }
                    if (m.mediaCount != null && $Object.hasOwnProperty.call(m, "mediaCount")) {
                        d.mediaCount = m.mediaCount;
                    }
                    if (m.mentions && m.mentions.length) {
                        d.mentions = $Array(m.mentions.length);
                        for (var j = 0; j < m.mentions.length; ++j) {
                            d.mentions[j] = m.mentions[j];
                        }
                    }
                    if (m.urlDomains && m.urlDomains.length) {
                        d.urlDomains = $Array(m.urlDomains.length);
                        for (var j = 0; j < m.urlDomains.length; ++j) {
                            d.urlDomains[j] = m.urlDomains[j];
                        }
                    }
                    if (m.categories && m.categories.length) {
                        d.categories = $Array(m.categories.length);
                        for (var j = 0; j < m.categories.length; ++j) {
                            d.categories[j] = m.categories[j];
                        }
                    }
                    if (m.primaryCategory != null && $Object.hasOwnProperty.call(m, "primaryCategory")) {
                        d.primaryCategory = m.primaryCategory;
                    }
                    if (m.severityReasons && m.severityReasons.length) {
                        d.severityReasons = $Array(m.severityReasons.length);
                        for (var j = 0; j < m.severityReasons.length; ++j) {
                            d.severityReasons[j] = m.severityReasons[j];
                        }
                    }
                    if (m.groups && m.groups.length) {
                        d.groups = $Array(m.groups.length);
                        for (var j = 0; j < m.groups.length; ++j) {
                            d.groups[j] = $root.continuum.analyzer.v1.GroupMention.toObject(m.groups[j], o, q + 1);
                        }
                    }
                    if (m.watchlistHits && m.watchlistHits.length) {
                        d.watchlistHits = $Array(m.watchlistHits.length);
                        for (var j = 0; j < m.watchlistHits.length; ++j) {
                            d.watchlistHits[j] = $root.continuum.analyzer.v1.WatchlistHit.toObject(m.watchlistHits[j], o, q + 1);
                        }
                    }
                    if (m.provenance != null && $Object.hasOwnProperty.call(m, "provenance")) {
                        d.provenance = $root.continuum.analyzer.v1.Provenance.toObject(m.provenance, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this PostMetadata to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PostMetadata.prototype.toJSON = function() {
                    return PostMetadata.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PostMetadata
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PostMetadata.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.PostMetadata";
                };

                return PostMetadata;
            })();

            v1.RollupRow = (function() {

                /**
                 * Properties of a RollupRow.
                 * @typedef {Object} continuum.analyzer.v1.RollupRow.$Properties
                 * @property {string|null} [territory] RollupRow territory
                 * @property {number|null} [bucketStartMs] RollupRow bucketStartMs
                 * @property {string|null} [category] RollupRow category
                 * @property {string|null} [language] RollupRow language
                 * @property {string|null} [severity] RollupRow severity
                 * @property {number|null} [count] RollupRow count
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RollupRow.
                 * @memberof continuum.analyzer.v1
                 * @interface IRollupRow
                 * @augments continuum.analyzer.v1.RollupRow.$Properties
                 * @deprecated Use continuum.analyzer.v1.RollupRow.$Properties instead.
                 */

                /**
                 * Shape of a RollupRow.
                 * @typedef {continuum.analyzer.v1.RollupRow.$Properties} continuum.analyzer.v1.RollupRow.$Shape
                 */

                /**
                 * Constructs a new RollupRow.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a RollupRow.
                 * @constructor
                 * @param {continuum.analyzer.v1.RollupRow.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RollupRow = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RollupRow territory.
                 * @member {string} territory
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @instance
                 */
                RollupRow.prototype.territory = "";

                /**
                 * RollupRow bucketStartMs.
                 * @member {number} bucketStartMs
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @instance
                 */
                RollupRow.prototype.bucketStartMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * RollupRow category.
                 * @member {string} category
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @instance
                 */
                RollupRow.prototype.category = "";

                /**
                 * RollupRow language.
                 * @member {string} language
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @instance
                 */
                RollupRow.prototype.language = "";

                /**
                 * RollupRow severity.
                 * @member {string} severity
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @instance
                 */
                RollupRow.prototype.severity = "";

                /**
                 * RollupRow count.
                 * @member {number} count
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @instance
                 */
                RollupRow.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new RollupRow instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @static
                 * @param {continuum.analyzer.v1.RollupRow.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.RollupRow} RollupRow instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.RollupRow.$Shape): continuum.analyzer.v1.RollupRow & continuum.analyzer.v1.RollupRow.$Shape;
                 *   (properties?: continuum.analyzer.v1.RollupRow.$Properties): continuum.analyzer.v1.RollupRow;
                 * }}
                 */
                RollupRow.create = function(properties) {
                    return new RollupRow(properties);
                };

                /**
                 * Encodes the specified RollupRow message. Does not implicitly {@link continuum.analyzer.v1.RollupRow.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @static
                 * @param {continuum.analyzer.v1.RollupRow.$Properties} m RollupRow message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RollupRow.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory") && m.territory !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.territory);
                    if (m.bucketStartMs != null && $Object.hasOwnProperty.call(m, "bucketStartMs") && (typeof m.bucketStartMs === "object" ? m.bucketStartMs.low || m.bucketStartMs.high : m.bucketStartMs !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).int64(m.bucketStartMs);
                    if (m.category != null && $Object.hasOwnProperty.call(m, "category") && m.category !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.category);
                    if (m.language != null && $Object.hasOwnProperty.call(m, "language") && m.language !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.language);
                    if (m.severity != null && $Object.hasOwnProperty.call(m, "severity") && m.severity !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.severity);
                    if (m.count != null && $Object.hasOwnProperty.call(m, "count") && (typeof m.count === "object" ? m.count.low || m.count.high : m.count !== 0))
                        w.uint32(/* id 6, wireType 0 =*/48).uint64(m.count);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a RollupRow message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.RollupRow & continuum.analyzer.v1.RollupRow.$Shape} RollupRow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RollupRow.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.RollupRow();
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
                                    m.territory = v;
                                else
                                    delete m.territory;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.bucketStartMs = v;
                                else
                                    delete m.bucketStartMs;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.category = v;
                                else
                                    delete m.category;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.language = v;
                                else
                                    delete m.language;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.severity = v;
                                else
                                    delete m.severity;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.count = v;
                                else
                                    delete m.count;
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
                 * Creates a RollupRow message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.RollupRow} RollupRow
                 */
                RollupRow.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.RollupRow)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.RollupRow: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.RollupRow();
                    if (d.territory != null) {
                        if (typeof d.territory !== "string" || d.territory.length) {
                            m.territory = $String(d.territory);
                        }
                    }
                    if (d.bucketStartMs != null) {
                        if (typeof d.bucketStartMs === "object" ? d.bucketStartMs.low || d.bucketStartMs.high : $Number(d.bucketStartMs) !== 0) {
                            if ($util.Long)
                                m.bucketStartMs = $util.Long.fromValue(d.bucketStartMs, false);
                            else if (typeof d.bucketStartMs === "string")
                                m.bucketStartMs = $parseInt(d.bucketStartMs, 10);
                            else if (typeof d.bucketStartMs === "number")
                                m.bucketStartMs = d.bucketStartMs;
                            else if (typeof d.bucketStartMs === "object")
                                m.bucketStartMs = new $util.LongBits(d.bucketStartMs.low >>> 0, d.bucketStartMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.category != null) {
                        if (typeof d.category !== "string" || d.category.length) {
                            m.category = $String(d.category);
                        }
                    }
                    if (d.language != null) {
                        if (typeof d.language !== "string" || d.language.length) {
                            m.language = $String(d.language);
                        }
                    }
                    if (d.severity != null) {
                        if (typeof d.severity !== "string" || d.severity.length) {
                            m.severity = $String(d.severity);
                        }
                    }
                    if (d.count != null) {
                        if (typeof d.count === "object" ? d.count.low || d.count.high : $Number(d.count) !== 0) {
                            if ($util.Long)
                                m.count = $util.Long.fromValue(d.count, true);
                            else if (typeof d.count === "string")
                                m.count = $parseInt(d.count, 10);
                            else if (typeof d.count === "number")
                                m.count = d.count;
                            else if (typeof d.count === "object")
                                m.count = new $util.LongBits(d.count.low >>> 0, d.count.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RollupRow message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @static
                 * @param {continuum.analyzer.v1.RollupRow} m RollupRow
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RollupRow.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.territory = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.bucketStartMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.bucketStartMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.category = "";
                        d.language = "";
                        d.severity = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.count = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.count = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory")) {
                        d.territory = m.territory;
                    }
                    if (m.bucketStartMs != null && $Object.hasOwnProperty.call(m, "bucketStartMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.bucketStartMs = typeof m.bucketStartMs === "number" ? $BigInt(m.bucketStartMs) : $util.Long.fromBits(m.bucketStartMs.low >>> 0, m.bucketStartMs.high >>> 0, false).toBigInt();
                        else if (typeof m.bucketStartMs === "number")
                            d.bucketStartMs = o.longs === $String ? $String(m.bucketStartMs) : m.bucketStartMs;
                        else
                            d.bucketStartMs = o.longs === $String ? $util.Long.prototype.toString.call(m.bucketStartMs) : o.longs === $Number ? new $util.LongBits(m.bucketStartMs.low >>> 0, m.bucketStartMs.high >>> 0).toNumber() : m.bucketStartMs;
                    }
                    if (m.category != null && $Object.hasOwnProperty.call(m, "category")) {
                        d.category = m.category;
                    }
                    if (m.language != null && $Object.hasOwnProperty.call(m, "language")) {
                        d.language = m.language;
                    }
                    if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                        d.severity = m.severity;
                    }
                    if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.count = typeof m.count === "number" ? $BigInt(m.count) : $util.Long.fromBits(m.count.low >>> 0, m.count.high >>> 0, true).toBigInt();
                        else if (typeof m.count === "number")
                            d.count = o.longs === $String ? $String(m.count) : m.count;
                        else
                            d.count = o.longs === $String ? $util.Long.prototype.toString.call(m.count) : o.longs === $Number ? new $util.LongBits(m.count.low >>> 0, m.count.high >>> 0).toNumber(true) : m.count;
                    }
                    return d;
                };

                /**
                 * Converts this RollupRow to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RollupRow.prototype.toJSON = function() {
                    return RollupRow.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RollupRow
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.RollupRow
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RollupRow.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.RollupRow";
                };

                return RollupRow;
            })();

            v1.Rollup = (function() {

                /**
                 * Properties of a Rollup.
                 * @typedef {Object} continuum.analyzer.v1.Rollup.$Properties
                 * @property {number|null} [bucketMs] Rollup bucketMs
                 * @property {Array.<continuum.analyzer.v1.RollupRow.$Properties>|null} [rows] Rollup rows
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Rollup.
                 * @memberof continuum.analyzer.v1
                 * @interface IRollup
                 * @augments continuum.analyzer.v1.Rollup.$Properties
                 * @deprecated Use continuum.analyzer.v1.Rollup.$Properties instead.
                 */

                /**
                 * Shape of a Rollup.
                 * @typedef {continuum.analyzer.v1.Rollup.$Properties} continuum.analyzer.v1.Rollup.$Shape
                 */

                /**
                 * Constructs a new Rollup.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a Rollup.
                 * @constructor
                 * @param {continuum.analyzer.v1.Rollup.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Rollup = function (p) {
                    this.rows = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Rollup bucketMs.
                 * @member {number} bucketMs
                 * @memberof continuum.analyzer.v1.Rollup
                 * @instance
                 */
                Rollup.prototype.bucketMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Rollup rows.
                 * @member {Array.<continuum.analyzer.v1.RollupRow.$Properties>} rows
                 * @memberof continuum.analyzer.v1.Rollup
                 * @instance
                 */
                Rollup.prototype.rows = $util.emptyArray;

                /**
                 * Creates a new Rollup instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.Rollup
                 * @static
                 * @param {continuum.analyzer.v1.Rollup.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.Rollup} Rollup instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.Rollup.$Shape): continuum.analyzer.v1.Rollup & continuum.analyzer.v1.Rollup.$Shape;
                 *   (properties?: continuum.analyzer.v1.Rollup.$Properties): continuum.analyzer.v1.Rollup;
                 * }}
                 */
                Rollup.create = function(properties) {
                    return new Rollup(properties);
                };

                /**
                 * Encodes the specified Rollup message. Does not implicitly {@link continuum.analyzer.v1.Rollup.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.Rollup
                 * @static
                 * @param {continuum.analyzer.v1.Rollup.$Properties} m Rollup message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Rollup.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.bucketMs != null && $Object.hasOwnProperty.call(m, "bucketMs") && (typeof m.bucketMs === "object" ? m.bucketMs.low || m.bucketMs.high : m.bucketMs !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).int64(m.bucketMs);
                    if (m.rows != null && m.rows.length) {
                        for (var i = 0; i < m.rows.length; ++i)
                            $root.continuum.analyzer.v1.RollupRow.encode(m.rows[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Rollup message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.Rollup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.Rollup & continuum.analyzer.v1.Rollup.$Shape} Rollup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Rollup.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.Rollup();
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
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.bucketMs = v;
                                else
                                    delete m.bucketMs;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.rows && m.rows.length))
                                    m.rows = [];
                                m.rows.push($root.continuum.analyzer.v1.RollupRow.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a Rollup message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.Rollup
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.Rollup} Rollup
                 */
                Rollup.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.Rollup)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.Rollup: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.Rollup();
                    if (d.bucketMs != null) {
                        if (typeof d.bucketMs === "object" ? d.bucketMs.low || d.bucketMs.high : $Number(d.bucketMs) !== 0) {
                            if ($util.Long)
                                m.bucketMs = $util.Long.fromValue(d.bucketMs, false);
                            else if (typeof d.bucketMs === "string")
                                m.bucketMs = $parseInt(d.bucketMs, 10);
                            else if (typeof d.bucketMs === "number")
                                m.bucketMs = d.bucketMs;
                            else if (typeof d.bucketMs === "object")
                                m.bucketMs = new $util.LongBits(d.bucketMs.low >>> 0, d.bucketMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.rows) {
                        if (!$Array.isArray(d.rows))
                            throw $TypeError(".continuum.analyzer.v1.Rollup.rows: array expected");
                        m.rows = $Array(d.rows.length);
                        for (var i = 0; i < d.rows.length; ++i) {
                            if (!$util.isObject(d.rows[i]))
                                throw $TypeError(".continuum.analyzer.v1.Rollup.rows: object expected");
                            m.rows[i] = $root.continuum.analyzer.v1.RollupRow.fromObject(d.rows[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Rollup message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.Rollup
                 * @static
                 * @param {continuum.analyzer.v1.Rollup} m Rollup
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Rollup.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.rows = [];
                    }
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.bucketMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.bucketMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.bucketMs != null && $Object.hasOwnProperty.call(m, "bucketMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.bucketMs = typeof m.bucketMs === "number" ? $BigInt(m.bucketMs) : $util.Long.fromBits(m.bucketMs.low >>> 0, m.bucketMs.high >>> 0, false).toBigInt();
                        else if (typeof m.bucketMs === "number")
                            d.bucketMs = o.longs === $String ? $String(m.bucketMs) : m.bucketMs;
                        else
                            d.bucketMs = o.longs === $String ? $util.Long.prototype.toString.call(m.bucketMs) : o.longs === $Number ? new $util.LongBits(m.bucketMs.low >>> 0, m.bucketMs.high >>> 0).toNumber() : m.bucketMs;
                    }
                    if (m.rows && m.rows.length) {
                        d.rows = $Array(m.rows.length);
                        for (var j = 0; j < m.rows.length; ++j) {
                            d.rows[j] = $root.continuum.analyzer.v1.RollupRow.toObject(m.rows[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Rollup to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.Rollup
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Rollup.prototype.toJSON = function() {
                    return Rollup.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Rollup
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.Rollup
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Rollup.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.Rollup";
                };

                return Rollup;
            })();

            v1.HashtagSketch = (function() {

                /**
                 * Properties of a HashtagSketch.
                 * @typedef {Object} continuum.analyzer.v1.HashtagSketch.$Properties
                 * @property {number|null} [width] HashtagSketch width
                 * @property {number|null} [depth] HashtagSketch depth
                 * @property {number|null} [candidateCount] HashtagSketch candidateCount
                 * @property {Array.<number>|null} [counters] HashtagSketch counters
                 * @property {Array.<string>|null} [candidates] HashtagSketch candidates
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HashtagSketch.
                 * @memberof continuum.analyzer.v1
                 * @interface IHashtagSketch
                 * @augments continuum.analyzer.v1.HashtagSketch.$Properties
                 * @deprecated Use continuum.analyzer.v1.HashtagSketch.$Properties instead.
                 */

                /**
                 * Shape of a HashtagSketch.
                 * @typedef {continuum.analyzer.v1.HashtagSketch.$Properties} continuum.analyzer.v1.HashtagSketch.$Shape
                 */

                /**
                 * Constructs a new HashtagSketch.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a HashtagSketch.
                 * @constructor
                 * @param {continuum.analyzer.v1.HashtagSketch.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HashtagSketch = function (p) {
                    this.counters = [];
                    this.candidates = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * HashtagSketch width.
                 * @member {number} width
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @instance
                 */
                HashtagSketch.prototype.width = 0;

                /**
                 * HashtagSketch depth.
                 * @member {number} depth
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @instance
                 */
                HashtagSketch.prototype.depth = 0;

                /**
                 * HashtagSketch candidateCount.
                 * @member {number} candidateCount
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @instance
                 */
                HashtagSketch.prototype.candidateCount = 0;

                /**
                 * HashtagSketch counters.
                 * @member {Array.<number>} counters
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @instance
                 */
                HashtagSketch.prototype.counters = $util.emptyArray;

                /**
                 * HashtagSketch candidates.
                 * @member {Array.<string>} candidates
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @instance
                 */
                HashtagSketch.prototype.candidates = $util.emptyArray;

                /**
                 * Creates a new HashtagSketch instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @static
                 * @param {continuum.analyzer.v1.HashtagSketch.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.HashtagSketch} HashtagSketch instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.HashtagSketch.$Shape): continuum.analyzer.v1.HashtagSketch & continuum.analyzer.v1.HashtagSketch.$Shape;
                 *   (properties?: continuum.analyzer.v1.HashtagSketch.$Properties): continuum.analyzer.v1.HashtagSketch;
                 * }}
                 */
                HashtagSketch.create = function(properties) {
                    return new HashtagSketch(properties);
                };

                /**
                 * Encodes the specified HashtagSketch message. Does not implicitly {@link continuum.analyzer.v1.HashtagSketch.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @static
                 * @param {continuum.analyzer.v1.HashtagSketch.$Properties} m HashtagSketch message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HashtagSketch.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.width != null && $Object.hasOwnProperty.call(m, "width") && m.width !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.width);
                    if (m.depth != null && $Object.hasOwnProperty.call(m, "depth") && m.depth !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.depth);
                    if (m.candidateCount != null && $Object.hasOwnProperty.call(m, "candidateCount") && m.candidateCount !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.candidateCount);
                    if (m.counters != null && m.counters.length) {
                        w.uint32(/* id 4, wireType 2 =*/34).uint32s(m.counters);
                    }
                    if (m.candidates != null && m.candidates.length) {
                        for (var i = 0; i < m.candidates.length; ++i)
                            w.uint32(/* id 5, wireType 2 =*/42).string(m.candidates[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a HashtagSketch message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.HashtagSketch & continuum.analyzer.v1.HashtagSketch.$Shape} HashtagSketch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HashtagSketch.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.HashtagSketch();
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
                                    m.width = v;
                                else
                                    delete m.width;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.depth = v;
                                else
                                    delete m.depth;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.candidateCount = v;
                                else
                                    delete m.candidateCount;
                                continue;
                            }
                        case 4: {
                                if (u === 2) {
                                    if (!(m.counters && m.counters.length))
                                        m.counters = [];
                                    r.uint32s(m.counters);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.counters && m.counters.length))
                                    m.counters = [];
                                m.counters.push(r.uint32());
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if (!(m.candidates && m.candidates.length))
                                    m.candidates = [];
                                m.candidates.push(r.stringVerify());
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
                 * Creates a HashtagSketch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.HashtagSketch} HashtagSketch
                 */
                HashtagSketch.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.HashtagSketch)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.HashtagSketch: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.HashtagSketch();
                    if (d.width != null) {
                        if ($Number(d.width) !== 0) {
                            m.width = d.width >>> 0;
                        }
                    }
                    if (d.depth != null) {
                        if ($Number(d.depth) !== 0) {
                            m.depth = d.depth >>> 0;
                        }
                    }
                    if (d.candidateCount != null) {
                        if ($Number(d.candidateCount) !== 0) {
                            m.candidateCount = d.candidateCount >>> 0;
                        }
                    }
                    if (d.counters) {
                        if (!$Array.isArray(d.counters))
                            throw $TypeError(".continuum.analyzer.v1.HashtagSketch.counters: array expected");
                        m.counters = $Array(d.counters.length);
                        for (var i = 0; i < d.counters.length; ++i) {
                            m.counters[i] = d.counters[i] >>> 0;
                        }
                    }
                    if (d.candidates) {
                        if (!$Array.isArray(d.candidates))
                            throw $TypeError(".continuum.analyzer.v1.HashtagSketch.candidates: array expected");
                        m.candidates = $Array(d.candidates.length);
                        for (var i = 0; i < d.candidates.length; ++i) {
                            m.candidates[i] = $String(d.candidates[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a HashtagSketch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @static
                 * @param {continuum.analyzer.v1.HashtagSketch} m HashtagSketch
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HashtagSketch.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.counters = [];
                        d.candidates = [];
                    }
                    if (o.defaults) {
                        d.width = 0;
                        d.depth = 0;
                        d.candidateCount = 0;
                    }
                    if (m.width != null && $Object.hasOwnProperty.call(m, "width")) {
                        d.width = m.width;
                    }
                    if (m.depth != null && $Object.hasOwnProperty.call(m, "depth")) {
                        d.depth = m.depth;
                    }
                    if (m.candidateCount != null && $Object.hasOwnProperty.call(m, "candidateCount")) {
                        d.candidateCount = m.candidateCount;
                    }
                    if (m.counters && m.counters.length) {
                        d.counters = $Array(m.counters.length);
                        for (var j = 0; j < m.counters.length; ++j) {
                            d.counters[j] = m.counters[j];
                        }
                    }
                    if (m.candidates && m.candidates.length) {
                        d.candidates = $Array(m.candidates.length);
                        for (var j = 0; j < m.candidates.length; ++j) {
                            d.candidates[j] = m.candidates[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this HashtagSketch to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HashtagSketch.prototype.toJSON = function() {
                    return HashtagSketch.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HashtagSketch
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.HashtagSketch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HashtagSketch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.HashtagSketch";
                };

                return HashtagSketch;
            })();

            v1.SignatureReport = (function() {

                /**
                 * Properties of a SignatureReport.
                 * @typedef {Object} continuum.analyzer.v1.SignatureReport.$Properties
                 * @property {string|null} [child] SignatureReport child
                 * @property {string|null} [id] SignatureReport id
                 * @property {continuum.analyzer.v1.Signatures.$Properties|null} [signatures] SignatureReport signatures
                 * @property {number|null} [firstSeenMs] SignatureReport firstSeenMs
                 * @property {number|null} [lastSeenMs] SignatureReport lastSeenMs
                 * @property {number|null} [volume] SignatureReport volume
                 * @property {string|null} [severity] SignatureReport severity
                 * @property {Array.<string>|null} [origins] SignatureReport origins
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignatureReport.
                 * @memberof continuum.analyzer.v1
                 * @interface ISignatureReport
                 * @augments continuum.analyzer.v1.SignatureReport.$Properties
                 * @deprecated Use continuum.analyzer.v1.SignatureReport.$Properties instead.
                 */

                /**
                 * Shape of a SignatureReport.
                 * @typedef {continuum.analyzer.v1.SignatureReport.$Properties} continuum.analyzer.v1.SignatureReport.$Shape
                 */

                /**
                 * Constructs a new SignatureReport.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a SignatureReport.
                 * @constructor
                 * @param {continuum.analyzer.v1.SignatureReport.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignatureReport = function (p) {
                    this.origins = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SignatureReport child.
                 * @member {string} child
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @instance
                 */
                SignatureReport.prototype.child = "";

                /**
                 * SignatureReport id.
                 * @member {string} id
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @instance
                 */
                SignatureReport.prototype.id = "";

                /**
                 * SignatureReport signatures.
                 * @member {continuum.analyzer.v1.Signatures.$Properties|null|undefined} signatures
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @instance
                 */
                SignatureReport.prototype.signatures = null;

                /**
                 * SignatureReport firstSeenMs.
                 * @member {number} firstSeenMs
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @instance
                 */
                SignatureReport.prototype.firstSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * SignatureReport lastSeenMs.
                 * @member {number} lastSeenMs
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @instance
                 */
                SignatureReport.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * SignatureReport volume.
                 * @member {number} volume
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @instance
                 */
                SignatureReport.prototype.volume = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SignatureReport severity.
                 * @member {string} severity
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @instance
                 */
                SignatureReport.prototype.severity = "";

                /**
                 * SignatureReport origins.
                 * @member {Array.<string>} origins
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @instance
                 */
                SignatureReport.prototype.origins = $util.emptyArray;

                /**
                 * Creates a new SignatureReport instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @static
                 * @param {continuum.analyzer.v1.SignatureReport.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.SignatureReport} SignatureReport instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.SignatureReport.$Shape): continuum.analyzer.v1.SignatureReport & continuum.analyzer.v1.SignatureReport.$Shape;
                 *   (properties?: continuum.analyzer.v1.SignatureReport.$Properties): continuum.analyzer.v1.SignatureReport;
                 * }}
                 */
                SignatureReport.create = function(properties) {
                    return new SignatureReport(properties);
                };

                /**
                 * Encodes the specified SignatureReport message. Does not implicitly {@link continuum.analyzer.v1.SignatureReport.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @static
                 * @param {continuum.analyzer.v1.SignatureReport.$Properties} m SignatureReport message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignatureReport.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.child != null && $Object.hasOwnProperty.call(m, "child") && m.child !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.child);
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.id);
                    if (m.signatures != null && $Object.hasOwnProperty.call(m, "signatures"))
                        $root.continuum.analyzer.v1.Signatures.encode(m.signatures, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.firstSeenMs != null && $Object.hasOwnProperty.call(m, "firstSeenMs") && (typeof m.firstSeenMs === "object" ? m.firstSeenMs.low || m.firstSeenMs.high : m.firstSeenMs !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).int64(m.firstSeenMs);
                    if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs") && (typeof m.lastSeenMs === "object" ? m.lastSeenMs.low || m.lastSeenMs.high : m.lastSeenMs !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).int64(m.lastSeenMs);
                    if (m.volume != null && $Object.hasOwnProperty.call(m, "volume") && (typeof m.volume === "object" ? m.volume.low || m.volume.high : m.volume !== 0))
                        w.uint32(/* id 6, wireType 0 =*/48).uint64(m.volume);
                    if (m.severity != null && $Object.hasOwnProperty.call(m, "severity") && m.severity !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.severity);
                    if (m.origins != null && m.origins.length) {
                        for (var i = 0; i < m.origins.length; ++i)
                            w.uint32(/* id 8, wireType 2 =*/66).string(m.origins[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SignatureReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.SignatureReport & continuum.analyzer.v1.SignatureReport.$Shape} SignatureReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignatureReport.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.SignatureReport();
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
                                    m.child = v;
                                else
                                    delete m.child;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.signatures = $root.continuum.analyzer.v1.Signatures.decode(r, r.size(), $undefined, q + 1, m.signatures);
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.firstSeenMs = v;
                                else
                                    delete m.firstSeenMs;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.lastSeenMs = v;
                                else
                                    delete m.lastSeenMs;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.volume = v;
                                else
                                    delete m.volume;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.severity = v;
                                else
                                    delete m.severity;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if (!(m.origins && m.origins.length))
                                    m.origins = [];
                                m.origins.push(r.stringVerify());
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
                 * Creates a SignatureReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.SignatureReport} SignatureReport
                 */
                SignatureReport.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.SignatureReport)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.SignatureReport: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.SignatureReport();
                    if (d.child != null) {
                        if (typeof d.child !== "string" || d.child.length) {
                            m.child = $String(d.child);
                        }
                    }
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.signatures != null) {
                        if (!$util.isObject(d.signatures))
                            throw $TypeError(".continuum.analyzer.v1.SignatureReport.signatures: object expected");
                        m.signatures = $root.continuum.analyzer.v1.Signatures.fromObject(d.signatures, q + 1);
                    }
                    if (d.firstSeenMs != null) {
                        if (typeof d.firstSeenMs === "object" ? d.firstSeenMs.low || d.firstSeenMs.high : $Number(d.firstSeenMs) !== 0) {
                            if ($util.Long)
                                m.firstSeenMs = $util.Long.fromValue(d.firstSeenMs, false);
                            else if (typeof d.firstSeenMs === "string")
                                m.firstSeenMs = $parseInt(d.firstSeenMs, 10);
                            else if (typeof d.firstSeenMs === "number")
                                m.firstSeenMs = d.firstSeenMs;
                            else if (typeof d.firstSeenMs === "object")
                                m.firstSeenMs = new $util.LongBits(d.firstSeenMs.low >>> 0, d.firstSeenMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.lastSeenMs != null) {
                        if (typeof d.lastSeenMs === "object" ? d.lastSeenMs.low || d.lastSeenMs.high : $Number(d.lastSeenMs) !== 0) {
                            if ($util.Long)
                                m.lastSeenMs = $util.Long.fromValue(d.lastSeenMs, false);
                            else if (typeof d.lastSeenMs === "string")
                                m.lastSeenMs = $parseInt(d.lastSeenMs, 10);
                            else if (typeof d.lastSeenMs === "number")
                                m.lastSeenMs = d.lastSeenMs;
                            else if (typeof d.lastSeenMs === "object")
                                m.lastSeenMs = new $util.LongBits(d.lastSeenMs.low >>> 0, d.lastSeenMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.volume != null) {
                        if (typeof d.volume === "object" ? d.volume.low || d.volume.high : $Number(d.volume) !== 0) {
                            if ($util.Long)
                                m.volume = $util.Long.fromValue(d.volume, true);
                            else if (typeof d.volume === "string")
                                m.volume = $parseInt(d.volume, 10);
                            else if (typeof d.volume === "number")
                                m.volume = d.volume;
                            else if (typeof d.volume === "object")
                                m.volume = new $util.LongBits(d.volume.low >>> 0, d.volume.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.severity != null) {
                        if (typeof d.severity !== "string" || d.severity.length) {
                            m.severity = $String(d.severity);
                        }
                    }
                    if (d.origins) {
                        if (!$Array.isArray(d.origins))
                            throw $TypeError(".continuum.analyzer.v1.SignatureReport.origins: array expected");
                        m.origins = $Array(d.origins.length);
                        for (var i = 0; i < d.origins.length; ++i) {
                            m.origins[i] = $String(d.origins[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SignatureReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @static
                 * @param {continuum.analyzer.v1.SignatureReport} m SignatureReport
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SignatureReport.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.origins = [];
                    }
                    if (o.defaults) {
                        d.child = "";
                        d.id = "";
                        d.signatures = null;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.firstSeenMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.firstSeenMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.lastSeenMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.lastSeenMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.volume = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.volume = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.severity = "";
                    }
                    if (m.child != null && $Object.hasOwnProperty.call(m, "child")) {
                        d.child = m.child;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.signatures != null && $Object.hasOwnProperty.call(m, "signatures")) {
                        d.signatures = $root.continuum.analyzer.v1.Signatures.toObject(m.signatures, o, q + 1);
                    }
                    if (m.firstSeenMs != null && $Object.hasOwnProperty.call(m, "firstSeenMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.firstSeenMs = typeof m.firstSeenMs === "number" ? $BigInt(m.firstSeenMs) : $util.Long.fromBits(m.firstSeenMs.low >>> 0, m.firstSeenMs.high >>> 0, false).toBigInt();
                        else if (typeof m.firstSeenMs === "number")
                            d.firstSeenMs = o.longs === $String ? $String(m.firstSeenMs) : m.firstSeenMs;
                        else
                            d.firstSeenMs = o.longs === $String ? $util.Long.prototype.toString.call(m.firstSeenMs) : o.longs === $Number ? new $util.LongBits(m.firstSeenMs.low >>> 0, m.firstSeenMs.high >>> 0).toNumber() : m.firstSeenMs;
                    }
                    if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.lastSeenMs = typeof m.lastSeenMs === "number" ? $BigInt(m.lastSeenMs) : $util.Long.fromBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0, false).toBigInt();
                        else if (typeof m.lastSeenMs === "number")
                            d.lastSeenMs = o.longs === $String ? $String(m.lastSeenMs) : m.lastSeenMs;
                        else
                            d.lastSeenMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSeenMs) : o.longs === $Number ? new $util.LongBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0).toNumber() : m.lastSeenMs;
                    }
                    if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.volume = typeof m.volume === "number" ? $BigInt(m.volume) : $util.Long.fromBits(m.volume.low >>> 0, m.volume.high >>> 0, true).toBigInt();
                        else if (typeof m.volume === "number")
                            d.volume = o.longs === $String ? $String(m.volume) : m.volume;
                        else
                            d.volume = o.longs === $String ? $util.Long.prototype.toString.call(m.volume) : o.longs === $Number ? new $util.LongBits(m.volume.low >>> 0, m.volume.high >>> 0).toNumber(true) : m.volume;
                    }
                    if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                        d.severity = m.severity;
                    }
                    if (m.origins && m.origins.length) {
                        d.origins = $Array(m.origins.length);
                        for (var j = 0; j < m.origins.length; ++j) {
                            d.origins[j] = m.origins[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this SignatureReport to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SignatureReport.prototype.toJSON = function() {
                    return SignatureReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SignatureReport
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.SignatureReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SignatureReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.SignatureReport";
                };

                return SignatureReport;
            })();

            v1.SignatureReports = (function() {

                /**
                 * Properties of a SignatureReports.
                 * @typedef {Object} continuum.analyzer.v1.SignatureReports.$Properties
                 * @property {Array.<continuum.analyzer.v1.SignatureReport.$Properties>|null} [reports] SignatureReports reports
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignatureReports.
                 * @memberof continuum.analyzer.v1
                 * @interface ISignatureReports
                 * @augments continuum.analyzer.v1.SignatureReports.$Properties
                 * @deprecated Use continuum.analyzer.v1.SignatureReports.$Properties instead.
                 */

                /**
                 * Shape of a SignatureReports.
                 * @typedef {continuum.analyzer.v1.SignatureReports.$Properties} continuum.analyzer.v1.SignatureReports.$Shape
                 */

                /**
                 * Constructs a new SignatureReports.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a SignatureReports.
                 * @constructor
                 * @param {continuum.analyzer.v1.SignatureReports.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignatureReports = function (p) {
                    this.reports = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SignatureReports reports.
                 * @member {Array.<continuum.analyzer.v1.SignatureReport.$Properties>} reports
                 * @memberof continuum.analyzer.v1.SignatureReports
                 * @instance
                 */
                SignatureReports.prototype.reports = $util.emptyArray;

                /**
                 * Creates a new SignatureReports instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.SignatureReports
                 * @static
                 * @param {continuum.analyzer.v1.SignatureReports.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.SignatureReports} SignatureReports instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.SignatureReports.$Shape): continuum.analyzer.v1.SignatureReports & continuum.analyzer.v1.SignatureReports.$Shape;
                 *   (properties?: continuum.analyzer.v1.SignatureReports.$Properties): continuum.analyzer.v1.SignatureReports;
                 * }}
                 */
                SignatureReports.create = function(properties) {
                    return new SignatureReports(properties);
                };

                /**
                 * Encodes the specified SignatureReports message. Does not implicitly {@link continuum.analyzer.v1.SignatureReports.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.SignatureReports
                 * @static
                 * @param {continuum.analyzer.v1.SignatureReports.$Properties} m SignatureReports message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignatureReports.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.reports != null && m.reports.length) {
                        for (var i = 0; i < m.reports.length; ++i)
                            $root.continuum.analyzer.v1.SignatureReport.encode(m.reports[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SignatureReports message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.SignatureReports
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.SignatureReports & continuum.analyzer.v1.SignatureReports.$Shape} SignatureReports
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignatureReports.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.SignatureReports();
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
                                if (!(m.reports && m.reports.length))
                                    m.reports = [];
                                m.reports.push($root.continuum.analyzer.v1.SignatureReport.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a SignatureReports message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.SignatureReports
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.SignatureReports} SignatureReports
                 */
                SignatureReports.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.SignatureReports)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.SignatureReports: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.SignatureReports();
                    if (d.reports) {
                        if (!$Array.isArray(d.reports))
                            throw $TypeError(".continuum.analyzer.v1.SignatureReports.reports: array expected");
                        m.reports = $Array(d.reports.length);
                        for (var i = 0; i < d.reports.length; ++i) {
                            if (!$util.isObject(d.reports[i]))
                                throw $TypeError(".continuum.analyzer.v1.SignatureReports.reports: object expected");
                            m.reports[i] = $root.continuum.analyzer.v1.SignatureReport.fromObject(d.reports[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SignatureReports message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.SignatureReports
                 * @static
                 * @param {continuum.analyzer.v1.SignatureReports} m SignatureReports
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SignatureReports.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.reports = [];
                    }
                    if (m.reports && m.reports.length) {
                        d.reports = $Array(m.reports.length);
                        for (var j = 0; j < m.reports.length; ++j) {
                            d.reports[j] = $root.continuum.analyzer.v1.SignatureReport.toObject(m.reports[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this SignatureReports to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.SignatureReports
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SignatureReports.prototype.toJSON = function() {
                    return SignatureReports.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SignatureReports
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.SignatureReports
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SignatureReports.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.SignatureReports";
                };

                return SignatureReports;
            })();

            v1.Campaign = (function() {

                /**
                 * Properties of a Campaign.
                 * @typedef {Object} continuum.analyzer.v1.Campaign.$Properties
                 * @property {string|null} [id] Campaign id
                 * @property {continuum.analyzer.v1.Signatures.$Properties|null} [signatures] Campaign signatures
                 * @property {Array.<string>|null} [nodes] Campaign nodes
                 * @property {Array.<string>|null} [origins] Campaign origins
                 * @property {number|null} [firstSeenMs] Campaign firstSeenMs
                 * @property {number|null} [lastSeenMs] Campaign lastSeenMs
                 * @property {number|null} [volume] Campaign volume
                 * @property {string|null} [severity] Campaign severity
                 * @property {number|null} [peakNodesInWindow] Campaign peakNodesInWindow
                 * @property {number|null} [reportCount] Campaign reportCount
                 * @property {string|null} [representative] Campaign representative
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Campaign.
                 * @memberof continuum.analyzer.v1
                 * @interface ICampaign
                 * @augments continuum.analyzer.v1.Campaign.$Properties
                 * @deprecated Use continuum.analyzer.v1.Campaign.$Properties instead.
                 */

                /**
                 * Shape of a Campaign.
                 * @typedef {continuum.analyzer.v1.Campaign.$Properties} continuum.analyzer.v1.Campaign.$Shape
                 */

                /**
                 * Constructs a new Campaign.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a Campaign.
                 * @constructor
                 * @param {continuum.analyzer.v1.Campaign.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Campaign = function (p) {
                    this.nodes = [];
                    this.origins = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Campaign id.
                 * @member {string} id
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.id = "";

                /**
                 * Campaign signatures.
                 * @member {continuum.analyzer.v1.Signatures.$Properties|null|undefined} signatures
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.signatures = null;

                /**
                 * Campaign nodes.
                 * @member {Array.<string>} nodes
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.nodes = $util.emptyArray;

                /**
                 * Campaign origins.
                 * @member {Array.<string>} origins
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.origins = $util.emptyArray;

                /**
                 * Campaign firstSeenMs.
                 * @member {number} firstSeenMs
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.firstSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Campaign lastSeenMs.
                 * @member {number} lastSeenMs
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Campaign volume.
                 * @member {number} volume
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.volume = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Campaign severity.
                 * @member {string} severity
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.severity = "";

                /**
                 * Campaign peakNodesInWindow.
                 * @member {number} peakNodesInWindow
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.peakNodesInWindow = 0;

                /**
                 * Campaign reportCount.
                 * @member {number} reportCount
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.reportCount = 0;

                /**
                 * Campaign representative.
                 * @member {string} representative
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 */
                Campaign.prototype.representative = "";

                /**
                 * Creates a new Campaign instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.Campaign
                 * @static
                 * @param {continuum.analyzer.v1.Campaign.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.Campaign} Campaign instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.Campaign.$Shape): continuum.analyzer.v1.Campaign & continuum.analyzer.v1.Campaign.$Shape;
                 *   (properties?: continuum.analyzer.v1.Campaign.$Properties): continuum.analyzer.v1.Campaign;
                 * }}
                 */
                Campaign.create = function(properties) {
                    return new Campaign(properties);
                };

                /**
                 * Encodes the specified Campaign message. Does not implicitly {@link continuum.analyzer.v1.Campaign.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.Campaign
                 * @static
                 * @param {continuum.analyzer.v1.Campaign.$Properties} m Campaign message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Campaign.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.signatures != null && $Object.hasOwnProperty.call(m, "signatures"))
                        $root.continuum.analyzer.v1.Signatures.encode(m.signatures, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.nodes != null && m.nodes.length) {
                        for (var i = 0; i < m.nodes.length; ++i)
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.nodes[i]);
                    }
                    if (m.origins != null && m.origins.length) {
                        for (var i = 0; i < m.origins.length; ++i)
                            w.uint32(/* id 4, wireType 2 =*/34).string(m.origins[i]);
                    }
                    if (m.firstSeenMs != null && $Object.hasOwnProperty.call(m, "firstSeenMs") && (typeof m.firstSeenMs === "object" ? m.firstSeenMs.low || m.firstSeenMs.high : m.firstSeenMs !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).int64(m.firstSeenMs);
                    if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs") && (typeof m.lastSeenMs === "object" ? m.lastSeenMs.low || m.lastSeenMs.high : m.lastSeenMs !== 0))
                        w.uint32(/* id 6, wireType 0 =*/48).int64(m.lastSeenMs);
                    if (m.volume != null && $Object.hasOwnProperty.call(m, "volume") && (typeof m.volume === "object" ? m.volume.low || m.volume.high : m.volume !== 0))
                        w.uint32(/* id 7, wireType 0 =*/56).uint64(m.volume);
                    if (m.severity != null && $Object.hasOwnProperty.call(m, "severity") && m.severity !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.severity);
                    if (m.peakNodesInWindow != null && $Object.hasOwnProperty.call(m, "peakNodesInWindow") && m.peakNodesInWindow !== 0)
                        w.uint32(/* id 9, wireType 0 =*/72).uint32(m.peakNodesInWindow);
                    if (m.reportCount != null && $Object.hasOwnProperty.call(m, "reportCount") && m.reportCount !== 0)
                        w.uint32(/* id 10, wireType 0 =*/80).uint32(m.reportCount);
                    if (m.representative != null && $Object.hasOwnProperty.call(m, "representative") && m.representative !== "")
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.representative);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Campaign message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.Campaign
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.Campaign & continuum.analyzer.v1.Campaign.$Shape} Campaign
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Campaign.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.Campaign();
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
                                m.signatures = $root.continuum.analyzer.v1.Signatures.decode(r, r.size(), $undefined, q + 1, m.signatures);
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.nodes && m.nodes.length))
                                    m.nodes = [];
                                m.nodes.push(r.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.origins && m.origins.length))
                                    m.origins = [];
                                m.origins.push(r.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.firstSeenMs = v;
                                else
                                    delete m.firstSeenMs;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.lastSeenMs = v;
                                else
                                    delete m.lastSeenMs;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.volume = v;
                                else
                                    delete m.volume;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.severity = v;
                                else
                                    delete m.severity;
                                continue;
                            }
                        case 9: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.peakNodesInWindow = v;
                                else
                                    delete m.peakNodesInWindow;
                                continue;
                            }
                        case 10: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.reportCount = v;
                                else
                                    delete m.reportCount;
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.representative = v;
                                else
                                    delete m.representative;
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
                 * Creates a Campaign message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.Campaign
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.Campaign} Campaign
                 */
                Campaign.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.Campaign)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.Campaign: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.Campaign();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.signatures != null) {
                        if (!$util.isObject(d.signatures))
                            throw $TypeError(".continuum.analyzer.v1.Campaign.signatures: object expected");
                        m.signatures = $root.continuum.analyzer.v1.Signatures.fromObject(d.signatures, q + 1);
                    }
                    if (d.nodes) {
                        if (!$Array.isArray(d.nodes))
                            throw $TypeError(".continuum.analyzer.v1.Campaign.nodes: array expected");
                        m.nodes = $Array(d.nodes.length);
                        for (var i = 0; i < d.nodes.length; ++i) {
                            m.nodes[i] = $String(d.nodes[i]);
                        }
                    }
                    if (d.origins) {
                        if (!$Array.isArray(d.origins))
                            throw $TypeError(".continuum.analyzer.v1.Campaign.origins: array expected");
                        m.origins = $Array(d.origins.length);
                        for (var i = 0; i < d.origins.length; ++i) {
                            m.origins[i] = $String(d.origins[i]);
                        }
                    }
                    if (d.firstSeenMs != null) {
                        if (typeof d.firstSeenMs === "object" ? d.firstSeenMs.low || d.firstSeenMs.high : $Number(d.firstSeenMs) !== 0) {
                            if ($util.Long)
                                m.firstSeenMs = $util.Long.fromValue(d.firstSeenMs, false);
                            else if (typeof d.firstSeenMs === "string")
                                m.firstSeenMs = $parseInt(d.firstSeenMs, 10);
                            else if (typeof d.firstSeenMs === "number")
                                m.firstSeenMs = d.firstSeenMs;
                            else if (typeof d.firstSeenMs === "object")
                                m.firstSeenMs = new $util.LongBits(d.firstSeenMs.low >>> 0, d.firstSeenMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.lastSeenMs != null) {
                        if (typeof d.lastSeenMs === "object" ? d.lastSeenMs.low || d.lastSeenMs.high : $Number(d.lastSeenMs) !== 0) {
                            if ($util.Long)
                                m.lastSeenMs = $util.Long.fromValue(d.lastSeenMs, false);
                            else if (typeof d.lastSeenMs === "string")
                                m.lastSeenMs = $parseInt(d.lastSeenMs, 10);
                            else if (typeof d.lastSeenMs === "number")
                                m.lastSeenMs = d.lastSeenMs;
                            else if (typeof d.lastSeenMs === "object")
                                m.lastSeenMs = new $util.LongBits(d.lastSeenMs.low >>> 0, d.lastSeenMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.volume != null) {
                        if (typeof d.volume === "object" ? d.volume.low || d.volume.high : $Number(d.volume) !== 0) {
                            if ($util.Long)
                                m.volume = $util.Long.fromValue(d.volume, true);
                            else if (typeof d.volume === "string")
                                m.volume = $parseInt(d.volume, 10);
                            else if (typeof d.volume === "number")
                                m.volume = d.volume;
                            else if (typeof d.volume === "object")
                                m.volume = new $util.LongBits(d.volume.low >>> 0, d.volume.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.severity != null) {
                        if (typeof d.severity !== "string" || d.severity.length) {
                            m.severity = $String(d.severity);
                        }
                    }
                    if (d.peakNodesInWindow != null) {
                        if ($Number(d.peakNodesInWindow) !== 0) {
                            m.peakNodesInWindow = d.peakNodesInWindow >>> 0;
                        }
                    }
                    if (d.reportCount != null) {
                        if ($Number(d.reportCount) !== 0) {
                            m.reportCount = d.reportCount >>> 0;
                        }
                    }
                    if (d.representative != null) {
                        if (typeof d.representative !== "string" || d.representative.length) {
                            m.representative = $String(d.representative);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Campaign message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.Campaign
                 * @static
                 * @param {continuum.analyzer.v1.Campaign} m Campaign
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Campaign.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.nodes = [];
                        d.origins = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.signatures = null;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.firstSeenMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.firstSeenMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.lastSeenMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.lastSeenMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.volume = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.volume = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.severity = "";
                        d.peakNodesInWindow = 0;
                        d.reportCount = 0;
                        d.representative = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.signatures != null && $Object.hasOwnProperty.call(m, "signatures")) {
                        d.signatures = $root.continuum.analyzer.v1.Signatures.toObject(m.signatures, o, q + 1);
                    }
                    if (m.nodes && m.nodes.length) {
                        d.nodes = $Array(m.nodes.length);
                        for (var j = 0; j < m.nodes.length; ++j) {
                            d.nodes[j] = m.nodes[j];
                        }
                    }
                    if (m.origins && m.origins.length) {
                        d.origins = $Array(m.origins.length);
                        for (var j = 0; j < m.origins.length; ++j) {
                            d.origins[j] = m.origins[j];
                        }
                    }
                    if (m.firstSeenMs != null && $Object.hasOwnProperty.call(m, "firstSeenMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.firstSeenMs = typeof m.firstSeenMs === "number" ? $BigInt(m.firstSeenMs) : $util.Long.fromBits(m.firstSeenMs.low >>> 0, m.firstSeenMs.high >>> 0, false).toBigInt();
                        else if (typeof m.firstSeenMs === "number")
                            d.firstSeenMs = o.longs === $String ? $String(m.firstSeenMs) : m.firstSeenMs;
                        else
                            d.firstSeenMs = o.longs === $String ? $util.Long.prototype.toString.call(m.firstSeenMs) : o.longs === $Number ? new $util.LongBits(m.firstSeenMs.low >>> 0, m.firstSeenMs.high >>> 0).toNumber() : m.firstSeenMs;
                    }
                    if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.lastSeenMs = typeof m.lastSeenMs === "number" ? $BigInt(m.lastSeenMs) : $util.Long.fromBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0, false).toBigInt();
                        else if (typeof m.lastSeenMs === "number")
                            d.lastSeenMs = o.longs === $String ? $String(m.lastSeenMs) : m.lastSeenMs;
                        else
                            d.lastSeenMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSeenMs) : o.longs === $Number ? new $util.LongBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0).toNumber() : m.lastSeenMs;
                    }
                    if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.volume = typeof m.volume === "number" ? $BigInt(m.volume) : $util.Long.fromBits(m.volume.low >>> 0, m.volume.high >>> 0, true).toBigInt();
                        else if (typeof m.volume === "number")
                            d.volume = o.longs === $String ? $String(m.volume) : m.volume;
                        else
                            d.volume = o.longs === $String ? $util.Long.prototype.toString.call(m.volume) : o.longs === $Number ? new $util.LongBits(m.volume.low >>> 0, m.volume.high >>> 0).toNumber(true) : m.volume;
                    }
                    if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                        d.severity = m.severity;
                    }
                    if (m.peakNodesInWindow != null && $Object.hasOwnProperty.call(m, "peakNodesInWindow")) {
                        d.peakNodesInWindow = m.peakNodesInWindow;
                    }
                    if (m.reportCount != null && $Object.hasOwnProperty.call(m, "reportCount")) {
                        d.reportCount = m.reportCount;
                    }
                    if (m.representative != null && $Object.hasOwnProperty.call(m, "representative")) {
                        d.representative = m.representative;
                    }
                    return d;
                };

                /**
                 * Converts this Campaign to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.Campaign
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Campaign.prototype.toJSON = function() {
                    return Campaign.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Campaign
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.Campaign
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Campaign.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.Campaign";
                };

                return Campaign;
            })();

            v1.Campaigns = (function() {

                /**
                 * Properties of a Campaigns.
                 * @typedef {Object} continuum.analyzer.v1.Campaigns.$Properties
                 * @property {Array.<continuum.analyzer.v1.Campaign.$Properties>|null} [campaigns] Campaigns campaigns
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Campaigns.
                 * @memberof continuum.analyzer.v1
                 * @interface ICampaigns
                 * @augments continuum.analyzer.v1.Campaigns.$Properties
                 * @deprecated Use continuum.analyzer.v1.Campaigns.$Properties instead.
                 */

                /**
                 * Shape of a Campaigns.
                 * @typedef {continuum.analyzer.v1.Campaigns.$Properties} continuum.analyzer.v1.Campaigns.$Shape
                 */

                /**
                 * Constructs a new Campaigns.
                 * @memberof continuum.analyzer.v1
                 * @classdesc Represents a Campaigns.
                 * @constructor
                 * @param {continuum.analyzer.v1.Campaigns.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Campaigns = function (p) {
                    this.campaigns = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Campaigns campaigns.
                 * @member {Array.<continuum.analyzer.v1.Campaign.$Properties>} campaigns
                 * @memberof continuum.analyzer.v1.Campaigns
                 * @instance
                 */
                Campaigns.prototype.campaigns = $util.emptyArray;

                /**
                 * Creates a new Campaigns instance using the specified properties.
                 * @function create
                 * @memberof continuum.analyzer.v1.Campaigns
                 * @static
                 * @param {continuum.analyzer.v1.Campaigns.$Properties=} [properties] Properties to set
                 * @returns {continuum.analyzer.v1.Campaigns} Campaigns instance
                 * @type {{
                 *   (properties: continuum.analyzer.v1.Campaigns.$Shape): continuum.analyzer.v1.Campaigns & continuum.analyzer.v1.Campaigns.$Shape;
                 *   (properties?: continuum.analyzer.v1.Campaigns.$Properties): continuum.analyzer.v1.Campaigns;
                 * }}
                 */
                Campaigns.create = function(properties) {
                    return new Campaigns(properties);
                };

                /**
                 * Encodes the specified Campaigns message. Does not implicitly {@link continuum.analyzer.v1.Campaigns.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.analyzer.v1.Campaigns
                 * @static
                 * @param {continuum.analyzer.v1.Campaigns.$Properties} m Campaigns message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Campaigns.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.campaigns != null && m.campaigns.length) {
                        for (var i = 0; i < m.campaigns.length; ++i)
                            $root.continuum.analyzer.v1.Campaign.encode(m.campaigns[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Campaigns message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.analyzer.v1.Campaigns
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.analyzer.v1.Campaigns & continuum.analyzer.v1.Campaigns.$Shape} Campaigns
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Campaigns.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.analyzer.v1.Campaigns();
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
                                if (!(m.campaigns && m.campaigns.length))
                                    m.campaigns = [];
                                m.campaigns.push($root.continuum.analyzer.v1.Campaign.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a Campaigns message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.analyzer.v1.Campaigns
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.analyzer.v1.Campaigns} Campaigns
                 */
                Campaigns.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.analyzer.v1.Campaigns)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.analyzer.v1.Campaigns: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.analyzer.v1.Campaigns();
                    if (d.campaigns) {
                        if (!$Array.isArray(d.campaigns))
                            throw $TypeError(".continuum.analyzer.v1.Campaigns.campaigns: array expected");
                        m.campaigns = $Array(d.campaigns.length);
                        for (var i = 0; i < d.campaigns.length; ++i) {
                            if (!$util.isObject(d.campaigns[i]))
                                throw $TypeError(".continuum.analyzer.v1.Campaigns.campaigns: object expected");
                            m.campaigns[i] = $root.continuum.analyzer.v1.Campaign.fromObject(d.campaigns[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Campaigns message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.analyzer.v1.Campaigns
                 * @static
                 * @param {continuum.analyzer.v1.Campaigns} m Campaigns
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Campaigns.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.campaigns = [];
                    }
                    if (m.campaigns && m.campaigns.length) {
                        d.campaigns = $Array(m.campaigns.length);
                        for (var j = 0; j < m.campaigns.length; ++j) {
                            d.campaigns[j] = $root.continuum.analyzer.v1.Campaign.toObject(m.campaigns[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Campaigns to JSON.
                 * @function toJSON
                 * @memberof continuum.analyzer.v1.Campaigns
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Campaigns.prototype.toJSON = function() {
                    return Campaigns.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Campaigns
                 * @function getTypeUrl
                 * @memberof continuum.analyzer.v1.Campaigns
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Campaigns.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.analyzer.v1.Campaigns";
                };

                return Campaigns;
            })();

            return v1;
        })();

        return analyzer;
    })();

    return continuum;
})();

export {
  $root as default
};
