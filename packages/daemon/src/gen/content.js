/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["continuum_daemon_content"] || ($protobuf.roots["continuum_daemon_content"] = {});

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

            v1.StoredRawPost = (function() {

                /**
                 * Properties of a StoredRawPost.
                 * @typedef {Object} continuum.daemon.v1.StoredRawPost.$Properties
                 * @property {string|null} [id] StoredRawPost id
                 * @property {string|null} [platform] StoredRawPost platform
                 * @property {string|null} [author] StoredRawPost author
                 * @property {string|null} [text] StoredRawPost text
                 * @property {string|null} [createdAt] StoredRawPost createdAt
                 * @property {string|null} [lang] StoredRawPost lang
                 * @property {string|null} [territory] StoredRawPost territory
                 * @property {string|null} [url] StoredRawPost url
                 * @property {string|null} [replyTo] StoredRawPost replyTo
                 * @property {Array.<string>|null} [media] StoredRawPost media
                 * @property {boolean|null} [hasMedia] StoredRawPost hasMedia
                 * @property {Array.<string>|null} [hashtags] StoredRawPost hashtags
                 * @property {boolean|null} [hasHashtags] StoredRawPost hasHashtags
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StoredRawPost.
                 * @memberof continuum.daemon.v1
                 * @interface IStoredRawPost
                 * @augments continuum.daemon.v1.StoredRawPost.$Properties
                 * @deprecated Use continuum.daemon.v1.StoredRawPost.$Properties instead.
                 */

                /**
                 * Shape of a StoredRawPost.
                 * @typedef {continuum.daemon.v1.StoredRawPost.$Properties} continuum.daemon.v1.StoredRawPost.$Shape
                 */

                /**
                 * Constructs a new StoredRawPost.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a StoredRawPost.
                 * @constructor
                 * @param {continuum.daemon.v1.StoredRawPost.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StoredRawPost = function (p) {
                    this.media = [];
                    this.hashtags = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * StoredRawPost id.
                 * @member {string} id
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.id = "";

                /**
                 * StoredRawPost platform.
                 * @member {string} platform
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.platform = "";

                /**
                 * StoredRawPost author.
                 * @member {string} author
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.author = "";

                /**
                 * StoredRawPost text.
                 * @member {string} text
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.text = "";

                /**
                 * StoredRawPost createdAt.
                 * @member {string} createdAt
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.createdAt = "";

                /**
                 * StoredRawPost lang.
                 * @member {string} lang
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.lang = "";

                /**
                 * StoredRawPost territory.
                 * @member {string} territory
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.territory = "";

                /**
                 * StoredRawPost url.
                 * @member {string} url
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.url = "";

                /**
                 * StoredRawPost replyTo.
                 * @member {string} replyTo
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.replyTo = "";

                /**
                 * StoredRawPost media.
                 * @member {Array.<string>} media
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.media = $util.emptyArray;

                /**
                 * StoredRawPost hasMedia.
                 * @member {boolean} hasMedia
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.hasMedia = false;

                /**
                 * StoredRawPost hashtags.
                 * @member {Array.<string>} hashtags
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.hashtags = $util.emptyArray;

                /**
                 * StoredRawPost hasHashtags.
                 * @member {boolean} hasHashtags
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 */
                StoredRawPost.prototype.hasHashtags = false;

                /**
                 * Creates a new StoredRawPost instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @static
                 * @param {continuum.daemon.v1.StoredRawPost.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.StoredRawPost} StoredRawPost instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.StoredRawPost.$Shape): continuum.daemon.v1.StoredRawPost & continuum.daemon.v1.StoredRawPost.$Shape;
                 *   (properties?: continuum.daemon.v1.StoredRawPost.$Properties): continuum.daemon.v1.StoredRawPost;
                 * }}
                 */
                StoredRawPost.create = function(properties) {
                    return new StoredRawPost(properties);
                };

                /**
                 * Encodes the specified StoredRawPost message. Does not implicitly {@link continuum.daemon.v1.StoredRawPost.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @static
                 * @param {continuum.daemon.v1.StoredRawPost.$Properties} m StoredRawPost message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StoredRawPost.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.platform != null && $Object.hasOwnProperty.call(m, "platform") && m.platform !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.platform);
                    if (m.author != null && $Object.hasOwnProperty.call(m, "author") && m.author !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.author);
                    if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.text);
                    if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt") && m.createdAt !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.createdAt);
                    if (m.lang != null && $Object.hasOwnProperty.call(m, "lang") && m.lang !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.lang);
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory") && m.territory !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.territory);
                    if (m.url != null && $Object.hasOwnProperty.call(m, "url") && m.url !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.url);
                    if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo") && m.replyTo !== "")
                        w.uint32(/* id 9, wireType 2 =*/74).string(m.replyTo);
                    if (m.media != null && m.media.length) {
                        for (var i = 0; i < m.media.length; ++i)
                            w.uint32(/* id 10, wireType 2 =*/82).string(m.media[i]);
                    }
                    if (m.hasMedia != null && $Object.hasOwnProperty.call(m, "hasMedia") && m.hasMedia !== false)
                        w.uint32(/* id 11, wireType 0 =*/88).bool(m.hasMedia);
                    if (m.hashtags != null && m.hashtags.length) {
                        for (var i = 0; i < m.hashtags.length; ++i)
                            w.uint32(/* id 12, wireType 2 =*/98).string(m.hashtags[i]);
                    }
                    if (m.hasHashtags != null && $Object.hasOwnProperty.call(m, "hasHashtags") && m.hasHashtags !== false)
                        w.uint32(/* id 13, wireType 0 =*/104).bool(m.hasHashtags);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a StoredRawPost message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.StoredRawPost & continuum.daemon.v1.StoredRawPost.$Shape} StoredRawPost
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StoredRawPost.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.StoredRawPost();
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
                                    m.platform = v;
                                else
                                    delete m.platform;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.author = v;
                                else
                                    delete m.author;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.text = v;
                                else
                                    delete m.text;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.createdAt = v;
                                else
                                    delete m.createdAt;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.lang = v;
                                else
                                    delete m.lang;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.territory = v;
                                else
                                    delete m.territory;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.url = v;
                                else
                                    delete m.url;
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.replyTo = v;
                                else
                                    delete m.replyTo;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                if (!(m.media && m.media.length))
                                    m.media = [];
                                m.media.push(r.stringVerify());
                                continue;
                            }
                        case 11: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.hasMedia = v;
                                else
                                    delete m.hasMedia;
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                if (!(m.hashtags && m.hashtags.length))
                                    m.hashtags = [];
                                m.hashtags.push(r.stringVerify());
                                continue;
                            }
                        case 13: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.hasHashtags = v;
                                else
                                    delete m.hasHashtags;
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
                 * Creates a StoredRawPost message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.StoredRawPost} StoredRawPost
                 */
                StoredRawPost.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.StoredRawPost)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.StoredRawPost: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.StoredRawPost();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.platform != null) {
                        if (typeof d.platform !== "string" || d.platform.length) {
                            m.platform = $String(d.platform);
                        }
                    }
                    if (d.author != null) {
                        if (typeof d.author !== "string" || d.author.length) {
                            m.author = $String(d.author);
                        }
                    }
                    if (d.text != null) {
                        if (typeof d.text !== "string" || d.text.length) {
                            m.text = $String(d.text);
                        }
                    }
                    if (d.createdAt != null) {
                        if (typeof d.createdAt !== "string" || d.createdAt.length) {
                            m.createdAt = $String(d.createdAt);
                        }
                    }
                    if (d.lang != null) {
                        if (typeof d.lang !== "string" || d.lang.length) {
                            m.lang = $String(d.lang);
                        }
                    }
                    if (d.territory != null) {
                        if (typeof d.territory !== "string" || d.territory.length) {
                            m.territory = $String(d.territory);
                        }
                    }
                    if (d.url != null) {
                        if (typeof d.url !== "string" || d.url.length) {
                            m.url = $String(d.url);
                        }
                    }
                    if (d.replyTo != null) {
                        if (typeof d.replyTo !== "string" || d.replyTo.length) {
                            m.replyTo = $String(d.replyTo);
                        }
                    }
                    if (d.media) {
                        if (!$Array.isArray(d.media))
                            throw $TypeError(".continuum.daemon.v1.StoredRawPost.media: array expected");
                        m.media = $Array(d.media.length);
                        for (var i = 0; i < d.media.length; ++i) {
                            m.media[i] = $String(d.media[i]);
                        }
                    }
                    if (d.hasMedia != null) {
                        if (d.hasMedia) {
                            m.hasMedia = $Boolean(d.hasMedia);
                        }
                    }
                    if (d.hashtags) {
                        if (!$Array.isArray(d.hashtags))
                            throw $TypeError(".continuum.daemon.v1.StoredRawPost.hashtags: array expected");
                        m.hashtags = $Array(d.hashtags.length);
                        for (var i = 0; i < d.hashtags.length; ++i) {
                            m.hashtags[i] = $String(d.hashtags[i]);
                        }
                    }
                    if (d.hasHashtags != null) {
                        if (d.hasHashtags) {
                            m.hasHashtags = $Boolean(d.hasHashtags);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a StoredRawPost message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @static
                 * @param {continuum.daemon.v1.StoredRawPost} m StoredRawPost
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StoredRawPost.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.media = [];
                        d.hashtags = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.platform = "";
                        d.author = "";
                        d.text = "";
                        d.createdAt = "";
                        d.lang = "";
                        d.territory = "";
                        d.url = "";
                        d.replyTo = "";
                        d.hasMedia = false;
                        d.hasHashtags = false;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.platform != null && $Object.hasOwnProperty.call(m, "platform")) {
                        d.platform = m.platform;
                    }
                    if (m.author != null && $Object.hasOwnProperty.call(m, "author")) {
                        d.author = m.author;
                    }
                    if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                        d.text = m.text;
                    }
                    if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                        d.createdAt = m.createdAt;
                    }
                    if (m.lang != null && $Object.hasOwnProperty.call(m, "lang")) {
                        d.lang = m.lang;
                    }
                    if (m.territory != null && $Object.hasOwnProperty.call(m, "territory")) {
                        d.territory = m.territory;
                    }
                    if (m.url != null && $Object.hasOwnProperty.call(m, "url")) {
                        d.url = m.url;
                    }
                    if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                        d.replyTo = m.replyTo;
                    }
                    if (m.media && m.media.length) {
                        d.media = $Array(m.media.length);
                        for (var j = 0; j < m.media.length; ++j) {
                            d.media[j] = m.media[j];
                        }
                    }
                    if (m.hasMedia != null && $Object.hasOwnProperty.call(m, "hasMedia")) {
                        d.hasMedia = m.hasMedia;
                    }
                    if (m.hashtags && m.hashtags.length) {
                        d.hashtags = $Array(m.hashtags.length);
                        for (var j = 0; j < m.hashtags.length; ++j) {
                            d.hashtags[j] = m.hashtags[j];
                        }
                    }
                    if (m.hasHashtags != null && $Object.hasOwnProperty.call(m, "hasHashtags")) {
                        d.hasHashtags = m.hasHashtags;
                    }
                    return d;
                };

                /**
                 * Converts this StoredRawPost to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StoredRawPost.prototype.toJSON = function() {
                    return StoredRawPost.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StoredRawPost
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.StoredRawPost
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StoredRawPost.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.StoredRawPost";
                };

                return StoredRawPost;
            })();

            v1.StoredPostRecord = (function() {

                /**
                 * Properties of a StoredPostRecord.
                 * @typedef {Object} continuum.daemon.v1.StoredPostRecord.$Properties
                 * @property {continuum.daemon.v1.StoredRawPost.$Properties|null} [post] StoredPostRecord post
                 * @property {Uint8Array|null} [metadata] StoredPostRecord metadata
                 * @property {number|null} [storedAtMs] StoredPostRecord storedAtMs
                 * @property {string|null} [cid] StoredPostRecord cid
                 * @property {number|null} [createdAtMs] StoredPostRecord createdAtMs
                 * @property {Array.<string>|null} [hashtags] StoredPostRecord hashtags
                 * @property {string|null} [authorPseudonym] StoredPostRecord authorPseudonym
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StoredPostRecord.
                 * @memberof continuum.daemon.v1
                 * @interface IStoredPostRecord
                 * @augments continuum.daemon.v1.StoredPostRecord.$Properties
                 * @deprecated Use continuum.daemon.v1.StoredPostRecord.$Properties instead.
                 */

                /**
                 * Shape of a StoredPostRecord.
                 * @typedef {continuum.daemon.v1.StoredPostRecord.$Properties} continuum.daemon.v1.StoredPostRecord.$Shape
                 */

                /**
                 * Constructs a new StoredPostRecord.
                 * @memberof continuum.daemon.v1
                 * @classdesc Represents a StoredPostRecord.
                 * @constructor
                 * @param {continuum.daemon.v1.StoredPostRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StoredPostRecord = function (p) {
                    this.hashtags = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * StoredPostRecord post.
                 * @member {continuum.daemon.v1.StoredRawPost.$Properties|null|undefined} post
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @instance
                 */
                StoredPostRecord.prototype.post = null;

                /**
                 * StoredPostRecord metadata.
                 * @member {Uint8Array} metadata
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @instance
                 */
                StoredPostRecord.prototype.metadata = $util.newBuffer([]);

                /**
                 * StoredPostRecord storedAtMs.
                 * @member {number} storedAtMs
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @instance
                 */
                StoredPostRecord.prototype.storedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * StoredPostRecord cid.
                 * @member {string} cid
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @instance
                 */
                StoredPostRecord.prototype.cid = "";

                /**
                 * StoredPostRecord createdAtMs.
                 * @member {number} createdAtMs
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @instance
                 */
                StoredPostRecord.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * StoredPostRecord hashtags.
                 * @member {Array.<string>} hashtags
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @instance
                 */
                StoredPostRecord.prototype.hashtags = $util.emptyArray;

                /**
                 * StoredPostRecord authorPseudonym.
                 * @member {string} authorPseudonym
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @instance
                 */
                StoredPostRecord.prototype.authorPseudonym = "";

                /**
                 * Creates a new StoredPostRecord instance using the specified properties.
                 * @function create
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @static
                 * @param {continuum.daemon.v1.StoredPostRecord.$Properties=} [properties] Properties to set
                 * @returns {continuum.daemon.v1.StoredPostRecord} StoredPostRecord instance
                 * @type {{
                 *   (properties: continuum.daemon.v1.StoredPostRecord.$Shape): continuum.daemon.v1.StoredPostRecord & continuum.daemon.v1.StoredPostRecord.$Shape;
                 *   (properties?: continuum.daemon.v1.StoredPostRecord.$Properties): continuum.daemon.v1.StoredPostRecord;
                 * }}
                 */
                StoredPostRecord.create = function(properties) {
                    return new StoredPostRecord(properties);
                };

                /**
                 * Encodes the specified StoredPostRecord message. Does not implicitly {@link continuum.daemon.v1.StoredPostRecord.verify|verify} messages.
                 * @function encode
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @static
                 * @param {continuum.daemon.v1.StoredPostRecord.$Properties} m StoredPostRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StoredPostRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.post != null && $Object.hasOwnProperty.call(m, "post"))
                        $root.continuum.daemon.v1.StoredRawPost.encode(m.post, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata") && m.metadata.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.metadata);
                    if (m.storedAtMs != null && $Object.hasOwnProperty.call(m, "storedAtMs") && (typeof m.storedAtMs === "object" ? m.storedAtMs.low || m.storedAtMs.high : m.storedAtMs !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).int64(m.storedAtMs);
                    if (m.cid != null && $Object.hasOwnProperty.call(m, "cid") && m.cid !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.cid);
                    if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).int64(m.createdAtMs);
                    if (m.hashtags != null && m.hashtags.length) {
                        for (var i = 0; i < m.hashtags.length; ++i)
                            w.uint32(/* id 6, wireType 2 =*/50).string(m.hashtags[i]);
                    }
                    if (m.authorPseudonym != null && $Object.hasOwnProperty.call(m, "authorPseudonym") && m.authorPseudonym !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.authorPseudonym);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a StoredPostRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {continuum.daemon.v1.StoredPostRecord & continuum.daemon.v1.StoredPostRecord.$Shape} StoredPostRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StoredPostRecord.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.continuum.daemon.v1.StoredPostRecord();
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
                                m.post = $root.continuum.daemon.v1.StoredRawPost.decode(r, r.size(), $undefined, q + 1, m.post);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.metadata = v;
                                else
                                    delete m.metadata;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.storedAtMs = v;
                                else
                                    delete m.storedAtMs;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.cid = v;
                                else
                                    delete m.cid;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.createdAtMs = v;
                                else
                                    delete m.createdAtMs;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.hashtags && m.hashtags.length))
                                    m.hashtags = [];
                                m.hashtags.push(r.stringVerify());
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.authorPseudonym = v;
                                else
                                    delete m.authorPseudonym;
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
                 * Creates a StoredPostRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {continuum.daemon.v1.StoredPostRecord} StoredPostRecord
                 */
                StoredPostRecord.fromObject = function (d, q) {
                    if (d instanceof $root.continuum.daemon.v1.StoredPostRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".continuum.daemon.v1.StoredPostRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.continuum.daemon.v1.StoredPostRecord();
                    if (d.post != null) {
                        if (!$util.isObject(d.post))
                            throw $TypeError(".continuum.daemon.v1.StoredPostRecord.post: object expected");
                        m.post = $root.continuum.daemon.v1.StoredRawPost.fromObject(d.post, q + 1);
                    }
                    if (d.metadata != null) {
                        if (d.metadata.length) {
                            if (typeof d.metadata === "string")
                                $util.base64.decode(d.metadata, m.metadata = $util.newBuffer($util.base64.length(d.metadata)), 0);
                            else if (d.metadata.length >= 0)
                                m.metadata = d.metadata;
                        }
                    }
                    if (d.storedAtMs != null) {
                        if (typeof d.storedAtMs === "object" ? d.storedAtMs.low || d.storedAtMs.high : $Number(d.storedAtMs) !== 0) {
                            if ($util.Long)
                                m.storedAtMs = $util.Long.fromValue(d.storedAtMs, false);
                            else if (typeof d.storedAtMs === "string")
                                m.storedAtMs = $parseInt(d.storedAtMs, 10);
                            else if (typeof d.storedAtMs === "number")
                                m.storedAtMs = d.storedAtMs;
                            else if (typeof d.storedAtMs === "object")
                                m.storedAtMs = new $util.LongBits(d.storedAtMs.low >>> 0, d.storedAtMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.cid != null) {
                        if (typeof d.cid !== "string" || d.cid.length) {
                            m.cid = $String(d.cid);
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
                    if (d.hashtags) {
                        if (!$Array.isArray(d.hashtags))
                            throw $TypeError(".continuum.daemon.v1.StoredPostRecord.hashtags: array expected");
                        m.hashtags = $Array(d.hashtags.length);
                        for (var i = 0; i < d.hashtags.length; ++i) {
                            m.hashtags[i] = $String(d.hashtags[i]);
                        }
                    }
                    if (d.authorPseudonym != null) {
                        if (typeof d.authorPseudonym !== "string" || d.authorPseudonym.length) {
                            m.authorPseudonym = $String(d.authorPseudonym);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a StoredPostRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @static
                 * @param {continuum.daemon.v1.StoredPostRecord} m StoredPostRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StoredPostRecord.toObject = function (m, o, q) {
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
                        d.post = null;
                        if (o.bytes === $String)
                            d.metadata = "";
                        else {
                            d.metadata = [];
                            if (o.bytes !== $Array)
                                d.metadata = $util.newBuffer(d.metadata);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.storedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.storedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.cid = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.authorPseudonym = "";
                    }
                    if (m.post != null && $Object.hasOwnProperty.call(m, "post")) {
                        d.post = $root.continuum.daemon.v1.StoredRawPost.toObject(m.post, o, q + 1);
                    }
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                        d.metadata = o.bytes === $String ? $util.base64.encode(m.metadata, 0, m.metadata.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.metadata) : m.metadata;
                    }
                    if (m.storedAtMs != null && $Object.hasOwnProperty.call(m, "storedAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.storedAtMs = typeof m.storedAtMs === "number" ? $BigInt(m.storedAtMs) : $util.Long.fromBits(m.storedAtMs.low >>> 0, m.storedAtMs.high >>> 0, false).toBigInt();
                        else if (typeof m.storedAtMs === "number")
                            d.storedAtMs = o.longs === $String ? $String(m.storedAtMs) : m.storedAtMs;
                        else
                            d.storedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.storedAtMs) : o.longs === $Number ? new $util.LongBits(m.storedAtMs.low >>> 0, m.storedAtMs.high >>> 0).toNumber() : m.storedAtMs;
                    }
                    if (m.cid != null && $Object.hasOwnProperty.call(m, "cid")) {
                        d.cid = m.cid;
                    }
                    if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, false).toBigInt();
                        else if (typeof m.createdAtMs === "number")
                            d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                        else
                            d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber() : m.createdAtMs;
                    }
                    if (m.hashtags && m.hashtags.length) {
                        d.hashtags = $Array(m.hashtags.length);
                        for (var j = 0; j < m.hashtags.length; ++j) {
                            d.hashtags[j] = m.hashtags[j];
                        }
                    }
                    if (m.authorPseudonym != null && $Object.hasOwnProperty.call(m, "authorPseudonym")) {
                        d.authorPseudonym = m.authorPseudonym;
                    }
                    return d;
                };

                /**
                 * Converts this StoredPostRecord to JSON.
                 * @function toJSON
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StoredPostRecord.prototype.toJSON = function() {
                    return StoredPostRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StoredPostRecord
                 * @function getTypeUrl
                 * @memberof continuum.daemon.v1.StoredPostRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StoredPostRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/continuum.daemon.v1.StoredPostRecord";
                };

                return StoredPostRecord;
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
