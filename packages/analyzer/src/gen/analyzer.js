/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $String = $util.global.String, $parseInt = $util.global.parseInt, $Array = $util.global.Array, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["continuum_analyzer"] || ($protobuf.roots["continuum_analyzer"] = {});

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
                 * @property {Uint8Array|null} [simhash] PostMetadata simhash
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
                 * PostMetadata simhash.
                 * @member {Uint8Array} simhash
                 * @memberof continuum.analyzer.v1.PostMetadata
                 * @instance
                 */
                PostMetadata.prototype.simhash = $util.newBuffer([]);

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
                    if (m.simhash != null && $Object.hasOwnProperty.call(m, "simhash") && m.simhash.length)
                        w.uint32(/* id 10, wireType 2 =*/82).bytes(m.simhash);
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
                        case 10: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.simhash = v;
                                else
                                    delete m.simhash;
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
                    if (d.simhash != null) {
                        if (d.simhash.length) {
                            if (typeof d.simhash === "string")
                                $util.base64.decode(d.simhash, m.simhash = $util.newBuffer($util.base64.length(d.simhash)), 0);
                            else if (d.simhash.length >= 0)
                                m.simhash = d.simhash;
                        }
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
                        if (o.bytes === $String)
                            d.simhash = "";
                        else {
                            d.simhash = [];
                            if (o.bytes !== $Array)
                                d.simhash = $util.newBuffer(d.simhash);
                        }
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
                    if (m.simhash != null && $Object.hasOwnProperty.call(m, "simhash")) {
                        d.simhash = o.bytes === $String ? $util.base64.encode(m.simhash, 0, m.simhash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.simhash) : m.simhash;
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

            return v1;
        })();

        return analyzer;
    })();

    return continuum;
})();

export {
  $root as default
};
