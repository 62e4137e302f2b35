/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const gossamer = $root.gossamer = (() => {

    /**
     * Namespace gossamer.
     * @exports gossamer
     * @namespace
     */
    const gossamer = {};

    gossamer.AddNode = (function() {

        /**
         * Properties of an AddNode.
         * @typedef {Object} gossamer.AddNode.$Properties
         * @property {string} [nodeId] AddNode nodeId
         * @property {string} [address] AddNode address
         * @property {boolean} [learner] AddNode learner
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddNode.
         * @memberof gossamer
         * @interface IAddNode
         * @augments gossamer.AddNode.$Properties
         * @deprecated Use gossamer.AddNode.$Properties instead.
         */

        /**
         * Shape of an AddNode.
         * @typedef {gossamer.AddNode.$Properties} gossamer.AddNode.$Shape
         */

        /**
         * Constructs a new AddNode.
         * @memberof gossamer
         * @classdesc Represents an AddNode.
         * @constructor
         * @param {gossamer.AddNode.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddNode = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AddNode nodeId.
         * @member {string} nodeId
         * @memberof gossamer.AddNode
         * @instance
         */
        AddNode.prototype.nodeId = "";

        /**
         * AddNode address.
         * @member {string} address
         * @memberof gossamer.AddNode
         * @instance
         */
        AddNode.prototype.address = "";

        /**
         * AddNode learner.
         * @member {boolean} learner
         * @memberof gossamer.AddNode
         * @instance
         */
        AddNode.prototype.learner = false;

        /**
         * Creates a new AddNode instance using the specified properties.
         * @function create
         * @memberof gossamer.AddNode
         * @static
         * @param {gossamer.AddNode.$Properties=} [properties] Properties to set
         * @returns {gossamer.AddNode} AddNode instance
         * @type {{
         *   (properties: gossamer.AddNode.$Shape): gossamer.AddNode & gossamer.AddNode.$Shape;
         *   (properties?: gossamer.AddNode.$Properties): gossamer.AddNode;
         * }}
         */
        AddNode.create = function(properties) {
            return new AddNode(properties);
        };

        /**
         * Encodes the specified AddNode message. Does not implicitly {@link gossamer.AddNode.verify|verify} messages.
         * @function encode
         * @memberof gossamer.AddNode
         * @static
         * @param {gossamer.AddNode.$Properties} message AddNode message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddNode.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
            if (message.learner != null && $Object.hasOwnProperty.call(message, "learner") && message.learner !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.learner);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AddNode message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.AddNode
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.AddNode & gossamer.AddNode.$Shape} AddNode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddNode.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.AddNode();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeId = value;
                        else
                            delete message.nodeId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.learner = value;
                        else
                            delete message.learner;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AddNode;
    })();

    gossamer.PromoteNode = (function() {

        /**
         * Properties of a PromoteNode.
         * @typedef {Object} gossamer.PromoteNode.$Properties
         * @property {string} [nodeId] PromoteNode nodeId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PromoteNode.
         * @memberof gossamer
         * @interface IPromoteNode
         * @augments gossamer.PromoteNode.$Properties
         * @deprecated Use gossamer.PromoteNode.$Properties instead.
         */

        /**
         * Shape of a PromoteNode.
         * @typedef {gossamer.PromoteNode.$Properties} gossamer.PromoteNode.$Shape
         */

        /**
         * Constructs a new PromoteNode.
         * @memberof gossamer
         * @classdesc Represents a PromoteNode.
         * @constructor
         * @param {gossamer.PromoteNode.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PromoteNode = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PromoteNode nodeId.
         * @member {string} nodeId
         * @memberof gossamer.PromoteNode
         * @instance
         */
        PromoteNode.prototype.nodeId = "";

        /**
         * Creates a new PromoteNode instance using the specified properties.
         * @function create
         * @memberof gossamer.PromoteNode
         * @static
         * @param {gossamer.PromoteNode.$Properties=} [properties] Properties to set
         * @returns {gossamer.PromoteNode} PromoteNode instance
         * @type {{
         *   (properties: gossamer.PromoteNode.$Shape): gossamer.PromoteNode & gossamer.PromoteNode.$Shape;
         *   (properties?: gossamer.PromoteNode.$Properties): gossamer.PromoteNode;
         * }}
         */
        PromoteNode.create = function(properties) {
            return new PromoteNode(properties);
        };

        /**
         * Encodes the specified PromoteNode message. Does not implicitly {@link gossamer.PromoteNode.verify|verify} messages.
         * @function encode
         * @memberof gossamer.PromoteNode
         * @static
         * @param {gossamer.PromoteNode.$Properties} message PromoteNode message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PromoteNode.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PromoteNode message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.PromoteNode
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.PromoteNode & gossamer.PromoteNode.$Shape} PromoteNode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PromoteNode.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.PromoteNode();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeId = value;
                        else
                            delete message.nodeId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return PromoteNode;
    })();

    gossamer.TransferLeader = (function() {

        /**
         * Properties of a TransferLeader.
         * @typedef {Object} gossamer.TransferLeader.$Properties
         * @property {string} [nodeId] TransferLeader nodeId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TransferLeader.
         * @memberof gossamer
         * @interface ITransferLeader
         * @augments gossamer.TransferLeader.$Properties
         * @deprecated Use gossamer.TransferLeader.$Properties instead.
         */

        /**
         * Shape of a TransferLeader.
         * @typedef {gossamer.TransferLeader.$Properties} gossamer.TransferLeader.$Shape
         */

        /**
         * Constructs a new TransferLeader.
         * @memberof gossamer
         * @classdesc Represents a TransferLeader.
         * @constructor
         * @param {gossamer.TransferLeader.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TransferLeader = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TransferLeader nodeId.
         * @member {string} nodeId
         * @memberof gossamer.TransferLeader
         * @instance
         */
        TransferLeader.prototype.nodeId = "";

        /**
         * Creates a new TransferLeader instance using the specified properties.
         * @function create
         * @memberof gossamer.TransferLeader
         * @static
         * @param {gossamer.TransferLeader.$Properties=} [properties] Properties to set
         * @returns {gossamer.TransferLeader} TransferLeader instance
         * @type {{
         *   (properties: gossamer.TransferLeader.$Shape): gossamer.TransferLeader & gossamer.TransferLeader.$Shape;
         *   (properties?: gossamer.TransferLeader.$Properties): gossamer.TransferLeader;
         * }}
         */
        TransferLeader.create = function(properties) {
            return new TransferLeader(properties);
        };

        /**
         * Encodes the specified TransferLeader message. Does not implicitly {@link gossamer.TransferLeader.verify|verify} messages.
         * @function encode
         * @memberof gossamer.TransferLeader
         * @static
         * @param {gossamer.TransferLeader.$Properties} message TransferLeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TransferLeader.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TransferLeader message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.TransferLeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.TransferLeader & gossamer.TransferLeader.$Shape} TransferLeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TransferLeader.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.TransferLeader();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeId = value;
                        else
                            delete message.nodeId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return TransferLeader;
    })();

    gossamer.MemberList = (function() {

        /**
         * Properties of a MemberList.
         * @typedef {Object} gossamer.MemberList.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MemberList.
         * @memberof gossamer
         * @interface IMemberList
         * @augments gossamer.MemberList.$Properties
         * @deprecated Use gossamer.MemberList.$Properties instead.
         */

        /**
         * Shape of a MemberList.
         * @typedef {gossamer.MemberList.$Properties} gossamer.MemberList.$Shape
         */

        /**
         * Constructs a new MemberList.
         * @memberof gossamer
         * @classdesc Represents a MemberList.
         * @constructor
         * @param {gossamer.MemberList.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MemberList = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new MemberList instance using the specified properties.
         * @function create
         * @memberof gossamer.MemberList
         * @static
         * @param {gossamer.MemberList.$Properties=} [properties] Properties to set
         * @returns {gossamer.MemberList} MemberList instance
         * @type {{
         *   (properties: gossamer.MemberList.$Shape): gossamer.MemberList & gossamer.MemberList.$Shape;
         *   (properties?: gossamer.MemberList.$Properties): gossamer.MemberList;
         * }}
         */
        MemberList.create = function(properties) {
            return new MemberList(properties);
        };

        /**
         * Encodes the specified MemberList message. Does not implicitly {@link gossamer.MemberList.verify|verify} messages.
         * @function encode
         * @memberof gossamer.MemberList
         * @static
         * @param {gossamer.MemberList.$Properties} message MemberList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberList.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MemberList message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.MemberList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.MemberList & gossamer.MemberList.$Shape} MemberList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberList.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.MemberList();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return MemberList;
    })();

    gossamer.Member = (function() {

        /**
         * Properties of a Member.
         * @typedef {Object} gossamer.Member.$Properties
         * @property {string} [id] Member id
         * @property {string} [address] Member address
         * @property {boolean} [learner] Member learner
         * @property {number} [match] Member match
         * @property {boolean} [leader] Member leader
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Member.
         * @memberof gossamer
         * @interface IMember
         * @augments gossamer.Member.$Properties
         * @deprecated Use gossamer.Member.$Properties instead.
         */

        /**
         * Shape of a Member.
         * @typedef {gossamer.Member.$Properties} gossamer.Member.$Shape
         */

        /**
         * Constructs a new Member.
         * @memberof gossamer
         * @classdesc Represents a Member.
         * @constructor
         * @param {gossamer.Member.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Member = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Member id.
         * @member {string} id
         * @memberof gossamer.Member
         * @instance
         */
        Member.prototype.id = "";

        /**
         * Member address.
         * @member {string} address
         * @memberof gossamer.Member
         * @instance
         */
        Member.prototype.address = "";

        /**
         * Member learner.
         * @member {boolean} learner
         * @memberof gossamer.Member
         * @instance
         */
        Member.prototype.learner = false;

        /**
         * Member match.
         * @member {number} match
         * @memberof gossamer.Member
         * @instance
         */
        Member.prototype.match = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Member leader.
         * @member {boolean} leader
         * @memberof gossamer.Member
         * @instance
         */
        Member.prototype.leader = false;

        /**
         * Creates a new Member instance using the specified properties.
         * @function create
         * @memberof gossamer.Member
         * @static
         * @param {gossamer.Member.$Properties=} [properties] Properties to set
         * @returns {gossamer.Member} Member instance
         * @type {{
         *   (properties: gossamer.Member.$Shape): gossamer.Member & gossamer.Member.$Shape;
         *   (properties?: gossamer.Member.$Properties): gossamer.Member;
         * }}
         */
        Member.create = function(properties) {
            return new Member(properties);
        };

        /**
         * Encodes the specified Member message. Does not implicitly {@link gossamer.Member.verify|verify} messages.
         * @function encode
         * @memberof gossamer.Member
         * @static
         * @param {gossamer.Member.$Properties} message Member message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Member.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
            if (message.learner != null && $Object.hasOwnProperty.call(message, "learner") && message.learner !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.learner);
            if (message.match != null && $Object.hasOwnProperty.call(message, "match") && (typeof message.match === "object" ? message.match.low || message.match.high : message.match !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.match);
            if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.leader);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.Member
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.Member & gossamer.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Member.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.Member();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.learner = value;
                        else
                            delete message.learner;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.match = value;
                        else
                            delete message.match;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.leader = value;
                        else
                            delete message.leader;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Member;
    })();

    gossamer.BackupRead = (function() {

        /**
         * Properties of a BackupRead.
         * @typedef {Object} gossamer.BackupRead.$Properties
         * @property {number} [backupId] BackupRead backupId
         * @property {number} [offset] BackupRead offset
         * @property {number} [pieceBytesMax] BackupRead pieceBytesMax
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BackupRead.
         * @memberof gossamer
         * @interface IBackupRead
         * @augments gossamer.BackupRead.$Properties
         * @deprecated Use gossamer.BackupRead.$Properties instead.
         */

        /**
         * Shape of a BackupRead.
         * @typedef {gossamer.BackupRead.$Properties} gossamer.BackupRead.$Shape
         */

        /**
         * Constructs a new BackupRead.
         * @memberof gossamer
         * @classdesc Represents a BackupRead.
         * @constructor
         * @param {gossamer.BackupRead.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BackupRead = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BackupRead backupId.
         * @member {number} backupId
         * @memberof gossamer.BackupRead
         * @instance
         */
        BackupRead.prototype.backupId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BackupRead offset.
         * @member {number} offset
         * @memberof gossamer.BackupRead
         * @instance
         */
        BackupRead.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BackupRead pieceBytesMax.
         * @member {number} pieceBytesMax
         * @memberof gossamer.BackupRead
         * @instance
         */
        BackupRead.prototype.pieceBytesMax = 0;

        /**
         * Creates a new BackupRead instance using the specified properties.
         * @function create
         * @memberof gossamer.BackupRead
         * @static
         * @param {gossamer.BackupRead.$Properties=} [properties] Properties to set
         * @returns {gossamer.BackupRead} BackupRead instance
         * @type {{
         *   (properties: gossamer.BackupRead.$Shape): gossamer.BackupRead & gossamer.BackupRead.$Shape;
         *   (properties?: gossamer.BackupRead.$Properties): gossamer.BackupRead;
         * }}
         */
        BackupRead.create = function(properties) {
            return new BackupRead(properties);
        };

        /**
         * Encodes the specified BackupRead message. Does not implicitly {@link gossamer.BackupRead.verify|verify} messages.
         * @function encode
         * @memberof gossamer.BackupRead
         * @static
         * @param {gossamer.BackupRead.$Properties} message BackupRead message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupRead.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.backupId != null && $Object.hasOwnProperty.call(message, "backupId") && (typeof message.backupId === "object" ? message.backupId.low || message.backupId.high : message.backupId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.backupId);
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
            if (message.pieceBytesMax != null && $Object.hasOwnProperty.call(message, "pieceBytesMax") && message.pieceBytesMax !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pieceBytesMax);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BackupRead message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.BackupRead
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.BackupRead & gossamer.BackupRead.$Shape} BackupRead
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupRead.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.BackupRead();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.backupId = value;
                        else
                            delete message.backupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.pieceBytesMax = value;
                        else
                            delete message.pieceBytesMax;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BackupRead;
    })();

    gossamer.BackupPiece = (function() {

        /**
         * Properties of a BackupPiece.
         * @typedef {Object} gossamer.BackupPiece.$Properties
         * @property {number} [backupId] BackupPiece backupId
         * @property {number} [offset] BackupPiece offset
         * @property {Uint8Array} [data] BackupPiece data
         * @property {boolean} [done] BackupPiece done
         * @property {Uint8Array} [digest] BackupPiece digest
         * @property {number} [appliedIndex] BackupPiece appliedIndex
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BackupPiece.
         * @memberof gossamer
         * @interface IBackupPiece
         * @augments gossamer.BackupPiece.$Properties
         * @deprecated Use gossamer.BackupPiece.$Properties instead.
         */

        /**
         * Shape of a BackupPiece.
         * @typedef {gossamer.BackupPiece.$Properties} gossamer.BackupPiece.$Shape
         */

        /**
         * Constructs a new BackupPiece.
         * @memberof gossamer
         * @classdesc Represents a BackupPiece.
         * @constructor
         * @param {gossamer.BackupPiece.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BackupPiece = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BackupPiece backupId.
         * @member {number} backupId
         * @memberof gossamer.BackupPiece
         * @instance
         */
        BackupPiece.prototype.backupId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BackupPiece offset.
         * @member {number} offset
         * @memberof gossamer.BackupPiece
         * @instance
         */
        BackupPiece.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BackupPiece data.
         * @member {Uint8Array} data
         * @memberof gossamer.BackupPiece
         * @instance
         */
        BackupPiece.prototype.data = $util.newBuffer([]);

        /**
         * BackupPiece done.
         * @member {boolean} done
         * @memberof gossamer.BackupPiece
         * @instance
         */
        BackupPiece.prototype.done = false;

        /**
         * BackupPiece digest.
         * @member {Uint8Array} digest
         * @memberof gossamer.BackupPiece
         * @instance
         */
        BackupPiece.prototype.digest = $util.newBuffer([]);

        /**
         * BackupPiece appliedIndex.
         * @member {number} appliedIndex
         * @memberof gossamer.BackupPiece
         * @instance
         */
        BackupPiece.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new BackupPiece instance using the specified properties.
         * @function create
         * @memberof gossamer.BackupPiece
         * @static
         * @param {gossamer.BackupPiece.$Properties=} [properties] Properties to set
         * @returns {gossamer.BackupPiece} BackupPiece instance
         * @type {{
         *   (properties: gossamer.BackupPiece.$Shape): gossamer.BackupPiece & gossamer.BackupPiece.$Shape;
         *   (properties?: gossamer.BackupPiece.$Properties): gossamer.BackupPiece;
         * }}
         */
        BackupPiece.create = function(properties) {
            return new BackupPiece(properties);
        };

        /**
         * Encodes the specified BackupPiece message. Does not implicitly {@link gossamer.BackupPiece.verify|verify} messages.
         * @function encode
         * @memberof gossamer.BackupPiece
         * @static
         * @param {gossamer.BackupPiece.$Properties} message BackupPiece message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupPiece.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.backupId != null && $Object.hasOwnProperty.call(message, "backupId") && (typeof message.backupId === "object" ? message.backupId.low || message.backupId.high : message.backupId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.backupId);
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
            if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.done);
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.digest);
            if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.appliedIndex);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BackupPiece message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.BackupPiece
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.BackupPiece & gossamer.BackupPiece.$Shape} BackupPiece
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupPiece.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.BackupPiece();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.backupId = value;
                        else
                            delete message.backupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.done = value;
                        else
                            delete message.done;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.appliedIndex = value;
                        else
                            delete message.appliedIndex;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BackupPiece;
    })();

    gossamer.MemberListResponse = (function() {

        /**
         * Properties of a MemberListResponse.
         * @typedef {Object} gossamer.MemberListResponse.$Properties
         * @property {Array.<gossamer.Member.$Properties>} [members] MemberListResponse members
         * @property {string} [leader] MemberListResponse leader
         * @property {number} [term] MemberListResponse term
         * @property {number} [commit] MemberListResponse commit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MemberListResponse.
         * @memberof gossamer
         * @interface IMemberListResponse
         * @augments gossamer.MemberListResponse.$Properties
         * @deprecated Use gossamer.MemberListResponse.$Properties instead.
         */

        /**
         * Shape of a MemberListResponse.
         * @typedef {gossamer.MemberListResponse.$Properties} gossamer.MemberListResponse.$Shape
         */

        /**
         * Constructs a new MemberListResponse.
         * @memberof gossamer
         * @classdesc Represents a MemberListResponse.
         * @constructor
         * @param {gossamer.MemberListResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MemberListResponse = function (properties) {
            this.members = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MemberListResponse members.
         * @member {Array.<gossamer.Member>} members
         * @memberof gossamer.MemberListResponse
         * @instance
         */
        MemberListResponse.prototype.members = $util.emptyArray;

        /**
         * MemberListResponse leader.
         * @member {string} leader
         * @memberof gossamer.MemberListResponse
         * @instance
         */
        MemberListResponse.prototype.leader = "";

        /**
         * MemberListResponse term.
         * @member {number} term
         * @memberof gossamer.MemberListResponse
         * @instance
         */
        MemberListResponse.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MemberListResponse commit.
         * @member {number} commit
         * @memberof gossamer.MemberListResponse
         * @instance
         */
        MemberListResponse.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new MemberListResponse instance using the specified properties.
         * @function create
         * @memberof gossamer.MemberListResponse
         * @static
         * @param {gossamer.MemberListResponse.$Properties=} [properties] Properties to set
         * @returns {gossamer.MemberListResponse} MemberListResponse instance
         * @type {{
         *   (properties: gossamer.MemberListResponse.$Shape): gossamer.MemberListResponse & gossamer.MemberListResponse.$Shape;
         *   (properties?: gossamer.MemberListResponse.$Properties): gossamer.MemberListResponse;
         * }}
         */
        MemberListResponse.create = function(properties) {
            return new MemberListResponse(properties);
        };

        /**
         * Encodes the specified MemberListResponse message. Does not implicitly {@link gossamer.MemberListResponse.verify|verify} messages.
         * @function encode
         * @memberof gossamer.MemberListResponse
         * @static
         * @param {gossamer.MemberListResponse.$Properties} message MemberListResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberListResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.gossamer.Member.encode(message.members[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.leader);
            if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.term);
            if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.commit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MemberListResponse message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.MemberListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.MemberListResponse & gossamer.MemberListResponse.$Shape} MemberListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberListResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.MemberListResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.gossamer.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.leader = value;
                        else
                            delete message.leader;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.term = value;
                        else
                            delete message.term;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.commit = value;
                        else
                            delete message.commit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return MemberListResponse;
    })();

    gossamer.RemoveNode = (function() {

        /**
         * Properties of a RemoveNode.
         * @typedef {Object} gossamer.RemoveNode.$Properties
         * @property {string} [nodeId] RemoveNode nodeId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoveNode.
         * @memberof gossamer
         * @interface IRemoveNode
         * @augments gossamer.RemoveNode.$Properties
         * @deprecated Use gossamer.RemoveNode.$Properties instead.
         */

        /**
         * Shape of a RemoveNode.
         * @typedef {gossamer.RemoveNode.$Properties} gossamer.RemoveNode.$Shape
         */

        /**
         * Constructs a new RemoveNode.
         * @memberof gossamer
         * @classdesc Represents a RemoveNode.
         * @constructor
         * @param {gossamer.RemoveNode.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoveNode = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RemoveNode nodeId.
         * @member {string} nodeId
         * @memberof gossamer.RemoveNode
         * @instance
         */
        RemoveNode.prototype.nodeId = "";

        /**
         * Creates a new RemoveNode instance using the specified properties.
         * @function create
         * @memberof gossamer.RemoveNode
         * @static
         * @param {gossamer.RemoveNode.$Properties=} [properties] Properties to set
         * @returns {gossamer.RemoveNode} RemoveNode instance
         * @type {{
         *   (properties: gossamer.RemoveNode.$Shape): gossamer.RemoveNode & gossamer.RemoveNode.$Shape;
         *   (properties?: gossamer.RemoveNode.$Properties): gossamer.RemoveNode;
         * }}
         */
        RemoveNode.create = function(properties) {
            return new RemoveNode(properties);
        };

        /**
         * Encodes the specified RemoveNode message. Does not implicitly {@link gossamer.RemoveNode.verify|verify} messages.
         * @function encode
         * @memberof gossamer.RemoveNode
         * @static
         * @param {gossamer.RemoveNode.$Properties} message RemoveNode message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveNode.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RemoveNode message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.RemoveNode
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.RemoveNode & gossamer.RemoveNode.$Shape} RemoveNode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveNode.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.RemoveNode();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeId = value;
                        else
                            delete message.nodeId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RemoveNode;
    })();

    gossamer.Ping = (function() {

        /**
         * Properties of a Ping.
         * @typedef {Object} gossamer.Ping.$Properties
         * @property {string} [targetCluster] Ping targetCluster
         * @property {number} [hopLimit] Ping hopLimit
         * @property {Array.<gossamer.PingHop.$Properties>} [path] Ping path
         * @property {string} [originCluster] Ping originCluster
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Ping.
         * @memberof gossamer
         * @interface IPing
         * @augments gossamer.Ping.$Properties
         * @deprecated Use gossamer.Ping.$Properties instead.
         */

        /**
         * Shape of a Ping.
         * @typedef {gossamer.Ping.$Properties} gossamer.Ping.$Shape
         */

        /**
         * Constructs a new Ping.
         * @memberof gossamer
         * @classdesc Represents a Ping.
         * @constructor
         * @param {gossamer.Ping.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Ping = function (properties) {
            this.path = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Ping targetCluster.
         * @member {string} targetCluster
         * @memberof gossamer.Ping
         * @instance
         */
        Ping.prototype.targetCluster = "";

        /**
         * Ping hopLimit.
         * @member {number} hopLimit
         * @memberof gossamer.Ping
         * @instance
         */
        Ping.prototype.hopLimit = 0;

        /**
         * Ping path.
         * @member {Array.<gossamer.PingHop>} path
         * @memberof gossamer.Ping
         * @instance
         */
        Ping.prototype.path = $util.emptyArray;

        /**
         * Ping originCluster.
         * @member {string} originCluster
         * @memberof gossamer.Ping
         * @instance
         */
        Ping.prototype.originCluster = "";

        /**
         * Creates a new Ping instance using the specified properties.
         * @function create
         * @memberof gossamer.Ping
         * @static
         * @param {gossamer.Ping.$Properties=} [properties] Properties to set
         * @returns {gossamer.Ping} Ping instance
         * @type {{
         *   (properties: gossamer.Ping.$Shape): gossamer.Ping & gossamer.Ping.$Shape;
         *   (properties?: gossamer.Ping.$Properties): gossamer.Ping;
         * }}
         */
        Ping.create = function(properties) {
            return new Ping(properties);
        };

        /**
         * Encodes the specified Ping message. Does not implicitly {@link gossamer.Ping.verify|verify} messages.
         * @function encode
         * @memberof gossamer.Ping
         * @static
         * @param {gossamer.Ping.$Properties} message Ping message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ping.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targetCluster != null && $Object.hasOwnProperty.call(message, "targetCluster") && message.targetCluster !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.targetCluster);
            if (message.hopLimit != null && $Object.hasOwnProperty.call(message, "hopLimit") && message.hopLimit !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.hopLimit);
            if (message.path != null && message.path.length)
                for (let i = 0; i < message.path.length; ++i)
                    $root.gossamer.PingHop.encode(message.path[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.originCluster != null && $Object.hasOwnProperty.call(message, "originCluster") && message.originCluster !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.originCluster);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.Ping
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.Ping & gossamer.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ping.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.Ping();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetCluster = value;
                        else
                            delete message.targetCluster;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.hopLimit = value;
                        else
                            delete message.hopLimit;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.path && message.path.length))
                            message.path = [];
                        message.path.push($root.gossamer.PingHop.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.originCluster = value;
                        else
                            delete message.originCluster;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Ping;
    })();

    gossamer.PingHop = (function() {

        /**
         * Properties of a PingHop.
         * @typedef {Object} gossamer.PingHop.$Properties
         * @property {string} [cluster] PingHop cluster
         * @property {number} [rttUs] PingHop rttUs
         * @property {Array.<string>} [nodesAnswered] PingHop nodesAnswered
         * @property {Array.<string>} [nodesSilent] PingHop nodesSilent
         * @property {boolean} [reachable] PingHop reachable
         * @property {string} [note] PingHop note
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PingHop.
         * @memberof gossamer
         * @interface IPingHop
         * @augments gossamer.PingHop.$Properties
         * @deprecated Use gossamer.PingHop.$Properties instead.
         */

        /**
         * Shape of a PingHop.
         * @typedef {gossamer.PingHop.$Properties} gossamer.PingHop.$Shape
         */

        /**
         * Constructs a new PingHop.
         * @memberof gossamer
         * @classdesc Represents a PingHop.
         * @constructor
         * @param {gossamer.PingHop.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PingHop = function (properties) {
            this.nodesAnswered = [];
            this.nodesSilent = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PingHop cluster.
         * @member {string} cluster
         * @memberof gossamer.PingHop
         * @instance
         */
        PingHop.prototype.cluster = "";

        /**
         * PingHop rttUs.
         * @member {number} rttUs
         * @memberof gossamer.PingHop
         * @instance
         */
        PingHop.prototype.rttUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PingHop nodesAnswered.
         * @member {Array.<string>} nodesAnswered
         * @memberof gossamer.PingHop
         * @instance
         */
        PingHop.prototype.nodesAnswered = $util.emptyArray;

        /**
         * PingHop nodesSilent.
         * @member {Array.<string>} nodesSilent
         * @memberof gossamer.PingHop
         * @instance
         */
        PingHop.prototype.nodesSilent = $util.emptyArray;

        /**
         * PingHop reachable.
         * @member {boolean} reachable
         * @memberof gossamer.PingHop
         * @instance
         */
        PingHop.prototype.reachable = false;

        /**
         * PingHop note.
         * @member {string} note
         * @memberof gossamer.PingHop
         * @instance
         */
        PingHop.prototype.note = "";

        /**
         * Creates a new PingHop instance using the specified properties.
         * @function create
         * @memberof gossamer.PingHop
         * @static
         * @param {gossamer.PingHop.$Properties=} [properties] Properties to set
         * @returns {gossamer.PingHop} PingHop instance
         * @type {{
         *   (properties: gossamer.PingHop.$Shape): gossamer.PingHop & gossamer.PingHop.$Shape;
         *   (properties?: gossamer.PingHop.$Properties): gossamer.PingHop;
         * }}
         */
        PingHop.create = function(properties) {
            return new PingHop(properties);
        };

        /**
         * Encodes the specified PingHop message. Does not implicitly {@link gossamer.PingHop.verify|verify} messages.
         * @function encode
         * @memberof gossamer.PingHop
         * @static
         * @param {gossamer.PingHop.$Properties} message PingHop message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PingHop.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.cluster);
            if (message.rttUs != null && $Object.hasOwnProperty.call(message, "rttUs") && (typeof message.rttUs === "object" ? message.rttUs.low || message.rttUs.high : message.rttUs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.rttUs);
            if (message.nodesAnswered != null && message.nodesAnswered.length)
                for (let i = 0; i < message.nodesAnswered.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.nodesAnswered[i]);
            if (message.nodesSilent != null && message.nodesSilent.length)
                for (let i = 0; i < message.nodesSilent.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.nodesSilent[i]);
            if (message.reachable != null && $Object.hasOwnProperty.call(message, "reachable") && message.reachable !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reachable);
            if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.note);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PingHop message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.PingHop
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.PingHop & gossamer.PingHop.$Shape} PingHop
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PingHop.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.PingHop();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.cluster = value;
                        else
                            delete message.cluster;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.rttUs = value;
                        else
                            delete message.rttUs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.nodesAnswered && message.nodesAnswered.length))
                            message.nodesAnswered = [];
                        message.nodesAnswered.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.nodesSilent && message.nodesSilent.length))
                            message.nodesSilent = [];
                        message.nodesSilent.push(reader.stringVerify());
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.reachable = value;
                        else
                            delete message.reachable;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.note = value;
                        else
                            delete message.note;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return PingHop;
    })();

    gossamer.PingResult = (function() {

        /**
         * Properties of a PingResult.
         * @typedef {Object} gossamer.PingResult.$Properties
         * @property {Array.<gossamer.PingHop.$Properties>} [path] PingResult path
         * @property {boolean} [found] PingResult found
         * @property {string} [reason] PingResult reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PingResult.
         * @memberof gossamer
         * @interface IPingResult
         * @augments gossamer.PingResult.$Properties
         * @deprecated Use gossamer.PingResult.$Properties instead.
         */

        /**
         * Shape of a PingResult.
         * @typedef {gossamer.PingResult.$Properties} gossamer.PingResult.$Shape
         */

        /**
         * Constructs a new PingResult.
         * @memberof gossamer
         * @classdesc Represents a PingResult.
         * @constructor
         * @param {gossamer.PingResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PingResult = function (properties) {
            this.path = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PingResult path.
         * @member {Array.<gossamer.PingHop>} path
         * @memberof gossamer.PingResult
         * @instance
         */
        PingResult.prototype.path = $util.emptyArray;

        /**
         * PingResult found.
         * @member {boolean} found
         * @memberof gossamer.PingResult
         * @instance
         */
        PingResult.prototype.found = false;

        /**
         * PingResult reason.
         * @member {string} reason
         * @memberof gossamer.PingResult
         * @instance
         */
        PingResult.prototype.reason = "";

        /**
         * Creates a new PingResult instance using the specified properties.
         * @function create
         * @memberof gossamer.PingResult
         * @static
         * @param {gossamer.PingResult.$Properties=} [properties] Properties to set
         * @returns {gossamer.PingResult} PingResult instance
         * @type {{
         *   (properties: gossamer.PingResult.$Shape): gossamer.PingResult & gossamer.PingResult.$Shape;
         *   (properties?: gossamer.PingResult.$Properties): gossamer.PingResult;
         * }}
         */
        PingResult.create = function(properties) {
            return new PingResult(properties);
        };

        /**
         * Encodes the specified PingResult message. Does not implicitly {@link gossamer.PingResult.verify|verify} messages.
         * @function encode
         * @memberof gossamer.PingResult
         * @static
         * @param {gossamer.PingResult.$Properties} message PingResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PingResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.path != null && message.path.length)
                for (let i = 0; i < message.path.length; ++i)
                    $root.gossamer.PingHop.encode(message.path[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.found);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PingResult message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.PingResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.PingResult & gossamer.PingResult.$Shape} PingResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PingResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.PingResult();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.path && message.path.length))
                            message.path = [];
                        message.path.push($root.gossamer.PingHop.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.found = value;
                        else
                            delete message.found;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return PingResult;
    })();

    gossamer.WorkItem = (function() {

        /**
         * Properties of a WorkItem.
         * @typedef {Object} gossamer.WorkItem.$Properties
         * @property {number} [workId] WorkItem workId
         * @property {gossamer.WriteWork.$Properties|null} [write] WorkItem write
         * @property {gossamer.ReadRequest.$Properties|null} [read] WorkItem read
         * @property {gossamer.ListRequest.$Properties|null} [list] WorkItem list
         * @property {gossamer.RemoveRequest.$Properties|null} [remove] WorkItem remove
         * @property {gossamer.AddNode.$Properties|null} [addNode] WorkItem addNode
         * @property {gossamer.RemoveNode.$Properties|null} [removeNode] WorkItem removeNode
         * @property {gossamer.Ping.$Properties|null} [ping] WorkItem ping
         * @property {gossamer.PromoteNode.$Properties|null} [promoteNode] WorkItem promoteNode
         * @property {gossamer.TransferLeader.$Properties|null} [transferLeader] WorkItem transferLeader
         * @property {gossamer.MemberList.$Properties|null} [memberList] WorkItem memberList
         * @property {"write"|"read"|"list"|"remove"|"addNode"|"removeNode"|"ping"|"promoteNode"|"transferLeader"|"memberList"} [body] WorkItem body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkItem.
         * @memberof gossamer
         * @interface IWorkItem
         * @augments gossamer.WorkItem.$Properties
         * @deprecated Use gossamer.WorkItem.$Properties instead.
         */

        /**
         * Narrowed shape of a WorkItem.
         * @typedef {{
         *   workId?: number;
         *   write?: gossamer.WriteWork.$Shape|null;
         *   read?: gossamer.ReadRequest.$Shape|null;
         *   list?: gossamer.ListRequest.$Shape|null;
         *   remove?: gossamer.RemoveRequest.$Shape|null;
         *   addNode?: gossamer.AddNode.$Shape|null;
         *   removeNode?: gossamer.RemoveNode.$Shape|null;
         *   ping?: gossamer.Ping.$Shape|null;
         *   promoteNode?: gossamer.PromoteNode.$Shape|null;
         *   transferLeader?: gossamer.TransferLeader.$Shape|null;
         *   memberList?: gossamer.MemberList.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "write"; write: gossamer.WriteWork.$Shape; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "read"; write?: null; read: gossamer.ReadRequest.$Shape; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "list"; write?: null; read?: null; list: gossamer.ListRequest.$Shape; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "remove"; write?: null; read?: null; list?: null; remove: gossamer.RemoveRequest.$Shape; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "addNode"; write?: null; read?: null; list?: null; remove?: null; addNode: gossamer.AddNode.$Shape; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "removeNode"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode: gossamer.RemoveNode.$Shape; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "ping"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping: gossamer.Ping.$Shape; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "promoteNode"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode: gossamer.PromoteNode.$Shape; transferLeader?: null; memberList?: null }|{ body?: "transferLeader"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader: gossamer.TransferLeader.$Shape; memberList?: null }|{ body?: "memberList"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList: gossamer.MemberList.$Shape })
         * )} gossamer.WorkItem.$Shape
         */

        /**
         * Constructs a new WorkItem.
         * @memberof gossamer
         * @classdesc Represents a WorkItem.
         * @constructor
         * @param {gossamer.WorkItem.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkItem = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WorkItem workId.
         * @member {number} workId
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.workId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkItem write.
         * @member {gossamer.WriteWork|null} write
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.write = null;

        /**
         * WorkItem read.
         * @member {gossamer.ReadRequest|null} read
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.read = null;

        /**
         * WorkItem list.
         * @member {gossamer.ListRequest|null} list
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.list = null;

        /**
         * WorkItem remove.
         * @member {gossamer.RemoveRequest|null} remove
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.remove = null;

        /**
         * WorkItem addNode.
         * @member {gossamer.AddNode|null} addNode
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.addNode = null;

        /**
         * WorkItem removeNode.
         * @member {gossamer.RemoveNode|null} removeNode
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.removeNode = null;

        /**
         * WorkItem ping.
         * @member {gossamer.Ping|null} ping
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.ping = null;

        /**
         * WorkItem promoteNode.
         * @member {gossamer.PromoteNode|null} promoteNode
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.promoteNode = null;

        /**
         * WorkItem transferLeader.
         * @member {gossamer.TransferLeader|null} transferLeader
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.transferLeader = null;

        /**
         * WorkItem memberList.
         * @member {gossamer.MemberList|null} memberList
         * @memberof gossamer.WorkItem
         * @instance
         */
        WorkItem.prototype.memberList = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * WorkItem body.
         * @member {"write"|"read"|"list"|"remove"|"addNode"|"removeNode"|"ping"|"promoteNode"|"transferLeader"|"memberList"|undefined} body
         * @memberof gossamer.WorkItem
         * @instance
         */
        $Object.defineProperty(WorkItem.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["write", "read", "list", "remove", "addNode", "removeNode", "ping", "promoteNode", "transferLeader", "memberList"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new WorkItem instance using the specified properties.
         * @function create
         * @memberof gossamer.WorkItem
         * @static
         * @param {gossamer.WorkItem.$Properties=} [properties] Properties to set
         * @returns {gossamer.WorkItem} WorkItem instance
         * @type {{
         *   (properties: gossamer.WorkItem.$Shape): gossamer.WorkItem & gossamer.WorkItem.$Shape;
         *   (properties?: gossamer.WorkItem.$Properties): gossamer.WorkItem;
         * }}
         */
        WorkItem.create = function(properties) {
            return new WorkItem(properties);
        };

        /**
         * Encodes the specified WorkItem message. Does not implicitly {@link gossamer.WorkItem.verify|verify} messages.
         * @function encode
         * @memberof gossamer.WorkItem
         * @static
         * @param {gossamer.WorkItem.$Properties} message WorkItem message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkItem.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.workId != null && $Object.hasOwnProperty.call(message, "workId") && (typeof message.workId === "object" ? message.workId.low || message.workId.high : message.workId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.workId);
            if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                $root.gossamer.ReadRequest.encode(message.read, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                $root.gossamer.ListRequest.encode(message.list, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.remove != null && $Object.hasOwnProperty.call(message, "remove"))
                $root.gossamer.RemoveRequest.encode(message.remove, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.addNode != null && $Object.hasOwnProperty.call(message, "addNode"))
                $root.gossamer.AddNode.encode(message.addNode, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.removeNode != null && $Object.hasOwnProperty.call(message, "removeNode"))
                $root.gossamer.RemoveNode.encode(message.removeNode, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                $root.gossamer.Ping.encode(message.ping, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.promoteNode != null && $Object.hasOwnProperty.call(message, "promoteNode"))
                $root.gossamer.PromoteNode.encode(message.promoteNode, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.transferLeader != null && $Object.hasOwnProperty.call(message, "transferLeader"))
                $root.gossamer.TransferLeader.encode(message.transferLeader, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.memberList != null && $Object.hasOwnProperty.call(message, "memberList"))
                $root.gossamer.MemberList.encode(message.memberList, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.write != null && $Object.hasOwnProperty.call(message, "write"))
                $root.gossamer.WriteWork.encode(message.write, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WorkItem message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.WorkItem
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.WorkItem & gossamer.WorkItem.$Shape} WorkItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkItem.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.WorkItem();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.workId = value;
                        else
                            delete message.workId;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.write = $root.gossamer.WriteWork.decode(reader, reader.size(), $undefined, _depth + 1, message.write);
                        message.body = "write";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.read = $root.gossamer.ReadRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
                        message.body = "read";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.list = $root.gossamer.ListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.list);
                        message.body = "list";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.remove = $root.gossamer.RemoveRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.remove);
                        message.body = "remove";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.addNode = $root.gossamer.AddNode.decode(reader, reader.size(), $undefined, _depth + 1, message.addNode);
                        message.body = "addNode";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.removeNode = $root.gossamer.RemoveNode.decode(reader, reader.size(), $undefined, _depth + 1, message.removeNode);
                        message.body = "removeNode";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.ping = $root.gossamer.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                        message.body = "ping";
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.promoteNode = $root.gossamer.PromoteNode.decode(reader, reader.size(), $undefined, _depth + 1, message.promoteNode);
                        message.body = "promoteNode";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.transferLeader = $root.gossamer.TransferLeader.decode(reader, reader.size(), $undefined, _depth + 1, message.transferLeader);
                        message.body = "transferLeader";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.memberList = $root.gossamer.MemberList.decode(reader, reader.size(), $undefined, _depth + 1, message.memberList);
                        message.body = "memberList";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WorkItem;
    })();

    gossamer.WorkResult = (function() {

        /**
         * Properties of a WorkResult.
         * @typedef {Object} gossamer.WorkResult.$Properties
         * @property {number} [workId] WorkResult workId
         * @property {gossamer.WriteDone.$Properties|null} [write] WorkResult write
         * @property {gossamer.ReadResponse.$Properties|null} [read] WorkResult read
         * @property {gossamer.ListResponse.$Properties|null} [list] WorkResult list
         * @property {gossamer.RemoveResponse.$Properties|null} [remove] WorkResult remove
         * @property {gossamer.Ack.$Properties|null} [ack] WorkResult ack
         * @property {gossamer.PingResult.$Properties|null} [ping] WorkResult ping
         * @property {gossamer.ErrorReply.$Properties|null} [error] WorkResult error
         * @property {gossamer.NotLeader.$Properties|null} [notLeader] WorkResult notLeader
         * @property {gossamer.MemberListResponse.$Properties|null} [memberList] WorkResult memberList
         * @property {"write"|"read"|"list"|"remove"|"ack"|"ping"|"error"|"notLeader"|"memberList"} [body] WorkResult body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkResult.
         * @memberof gossamer
         * @interface IWorkResult
         * @augments gossamer.WorkResult.$Properties
         * @deprecated Use gossamer.WorkResult.$Properties instead.
         */

        /**
         * Narrowed shape of a WorkResult.
         * @typedef {{
         *   workId?: number;
         *   write?: gossamer.WriteDone.$Shape|null;
         *   read?: gossamer.ReadResponse.$Shape|null;
         *   list?: gossamer.ListResponse.$Shape|null;
         *   remove?: gossamer.RemoveResponse.$Shape|null;
         *   ack?: gossamer.Ack.$Shape|null;
         *   ping?: gossamer.PingResult.$Shape|null;
         *   error?: gossamer.ErrorReply.$Shape|null;
         *   notLeader?: gossamer.NotLeader.$Shape|null;
         *   memberList?: gossamer.MemberListResponse.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "write"; write: gossamer.WriteDone.$Shape; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "read"; write?: null; read: gossamer.ReadResponse.$Shape; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "list"; write?: null; read?: null; list: gossamer.ListResponse.$Shape; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "remove"; write?: null; read?: null; list?: null; remove: gossamer.RemoveResponse.$Shape; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "ack"; write?: null; read?: null; list?: null; remove?: null; ack: gossamer.Ack.$Shape; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "ping"; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping: gossamer.PingResult.$Shape; error?: null; notLeader?: null; memberList?: null }|{ body?: "error"; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error: gossamer.ErrorReply.$Shape; notLeader?: null; memberList?: null }|{ body?: "notLeader"; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader: gossamer.NotLeader.$Shape; memberList?: null }|{ body?: "memberList"; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList: gossamer.MemberListResponse.$Shape })
         * )} gossamer.WorkResult.$Shape
         */

        /**
         * Constructs a new WorkResult.
         * @memberof gossamer
         * @classdesc Represents a WorkResult.
         * @constructor
         * @param {gossamer.WorkResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkResult = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WorkResult workId.
         * @member {number} workId
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.workId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkResult write.
         * @member {gossamer.WriteDone|null} write
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.write = null;

        /**
         * WorkResult read.
         * @member {gossamer.ReadResponse|null} read
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.read = null;

        /**
         * WorkResult list.
         * @member {gossamer.ListResponse|null} list
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.list = null;

        /**
         * WorkResult remove.
         * @member {gossamer.RemoveResponse|null} remove
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.remove = null;

        /**
         * WorkResult ack.
         * @member {gossamer.Ack|null} ack
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.ack = null;

        /**
         * WorkResult ping.
         * @member {gossamer.PingResult|null} ping
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.ping = null;

        /**
         * WorkResult error.
         * @member {gossamer.ErrorReply|null} error
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.error = null;

        /**
         * WorkResult notLeader.
         * @member {gossamer.NotLeader|null} notLeader
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.notLeader = null;

        /**
         * WorkResult memberList.
         * @member {gossamer.MemberListResponse|null} memberList
         * @memberof gossamer.WorkResult
         * @instance
         */
        WorkResult.prototype.memberList = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * WorkResult body.
         * @member {"write"|"read"|"list"|"remove"|"ack"|"ping"|"error"|"notLeader"|"memberList"|undefined} body
         * @memberof gossamer.WorkResult
         * @instance
         */
        $Object.defineProperty(WorkResult.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["write", "read", "list", "remove", "ack", "ping", "error", "notLeader", "memberList"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new WorkResult instance using the specified properties.
         * @function create
         * @memberof gossamer.WorkResult
         * @static
         * @param {gossamer.WorkResult.$Properties=} [properties] Properties to set
         * @returns {gossamer.WorkResult} WorkResult instance
         * @type {{
         *   (properties: gossamer.WorkResult.$Shape): gossamer.WorkResult & gossamer.WorkResult.$Shape;
         *   (properties?: gossamer.WorkResult.$Properties): gossamer.WorkResult;
         * }}
         */
        WorkResult.create = function(properties) {
            return new WorkResult(properties);
        };

        /**
         * Encodes the specified WorkResult message. Does not implicitly {@link gossamer.WorkResult.verify|verify} messages.
         * @function encode
         * @memberof gossamer.WorkResult
         * @static
         * @param {gossamer.WorkResult.$Properties} message WorkResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.workId != null && $Object.hasOwnProperty.call(message, "workId") && (typeof message.workId === "object" ? message.workId.low || message.workId.high : message.workId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.workId);
            if (message.write != null && $Object.hasOwnProperty.call(message, "write"))
                $root.gossamer.WriteDone.encode(message.write, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                $root.gossamer.ReadResponse.encode(message.read, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                $root.gossamer.ListResponse.encode(message.list, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.remove != null && $Object.hasOwnProperty.call(message, "remove"))
                $root.gossamer.RemoveResponse.encode(message.remove, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                $root.gossamer.Ack.encode(message.ack, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                $root.gossamer.PingResult.encode(message.ping, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.gossamer.ErrorReply.encode(message.error, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.notLeader != null && $Object.hasOwnProperty.call(message, "notLeader"))
                $root.gossamer.NotLeader.encode(message.notLeader, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.memberList != null && $Object.hasOwnProperty.call(message, "memberList"))
                $root.gossamer.MemberListResponse.encode(message.memberList, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WorkResult message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.WorkResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.WorkResult & gossamer.WorkResult.$Shape} WorkResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.WorkResult();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.workId = value;
                        else
                            delete message.workId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.write = $root.gossamer.WriteDone.decode(reader, reader.size(), $undefined, _depth + 1, message.write);
                        message.body = "write";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.read = $root.gossamer.ReadResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
                        message.body = "read";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.list = $root.gossamer.ListResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.list);
                        message.body = "list";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.remove = $root.gossamer.RemoveResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.remove);
                        message.body = "remove";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.ack = $root.gossamer.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                        message.body = "ack";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.ping = $root.gossamer.PingResult.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                        message.body = "ping";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.gossamer.ErrorReply.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        message.body = "error";
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.notLeader = $root.gossamer.NotLeader.decode(reader, reader.size(), $undefined, _depth + 1, message.notLeader);
                        message.body = "notLeader";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.memberList = $root.gossamer.MemberListResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.memberList);
                        message.body = "memberList";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WorkResult;
    })();

    gossamer.Ack = (function() {

        /**
         * Properties of an Ack.
         * @typedef {Object} gossamer.Ack.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Ack.
         * @memberof gossamer
         * @interface IAck
         * @augments gossamer.Ack.$Properties
         * @deprecated Use gossamer.Ack.$Properties instead.
         */

        /**
         * Shape of an Ack.
         * @typedef {gossamer.Ack.$Properties} gossamer.Ack.$Shape
         */

        /**
         * Constructs a new Ack.
         * @memberof gossamer
         * @classdesc Represents an Ack.
         * @constructor
         * @param {gossamer.Ack.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Ack = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new Ack instance using the specified properties.
         * @function create
         * @memberof gossamer.Ack
         * @static
         * @param {gossamer.Ack.$Properties=} [properties] Properties to set
         * @returns {gossamer.Ack} Ack instance
         * @type {{
         *   (properties: gossamer.Ack.$Shape): gossamer.Ack & gossamer.Ack.$Shape;
         *   (properties?: gossamer.Ack.$Properties): gossamer.Ack;
         * }}
         */
        Ack.create = function(properties) {
            return new Ack(properties);
        };

        /**
         * Encodes the specified Ack message. Does not implicitly {@link gossamer.Ack.verify|verify} messages.
         * @function encode
         * @memberof gossamer.Ack
         * @static
         * @param {gossamer.Ack.$Properties} message Ack message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ack.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Ack message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.Ack
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.Ack & gossamer.Ack.$Shape} Ack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ack.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.Ack();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Ack;
    })();

    gossamer.NotLeader = (function() {

        /**
         * Properties of a NotLeader.
         * @typedef {Object} gossamer.NotLeader.$Properties
         * @property {string} [leaderHint] NotLeader leaderHint
         * @property {number} [term] NotLeader term
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NotLeader.
         * @memberof gossamer
         * @interface INotLeader
         * @augments gossamer.NotLeader.$Properties
         * @deprecated Use gossamer.NotLeader.$Properties instead.
         */

        /**
         * Shape of a NotLeader.
         * @typedef {gossamer.NotLeader.$Properties} gossamer.NotLeader.$Shape
         */

        /**
         * Constructs a new NotLeader.
         * @memberof gossamer
         * @classdesc Represents a NotLeader.
         * @constructor
         * @param {gossamer.NotLeader.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NotLeader = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NotLeader leaderHint.
         * @member {string} leaderHint
         * @memberof gossamer.NotLeader
         * @instance
         */
        NotLeader.prototype.leaderHint = "";

        /**
         * NotLeader term.
         * @member {number} term
         * @memberof gossamer.NotLeader
         * @instance
         */
        NotLeader.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new NotLeader instance using the specified properties.
         * @function create
         * @memberof gossamer.NotLeader
         * @static
         * @param {gossamer.NotLeader.$Properties=} [properties] Properties to set
         * @returns {gossamer.NotLeader} NotLeader instance
         * @type {{
         *   (properties: gossamer.NotLeader.$Shape): gossamer.NotLeader & gossamer.NotLeader.$Shape;
         *   (properties?: gossamer.NotLeader.$Properties): gossamer.NotLeader;
         * }}
         */
        NotLeader.create = function(properties) {
            return new NotLeader(properties);
        };

        /**
         * Encodes the specified NotLeader message. Does not implicitly {@link gossamer.NotLeader.verify|verify} messages.
         * @function encode
         * @memberof gossamer.NotLeader
         * @static
         * @param {gossamer.NotLeader.$Properties} message NotLeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NotLeader.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint") && message.leaderHint !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.leaderHint);
            if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.term);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NotLeader message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.NotLeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.NotLeader & gossamer.NotLeader.$Shape} NotLeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NotLeader.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.NotLeader();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.leaderHint = value;
                        else
                            delete message.leaderHint;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.term = value;
                        else
                            delete message.term;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return NotLeader;
    })();

    gossamer.StealRequest = (function() {

        /**
         * Properties of a StealRequest.
         * @typedef {Object} gossamer.StealRequest.$Properties
         * @property {string} [nodeId] StealRequest nodeId
         * @property {string} [address] StealRequest address
         * @property {boolean} [leader] StealRequest leader
         * @property {number} [term] StealRequest term
         * @property {string} [role] StealRequest role
         * @property {number} [commit] StealRequest commit
         * @property {number} [applied] StealRequest applied
         * @property {number} [readsServed] StealRequest readsServed
         * @property {string} [leaderHint] StealRequest leaderHint
         * @property {Array.<gossamer.NodeAddress.$Properties>} [members] StealRequest members
         * @property {Array.<string>} [voters] StealRequest voters
         * @property {Array.<string>} [learners] StealRequest learners
         * @property {boolean} [takesReads] StealRequest takesReads
         * @property {number} [slots] StealRequest slots
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StealRequest.
         * @memberof gossamer
         * @interface IStealRequest
         * @augments gossamer.StealRequest.$Properties
         * @deprecated Use gossamer.StealRequest.$Properties instead.
         */

        /**
         * Shape of a StealRequest.
         * @typedef {gossamer.StealRequest.$Properties} gossamer.StealRequest.$Shape
         */

        /**
         * Constructs a new StealRequest.
         * @memberof gossamer
         * @classdesc Represents a StealRequest.
         * @constructor
         * @param {gossamer.StealRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StealRequest = function (properties) {
            this.members = [];
            this.voters = [];
            this.learners = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StealRequest nodeId.
         * @member {string} nodeId
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.nodeId = "";

        /**
         * StealRequest address.
         * @member {string} address
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.address = "";

        /**
         * StealRequest leader.
         * @member {boolean} leader
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.leader = false;

        /**
         * StealRequest term.
         * @member {number} term
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StealRequest role.
         * @member {string} role
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.role = "";

        /**
         * StealRequest commit.
         * @member {number} commit
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StealRequest applied.
         * @member {number} applied
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.applied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StealRequest readsServed.
         * @member {number} readsServed
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.readsServed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StealRequest leaderHint.
         * @member {string} leaderHint
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.leaderHint = "";

        /**
         * StealRequest members.
         * @member {Array.<gossamer.NodeAddress>} members
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.members = $util.emptyArray;

        /**
         * StealRequest voters.
         * @member {Array.<string>} voters
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.voters = $util.emptyArray;

        /**
         * StealRequest learners.
         * @member {Array.<string>} learners
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.learners = $util.emptyArray;

        /**
         * StealRequest takesReads.
         * @member {boolean} takesReads
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.takesReads = false;

        /**
         * StealRequest slots.
         * @member {number} slots
         * @memberof gossamer.StealRequest
         * @instance
         */
        StealRequest.prototype.slots = 0;

        /**
         * Creates a new StealRequest instance using the specified properties.
         * @function create
         * @memberof gossamer.StealRequest
         * @static
         * @param {gossamer.StealRequest.$Properties=} [properties] Properties to set
         * @returns {gossamer.StealRequest} StealRequest instance
         * @type {{
         *   (properties: gossamer.StealRequest.$Shape): gossamer.StealRequest & gossamer.StealRequest.$Shape;
         *   (properties?: gossamer.StealRequest.$Properties): gossamer.StealRequest;
         * }}
         */
        StealRequest.create = function(properties) {
            return new StealRequest(properties);
        };

        /**
         * Encodes the specified StealRequest message. Does not implicitly {@link gossamer.StealRequest.verify|verify} messages.
         * @function encode
         * @memberof gossamer.StealRequest
         * @static
         * @param {gossamer.StealRequest.$Properties} message StealRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StealRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
            if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.leader);
            if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
            if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.role);
            if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.commit);
            if (message.applied != null && $Object.hasOwnProperty.call(message, "applied") && (typeof message.applied === "object" ? message.applied.low || message.applied.high : message.applied !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.applied);
            if (message.readsServed != null && $Object.hasOwnProperty.call(message, "readsServed") && (typeof message.readsServed === "object" ? message.readsServed.low || message.readsServed.high : message.readsServed !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.readsServed);
            if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint") && message.leaderHint !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.leaderHint);
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.gossamer.NodeAddress.encode(message.members[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.voters != null && message.voters.length)
                for (let i = 0; i < message.voters.length; ++i)
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.voters[i]);
            if (message.learners != null && message.learners.length)
                for (let i = 0; i < message.learners.length; ++i)
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.learners[i]);
            if (message.takesReads != null && $Object.hasOwnProperty.call(message, "takesReads") && message.takesReads !== false)
                writer.uint32(/* id 13, wireType 0 =*/104).bool(message.takesReads);
            if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
                writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.slots);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StealRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.StealRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.StealRequest & gossamer.StealRequest.$Shape} StealRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StealRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.StealRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeId = value;
                        else
                            delete message.nodeId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.leader = value;
                        else
                            delete message.leader;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.term = value;
                        else
                            delete message.term;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.role = value;
                        else
                            delete message.role;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.commit = value;
                        else
                            delete message.commit;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.applied = value;
                        else
                            delete message.applied;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.readsServed = value;
                        else
                            delete message.readsServed;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.leaderHint = value;
                        else
                            delete message.leaderHint;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.gossamer.NodeAddress.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.voters && message.voters.length))
                            message.voters = [];
                        message.voters.push(reader.stringVerify());
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (!(message.learners && message.learners.length))
                            message.learners = [];
                        message.learners.push(reader.stringVerify());
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.takesReads = value;
                        else
                            delete message.takesReads;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.slots = value;
                        else
                            delete message.slots;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return StealRequest;
    })();

    gossamer.StealResponse = (function() {

        /**
         * Properties of a StealResponse.
         * @typedef {Object} gossamer.StealResponse.$Properties
         * @property {Array.<gossamer.WorkItem.$Properties>} [items] StealResponse items
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StealResponse.
         * @memberof gossamer
         * @interface IStealResponse
         * @augments gossamer.StealResponse.$Properties
         * @deprecated Use gossamer.StealResponse.$Properties instead.
         */

        /**
         * Shape of a StealResponse.
         * @typedef {{
         *   items?: Array.<gossamer.WorkItem.$Shape>;
         *   $unknowns?: Array.<Uint8Array>;
         * }} gossamer.StealResponse.$Shape
         */

        /**
         * Constructs a new StealResponse.
         * @memberof gossamer
         * @classdesc Represents a StealResponse.
         * @constructor
         * @param {gossamer.StealResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StealResponse = function (properties) {
            this.items = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StealResponse items.
         * @member {Array.<gossamer.WorkItem>} items
         * @memberof gossamer.StealResponse
         * @instance
         */
        StealResponse.prototype.items = $util.emptyArray;

        /**
         * Creates a new StealResponse instance using the specified properties.
         * @function create
         * @memberof gossamer.StealResponse
         * @static
         * @param {gossamer.StealResponse.$Properties=} [properties] Properties to set
         * @returns {gossamer.StealResponse} StealResponse instance
         * @type {{
         *   (properties: gossamer.StealResponse.$Shape): gossamer.StealResponse & gossamer.StealResponse.$Shape;
         *   (properties?: gossamer.StealResponse.$Properties): gossamer.StealResponse;
         * }}
         */
        StealResponse.create = function(properties) {
            return new StealResponse(properties);
        };

        /**
         * Encodes the specified StealResponse message. Does not implicitly {@link gossamer.StealResponse.verify|verify} messages.
         * @function encode
         * @memberof gossamer.StealResponse
         * @static
         * @param {gossamer.StealResponse.$Properties} message StealResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StealResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.items != null && message.items.length)
                for (let i = 0; i < message.items.length; ++i)
                    $root.gossamer.WorkItem.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StealResponse message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.StealResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.StealResponse & gossamer.StealResponse.$Shape} StealResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StealResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.StealResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.items && message.items.length))
                            message.items = [];
                        message.items.push($root.gossamer.WorkItem.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return StealResponse;
    })();

    gossamer.WriteWork = (function() {

        /**
         * Properties of a WriteWork.
         * @typedef {Object} gossamer.WriteWork.$Properties
         * @property {gossamer.Manifest.$Properties} [manifest] WriteWork manifest
         * @property {Uint8Array} [writeId] WriteWork writeId
         * @property {Uint8Array} [inlineData] WriteWork inlineData
         * @property {Uint8Array} [inlineDigest] WriteWork inlineDigest
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WriteWork.
         * @memberof gossamer
         * @interface IWriteWork
         * @augments gossamer.WriteWork.$Properties
         * @deprecated Use gossamer.WriteWork.$Properties instead.
         */

        /**
         * Shape of a WriteWork.
         * @typedef {gossamer.WriteWork.$Properties} gossamer.WriteWork.$Shape
         */

        /**
         * Constructs a new WriteWork.
         * @memberof gossamer
         * @classdesc Represents a WriteWork.
         * @constructor
         * @param {gossamer.WriteWork.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WriteWork = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WriteWork manifest.
         * @member {gossamer.Manifest} manifest
         * @memberof gossamer.WriteWork
         * @instance
         */
        WriteWork.prototype.manifest = null;

        /**
         * WriteWork writeId.
         * @member {Uint8Array} writeId
         * @memberof gossamer.WriteWork
         * @instance
         */
        WriteWork.prototype.writeId = $util.newBuffer([]);

        /**
         * WriteWork inlineData.
         * @member {Uint8Array} inlineData
         * @memberof gossamer.WriteWork
         * @instance
         */
        WriteWork.prototype.inlineData = $util.newBuffer([]);

        /**
         * WriteWork inlineDigest.
         * @member {Uint8Array} inlineDigest
         * @memberof gossamer.WriteWork
         * @instance
         */
        WriteWork.prototype.inlineDigest = $util.newBuffer([]);

        /**
         * Creates a new WriteWork instance using the specified properties.
         * @function create
         * @memberof gossamer.WriteWork
         * @static
         * @param {gossamer.WriteWork.$Properties=} [properties] Properties to set
         * @returns {gossamer.WriteWork} WriteWork instance
         * @type {{
         *   (properties: gossamer.WriteWork.$Shape): gossamer.WriteWork & gossamer.WriteWork.$Shape;
         *   (properties?: gossamer.WriteWork.$Properties): gossamer.WriteWork;
         * }}
         */
        WriteWork.create = function(properties) {
            return new WriteWork(properties);
        };

        /**
         * Encodes the specified WriteWork message. Does not implicitly {@link gossamer.WriteWork.verify|verify} messages.
         * @function encode
         * @memberof gossamer.WriteWork
         * @static
         * @param {gossamer.WriteWork.$Properties} message WriteWork message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteWork.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                $root.gossamer.Manifest.encode(message.manifest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.writeId != null && $Object.hasOwnProperty.call(message, "writeId") && message.writeId.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.writeId);
            if (message.inlineData != null && $Object.hasOwnProperty.call(message, "inlineData") && message.inlineData.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.inlineData);
            if (message.inlineDigest != null && $Object.hasOwnProperty.call(message, "inlineDigest") && message.inlineDigest.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.inlineDigest);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WriteWork message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.WriteWork
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.WriteWork & gossamer.WriteWork.$Shape} WriteWork
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteWork.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.WriteWork();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.manifest = $root.gossamer.Manifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.writeId = value;
                        else
                            delete message.writeId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.inlineData = value;
                        else
                            delete message.inlineData;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.inlineDigest = value;
                        else
                            delete message.inlineDigest;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WriteWork;
    })();

    gossamer.UploadPull = (function() {

        /**
         * Properties of an UploadPull.
         * @typedef {Object} gossamer.UploadPull.$Properties
         * @property {number} [workId] UploadPull workId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UploadPull.
         * @memberof gossamer
         * @interface IUploadPull
         * @augments gossamer.UploadPull.$Properties
         * @deprecated Use gossamer.UploadPull.$Properties instead.
         */

        /**
         * Shape of an UploadPull.
         * @typedef {gossamer.UploadPull.$Properties} gossamer.UploadPull.$Shape
         */

        /**
         * Constructs a new UploadPull.
         * @memberof gossamer
         * @classdesc Represents an UploadPull.
         * @constructor
         * @param {gossamer.UploadPull.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UploadPull = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UploadPull workId.
         * @member {number} workId
         * @memberof gossamer.UploadPull
         * @instance
         */
        UploadPull.prototype.workId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new UploadPull instance using the specified properties.
         * @function create
         * @memberof gossamer.UploadPull
         * @static
         * @param {gossamer.UploadPull.$Properties=} [properties] Properties to set
         * @returns {gossamer.UploadPull} UploadPull instance
         * @type {{
         *   (properties: gossamer.UploadPull.$Shape): gossamer.UploadPull & gossamer.UploadPull.$Shape;
         *   (properties?: gossamer.UploadPull.$Properties): gossamer.UploadPull;
         * }}
         */
        UploadPull.create = function(properties) {
            return new UploadPull(properties);
        };

        /**
         * Encodes the specified UploadPull message. Does not implicitly {@link gossamer.UploadPull.verify|verify} messages.
         * @function encode
         * @memberof gossamer.UploadPull
         * @static
         * @param {gossamer.UploadPull.$Properties} message UploadPull message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UploadPull.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.workId != null && $Object.hasOwnProperty.call(message, "workId") && (typeof message.workId === "object" ? message.workId.low || message.workId.high : message.workId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.workId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UploadPull message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.UploadPull
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.UploadPull & gossamer.UploadPull.$Shape} UploadPull
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UploadPull.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.UploadPull();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.workId = value;
                        else
                            delete message.workId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UploadPull;
    })();

    gossamer.UploadChunk = (function() {

        /**
         * Properties of an UploadChunk.
         * @typedef {Object} gossamer.UploadChunk.$Properties
         * @property {number} [workId] UploadChunk workId
         * @property {number} [chunkIndex] UploadChunk chunkIndex
         * @property {Uint8Array} [digest] UploadChunk digest
         * @property {Uint8Array} [data] UploadChunk data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UploadChunk.
         * @memberof gossamer
         * @interface IUploadChunk
         * @augments gossamer.UploadChunk.$Properties
         * @deprecated Use gossamer.UploadChunk.$Properties instead.
         */

        /**
         * Shape of an UploadChunk.
         * @typedef {gossamer.UploadChunk.$Properties} gossamer.UploadChunk.$Shape
         */

        /**
         * Constructs a new UploadChunk.
         * @memberof gossamer
         * @classdesc Represents an UploadChunk.
         * @constructor
         * @param {gossamer.UploadChunk.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UploadChunk = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UploadChunk workId.
         * @member {number} workId
         * @memberof gossamer.UploadChunk
         * @instance
         */
        UploadChunk.prototype.workId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * UploadChunk chunkIndex.
         * @member {number} chunkIndex
         * @memberof gossamer.UploadChunk
         * @instance
         */
        UploadChunk.prototype.chunkIndex = 0;

        /**
         * UploadChunk digest.
         * @member {Uint8Array} digest
         * @memberof gossamer.UploadChunk
         * @instance
         */
        UploadChunk.prototype.digest = $util.newBuffer([]);

        /**
         * UploadChunk data.
         * @member {Uint8Array} data
         * @memberof gossamer.UploadChunk
         * @instance
         */
        UploadChunk.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new UploadChunk instance using the specified properties.
         * @function create
         * @memberof gossamer.UploadChunk
         * @static
         * @param {gossamer.UploadChunk.$Properties=} [properties] Properties to set
         * @returns {gossamer.UploadChunk} UploadChunk instance
         * @type {{
         *   (properties: gossamer.UploadChunk.$Shape): gossamer.UploadChunk & gossamer.UploadChunk.$Shape;
         *   (properties?: gossamer.UploadChunk.$Properties): gossamer.UploadChunk;
         * }}
         */
        UploadChunk.create = function(properties) {
            return new UploadChunk(properties);
        };

        /**
         * Encodes the specified UploadChunk message. Does not implicitly {@link gossamer.UploadChunk.verify|verify} messages.
         * @function encode
         * @memberof gossamer.UploadChunk
         * @static
         * @param {gossamer.UploadChunk.$Properties} message UploadChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UploadChunk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.workId != null && $Object.hasOwnProperty.call(message, "workId") && (typeof message.workId === "object" ? message.workId.low || message.workId.high : message.workId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.workId);
            if (message.chunkIndex != null && $Object.hasOwnProperty.call(message, "chunkIndex") && message.chunkIndex !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chunkIndex);
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.digest);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UploadChunk message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.UploadChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.UploadChunk & gossamer.UploadChunk.$Shape} UploadChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UploadChunk.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.UploadChunk();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.workId = value;
                        else
                            delete message.workId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.chunkIndex = value;
                        else
                            delete message.chunkIndex;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UploadChunk;
    })();

    gossamer.UploadFinish = (function() {

        /**
         * Properties of an UploadFinish.
         * @typedef {Object} gossamer.UploadFinish.$Properties
         * @property {number} [workId] UploadFinish workId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UploadFinish.
         * @memberof gossamer
         * @interface IUploadFinish
         * @augments gossamer.UploadFinish.$Properties
         * @deprecated Use gossamer.UploadFinish.$Properties instead.
         */

        /**
         * Shape of an UploadFinish.
         * @typedef {gossamer.UploadFinish.$Properties} gossamer.UploadFinish.$Shape
         */

        /**
         * Constructs a new UploadFinish.
         * @memberof gossamer
         * @classdesc Represents an UploadFinish.
         * @constructor
         * @param {gossamer.UploadFinish.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UploadFinish = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UploadFinish workId.
         * @member {number} workId
         * @memberof gossamer.UploadFinish
         * @instance
         */
        UploadFinish.prototype.workId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new UploadFinish instance using the specified properties.
         * @function create
         * @memberof gossamer.UploadFinish
         * @static
         * @param {gossamer.UploadFinish.$Properties=} [properties] Properties to set
         * @returns {gossamer.UploadFinish} UploadFinish instance
         * @type {{
         *   (properties: gossamer.UploadFinish.$Shape): gossamer.UploadFinish & gossamer.UploadFinish.$Shape;
         *   (properties?: gossamer.UploadFinish.$Properties): gossamer.UploadFinish;
         * }}
         */
        UploadFinish.create = function(properties) {
            return new UploadFinish(properties);
        };

        /**
         * Encodes the specified UploadFinish message. Does not implicitly {@link gossamer.UploadFinish.verify|verify} messages.
         * @function encode
         * @memberof gossamer.UploadFinish
         * @static
         * @param {gossamer.UploadFinish.$Properties} message UploadFinish message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UploadFinish.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.workId != null && $Object.hasOwnProperty.call(message, "workId") && (typeof message.workId === "object" ? message.workId.low || message.workId.high : message.workId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.workId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UploadFinish message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.UploadFinish
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.UploadFinish & gossamer.UploadFinish.$Shape} UploadFinish
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UploadFinish.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.UploadFinish();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.workId = value;
                        else
                            delete message.workId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UploadFinish;
    })();

    gossamer.NodeStatus = (function() {

        /**
         * Properties of a NodeStatus.
         * @typedef {Object} gossamer.NodeStatus.$Properties
         * @property {string} [id] NodeStatus id
         * @property {string} [address] NodeStatus address
         * @property {string} [role] NodeStatus role
         * @property {number} [term] NodeStatus term
         * @property {number} [commit] NodeStatus commit
         * @property {number} [applied] NodeStatus applied
         * @property {boolean} [reachable] NodeStatus reachable
         * @property {number} [readsServed] NodeStatus readsServed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeStatus.
         * @memberof gossamer
         * @interface INodeStatus
         * @augments gossamer.NodeStatus.$Properties
         * @deprecated Use gossamer.NodeStatus.$Properties instead.
         */

        /**
         * Shape of a NodeStatus.
         * @typedef {gossamer.NodeStatus.$Properties} gossamer.NodeStatus.$Shape
         */

        /**
         * Constructs a new NodeStatus.
         * @memberof gossamer
         * @classdesc Represents a NodeStatus.
         * @constructor
         * @param {gossamer.NodeStatus.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeStatus = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeStatus id.
         * @member {string} id
         * @memberof gossamer.NodeStatus
         * @instance
         */
        NodeStatus.prototype.id = "";

        /**
         * NodeStatus address.
         * @member {string} address
         * @memberof gossamer.NodeStatus
         * @instance
         */
        NodeStatus.prototype.address = "";

        /**
         * NodeStatus role.
         * @member {string} role
         * @memberof gossamer.NodeStatus
         * @instance
         */
        NodeStatus.prototype.role = "";

        /**
         * NodeStatus term.
         * @member {number} term
         * @memberof gossamer.NodeStatus
         * @instance
         */
        NodeStatus.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * NodeStatus commit.
         * @member {number} commit
         * @memberof gossamer.NodeStatus
         * @instance
         */
        NodeStatus.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * NodeStatus applied.
         * @member {number} applied
         * @memberof gossamer.NodeStatus
         * @instance
         */
        NodeStatus.prototype.applied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * NodeStatus reachable.
         * @member {boolean} reachable
         * @memberof gossamer.NodeStatus
         * @instance
         */
        NodeStatus.prototype.reachable = false;

        /**
         * NodeStatus readsServed.
         * @member {number} readsServed
         * @memberof gossamer.NodeStatus
         * @instance
         */
        NodeStatus.prototype.readsServed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new NodeStatus instance using the specified properties.
         * @function create
         * @memberof gossamer.NodeStatus
         * @static
         * @param {gossamer.NodeStatus.$Properties=} [properties] Properties to set
         * @returns {gossamer.NodeStatus} NodeStatus instance
         * @type {{
         *   (properties: gossamer.NodeStatus.$Shape): gossamer.NodeStatus & gossamer.NodeStatus.$Shape;
         *   (properties?: gossamer.NodeStatus.$Properties): gossamer.NodeStatus;
         * }}
         */
        NodeStatus.create = function(properties) {
            return new NodeStatus(properties);
        };

        /**
         * Encodes the specified NodeStatus message. Does not implicitly {@link gossamer.NodeStatus.verify|verify} messages.
         * @function encode
         * @memberof gossamer.NodeStatus
         * @static
         * @param {gossamer.NodeStatus.$Properties} message NodeStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeStatus.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
            if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.role);
            if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
            if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.commit);
            if (message.applied != null && $Object.hasOwnProperty.call(message, "applied") && (typeof message.applied === "object" ? message.applied.low || message.applied.high : message.applied !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.applied);
            if (message.reachable != null && $Object.hasOwnProperty.call(message, "reachable") && message.reachable !== false)
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.reachable);
            if (message.readsServed != null && $Object.hasOwnProperty.call(message, "readsServed") && (typeof message.readsServed === "object" ? message.readsServed.low || message.readsServed.high : message.readsServed !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.readsServed);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NodeStatus message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.NodeStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.NodeStatus & gossamer.NodeStatus.$Shape} NodeStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeStatus.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.NodeStatus();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.role = value;
                        else
                            delete message.role;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.term = value;
                        else
                            delete message.term;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.commit = value;
                        else
                            delete message.commit;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.applied = value;
                        else
                            delete message.applied;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.reachable = value;
                        else
                            delete message.reachable;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.readsServed = value;
                        else
                            delete message.readsServed;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return NodeStatus;
    })();

    gossamer.StatusRequest = (function() {

        /**
         * Properties of a StatusRequest.
         * @typedef {Object} gossamer.StatusRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusRequest.
         * @memberof gossamer
         * @interface IStatusRequest
         * @augments gossamer.StatusRequest.$Properties
         * @deprecated Use gossamer.StatusRequest.$Properties instead.
         */

        /**
         * Shape of a StatusRequest.
         * @typedef {gossamer.StatusRequest.$Properties} gossamer.StatusRequest.$Shape
         */

        /**
         * Constructs a new StatusRequest.
         * @memberof gossamer
         * @classdesc Represents a StatusRequest.
         * @constructor
         * @param {gossamer.StatusRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @function create
         * @memberof gossamer.StatusRequest
         * @static
         * @param {gossamer.StatusRequest.$Properties=} [properties] Properties to set
         * @returns {gossamer.StatusRequest} StatusRequest instance
         * @type {{
         *   (properties: gossamer.StatusRequest.$Shape): gossamer.StatusRequest & gossamer.StatusRequest.$Shape;
         *   (properties?: gossamer.StatusRequest.$Properties): gossamer.StatusRequest;
         * }}
         */
        StatusRequest.create = function(properties) {
            return new StatusRequest(properties);
        };

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link gossamer.StatusRequest.verify|verify} messages.
         * @function encode
         * @memberof gossamer.StatusRequest
         * @static
         * @param {gossamer.StatusRequest.$Properties} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.StatusRequest & gossamer.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.StatusRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return StatusRequest;
    })();

    gossamer.StatusResponse = (function() {

        /**
         * Properties of a StatusResponse.
         * @typedef {Object} gossamer.StatusResponse.$Properties
         * @property {string} [cluster] StatusResponse cluster
         * @property {string} [leader] StatusResponse leader
         * @property {number} [term] StatusResponse term
         * @property {Array.<gossamer.NodeStatus.$Properties>} [nodes] StatusResponse nodes
         * @property {number} [leaderQueue] StatusResponse leaderQueue
         * @property {number} [nonLeaderQueue] StatusResponse nonLeaderQueue
         * @property {boolean} [quorum] StatusResponse quorum
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusResponse.
         * @memberof gossamer
         * @interface IStatusResponse
         * @augments gossamer.StatusResponse.$Properties
         * @deprecated Use gossamer.StatusResponse.$Properties instead.
         */

        /**
         * Shape of a StatusResponse.
         * @typedef {gossamer.StatusResponse.$Properties} gossamer.StatusResponse.$Shape
         */

        /**
         * Constructs a new StatusResponse.
         * @memberof gossamer
         * @classdesc Represents a StatusResponse.
         * @constructor
         * @param {gossamer.StatusResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusResponse = function (properties) {
            this.nodes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StatusResponse cluster.
         * @member {string} cluster
         * @memberof gossamer.StatusResponse
         * @instance
         */
        StatusResponse.prototype.cluster = "";

        /**
         * StatusResponse leader.
         * @member {string} leader
         * @memberof gossamer.StatusResponse
         * @instance
         */
        StatusResponse.prototype.leader = "";

        /**
         * StatusResponse term.
         * @member {number} term
         * @memberof gossamer.StatusResponse
         * @instance
         */
        StatusResponse.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse nodes.
         * @member {Array.<gossamer.NodeStatus>} nodes
         * @memberof gossamer.StatusResponse
         * @instance
         */
        StatusResponse.prototype.nodes = $util.emptyArray;

        /**
         * StatusResponse leaderQueue.
         * @member {number} leaderQueue
         * @memberof gossamer.StatusResponse
         * @instance
         */
        StatusResponse.prototype.leaderQueue = 0;

        /**
         * StatusResponse nonLeaderQueue.
         * @member {number} nonLeaderQueue
         * @memberof gossamer.StatusResponse
         * @instance
         */
        StatusResponse.prototype.nonLeaderQueue = 0;

        /**
         * StatusResponse quorum.
         * @member {boolean} quorum
         * @memberof gossamer.StatusResponse
         * @instance
         */
        StatusResponse.prototype.quorum = false;

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @function create
         * @memberof gossamer.StatusResponse
         * @static
         * @param {gossamer.StatusResponse.$Properties=} [properties] Properties to set
         * @returns {gossamer.StatusResponse} StatusResponse instance
         * @type {{
         *   (properties: gossamer.StatusResponse.$Shape): gossamer.StatusResponse & gossamer.StatusResponse.$Shape;
         *   (properties?: gossamer.StatusResponse.$Properties): gossamer.StatusResponse;
         * }}
         */
        StatusResponse.create = function(properties) {
            return new StatusResponse(properties);
        };

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link gossamer.StatusResponse.verify|verify} messages.
         * @function encode
         * @memberof gossamer.StatusResponse
         * @static
         * @param {gossamer.StatusResponse.$Properties} message StatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.cluster);
            if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.leader);
            if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.term);
            if (message.nodes != null && message.nodes.length)
                for (let i = 0; i < message.nodes.length; ++i)
                    $root.gossamer.NodeStatus.encode(message.nodes[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.leaderQueue != null && $Object.hasOwnProperty.call(message, "leaderQueue") && message.leaderQueue !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.leaderQueue);
            if (message.nonLeaderQueue != null && $Object.hasOwnProperty.call(message, "nonLeaderQueue") && message.nonLeaderQueue !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.nonLeaderQueue);
            if (message.quorum != null && $Object.hasOwnProperty.call(message, "quorum") && message.quorum !== false)
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.quorum);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.StatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.StatusResponse & gossamer.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.StatusResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.cluster = value;
                        else
                            delete message.cluster;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.leader = value;
                        else
                            delete message.leader;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.term = value;
                        else
                            delete message.term;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.nodes && message.nodes.length))
                            message.nodes = [];
                        message.nodes.push($root.gossamer.NodeStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.leaderQueue = value;
                        else
                            delete message.leaderQueue;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.nonLeaderQueue = value;
                        else
                            delete message.nonLeaderQueue;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.quorum = value;
                        else
                            delete message.quorum;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return StatusResponse;
    })();

    gossamer.AddNodeRequest = (function() {

        /**
         * Properties of an AddNodeRequest.
         * @typedef {Object} gossamer.AddNodeRequest.$Properties
         * @property {string} [nodeId] AddNodeRequest nodeId
         * @property {string} [host] AddNodeRequest host
         * @property {number} [port] AddNodeRequest port
         * @property {string} [cluster] AddNodeRequest cluster
         * @property {Uint8Array} [nonce] AddNodeRequest nonce
         * @property {number} [timestampMs] AddNodeRequest timestampMs
         * @property {Uint8Array} [hmac] AddNodeRequest hmac
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddNodeRequest.
         * @memberof gossamer
         * @interface IAddNodeRequest
         * @augments gossamer.AddNodeRequest.$Properties
         * @deprecated Use gossamer.AddNodeRequest.$Properties instead.
         */

        /**
         * Shape of an AddNodeRequest.
         * @typedef {gossamer.AddNodeRequest.$Properties} gossamer.AddNodeRequest.$Shape
         */

        /**
         * Constructs a new AddNodeRequest.
         * @memberof gossamer
         * @classdesc Represents an AddNodeRequest.
         * @constructor
         * @param {gossamer.AddNodeRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddNodeRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AddNodeRequest nodeId.
         * @member {string} nodeId
         * @memberof gossamer.AddNodeRequest
         * @instance
         */
        AddNodeRequest.prototype.nodeId = "";

        /**
         * AddNodeRequest host.
         * @member {string} host
         * @memberof gossamer.AddNodeRequest
         * @instance
         */
        AddNodeRequest.prototype.host = "";

        /**
         * AddNodeRequest port.
         * @member {number} port
         * @memberof gossamer.AddNodeRequest
         * @instance
         */
        AddNodeRequest.prototype.port = 0;

        /**
         * AddNodeRequest cluster.
         * @member {string} cluster
         * @memberof gossamer.AddNodeRequest
         * @instance
         */
        AddNodeRequest.prototype.cluster = "";

        /**
         * AddNodeRequest nonce.
         * @member {Uint8Array} nonce
         * @memberof gossamer.AddNodeRequest
         * @instance
         */
        AddNodeRequest.prototype.nonce = $util.newBuffer([]);

        /**
         * AddNodeRequest timestampMs.
         * @member {number} timestampMs
         * @memberof gossamer.AddNodeRequest
         * @instance
         */
        AddNodeRequest.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AddNodeRequest hmac.
         * @member {Uint8Array} hmac
         * @memberof gossamer.AddNodeRequest
         * @instance
         */
        AddNodeRequest.prototype.hmac = $util.newBuffer([]);

        /**
         * Creates a new AddNodeRequest instance using the specified properties.
         * @function create
         * @memberof gossamer.AddNodeRequest
         * @static
         * @param {gossamer.AddNodeRequest.$Properties=} [properties] Properties to set
         * @returns {gossamer.AddNodeRequest} AddNodeRequest instance
         * @type {{
         *   (properties: gossamer.AddNodeRequest.$Shape): gossamer.AddNodeRequest & gossamer.AddNodeRequest.$Shape;
         *   (properties?: gossamer.AddNodeRequest.$Properties): gossamer.AddNodeRequest;
         * }}
         */
        AddNodeRequest.create = function(properties) {
            return new AddNodeRequest(properties);
        };

        /**
         * Encodes the specified AddNodeRequest message. Does not implicitly {@link gossamer.AddNodeRequest.verify|verify} messages.
         * @function encode
         * @memberof gossamer.AddNodeRequest
         * @static
         * @param {gossamer.AddNodeRequest.$Properties} message AddNodeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddNodeRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
            if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
            if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.port);
            if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.cluster);
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.nonce);
            if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.timestampMs);
            if (message.hmac != null && $Object.hasOwnProperty.call(message, "hmac") && message.hmac.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.hmac);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AddNodeRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.AddNodeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.AddNodeRequest & gossamer.AddNodeRequest.$Shape} AddNodeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddNodeRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.AddNodeRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeId = value;
                        else
                            delete message.nodeId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.host = value;
                        else
                            delete message.host;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.port = value;
                        else
                            delete message.port;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.cluster = value;
                        else
                            delete message.cluster;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.nonce = value;
                        else
                            delete message.nonce;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestampMs = value;
                        else
                            delete message.timestampMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.hmac = value;
                        else
                            delete message.hmac;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AddNodeRequest;
    })();

    gossamer.EdgeList = (function() {

        /**
         * Properties of an EdgeList.
         * @typedef {Object} gossamer.EdgeList.$Properties
         * @property {string} [cluster] EdgeList cluster
         * @property {Array.<gossamer.NodeAddress.$Properties>} [nodes] EdgeList nodes
         * @property {Array.<string>} [queueServers] EdgeList queueServers
         * @property {string} [leader] EdgeList leader
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EdgeList.
         * @memberof gossamer
         * @interface IEdgeList
         * @augments gossamer.EdgeList.$Properties
         * @deprecated Use gossamer.EdgeList.$Properties instead.
         */

        /**
         * Shape of an EdgeList.
         * @typedef {gossamer.EdgeList.$Properties} gossamer.EdgeList.$Shape
         */

        /**
         * Constructs a new EdgeList.
         * @memberof gossamer
         * @classdesc Represents an EdgeList.
         * @constructor
         * @param {gossamer.EdgeList.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EdgeList = function (properties) {
            this.nodes = [];
            this.queueServers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EdgeList cluster.
         * @member {string} cluster
         * @memberof gossamer.EdgeList
         * @instance
         */
        EdgeList.prototype.cluster = "";

        /**
         * EdgeList nodes.
         * @member {Array.<gossamer.NodeAddress>} nodes
         * @memberof gossamer.EdgeList
         * @instance
         */
        EdgeList.prototype.nodes = $util.emptyArray;

        /**
         * EdgeList queueServers.
         * @member {Array.<string>} queueServers
         * @memberof gossamer.EdgeList
         * @instance
         */
        EdgeList.prototype.queueServers = $util.emptyArray;

        /**
         * EdgeList leader.
         * @member {string} leader
         * @memberof gossamer.EdgeList
         * @instance
         */
        EdgeList.prototype.leader = "";

        /**
         * Creates a new EdgeList instance using the specified properties.
         * @function create
         * @memberof gossamer.EdgeList
         * @static
         * @param {gossamer.EdgeList.$Properties=} [properties] Properties to set
         * @returns {gossamer.EdgeList} EdgeList instance
         * @type {{
         *   (properties: gossamer.EdgeList.$Shape): gossamer.EdgeList & gossamer.EdgeList.$Shape;
         *   (properties?: gossamer.EdgeList.$Properties): gossamer.EdgeList;
         * }}
         */
        EdgeList.create = function(properties) {
            return new EdgeList(properties);
        };

        /**
         * Encodes the specified EdgeList message. Does not implicitly {@link gossamer.EdgeList.verify|verify} messages.
         * @function encode
         * @memberof gossamer.EdgeList
         * @static
         * @param {gossamer.EdgeList.$Properties} message EdgeList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EdgeList.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.cluster);
            if (message.nodes != null && message.nodes.length)
                for (let i = 0; i < message.nodes.length; ++i)
                    $root.gossamer.NodeAddress.encode(message.nodes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.queueServers != null && message.queueServers.length)
                for (let i = 0; i < message.queueServers.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.queueServers[i]);
            if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.leader);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an EdgeList message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.EdgeList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.EdgeList & gossamer.EdgeList.$Shape} EdgeList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EdgeList.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.EdgeList();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.cluster = value;
                        else
                            delete message.cluster;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.nodes && message.nodes.length))
                            message.nodes = [];
                        message.nodes.push($root.gossamer.NodeAddress.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.queueServers && message.queueServers.length))
                            message.queueServers = [];
                        message.queueServers.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.leader = value;
                        else
                            delete message.leader;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return EdgeList;
    })();

    gossamer.Manifest = (function() {

        /**
         * Properties of a Manifest.
         * @typedef {Object} gossamer.Manifest.$Properties
         * @property {string} [name] Manifest name
         * @property {number} [size] Manifest size
         * @property {number} [chunkSize] Manifest chunkSize
         * @property {Array.<Uint8Array>} [chunkDigests] Manifest chunkDigests
         * @property {Uint8Array} [digest] Manifest digest
         * @property {number} [version] Manifest version
         * @property {number} [createdMs] Manifest createdMs
         * @property {gossamer.FileAttributes.$Properties} [attributes] Manifest attributes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Manifest.
         * @memberof gossamer
         * @interface IManifest
         * @augments gossamer.Manifest.$Properties
         * @deprecated Use gossamer.Manifest.$Properties instead.
         */

        /**
         * Shape of a Manifest.
         * @typedef {gossamer.Manifest.$Properties} gossamer.Manifest.$Shape
         */

        /**
         * Constructs a new Manifest.
         * @memberof gossamer
         * @classdesc Represents a Manifest.
         * @constructor
         * @param {gossamer.Manifest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Manifest = function (properties) {
            this.chunkDigests = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Manifest name.
         * @member {string} name
         * @memberof gossamer.Manifest
         * @instance
         */
        Manifest.prototype.name = "";

        /**
         * Manifest size.
         * @member {number} size
         * @memberof gossamer.Manifest
         * @instance
         */
        Manifest.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Manifest chunkSize.
         * @member {number} chunkSize
         * @memberof gossamer.Manifest
         * @instance
         */
        Manifest.prototype.chunkSize = 0;

        /**
         * Manifest chunkDigests.
         * @member {Array.<Uint8Array>} chunkDigests
         * @memberof gossamer.Manifest
         * @instance
         */
        Manifest.prototype.chunkDigests = $util.emptyArray;

        /**
         * Manifest digest.
         * @member {Uint8Array} digest
         * @memberof gossamer.Manifest
         * @instance
         */
        Manifest.prototype.digest = $util.newBuffer([]);

        /**
         * Manifest version.
         * @member {number} version
         * @memberof gossamer.Manifest
         * @instance
         */
        Manifest.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Manifest createdMs.
         * @member {number} createdMs
         * @memberof gossamer.Manifest
         * @instance
         */
        Manifest.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Manifest attributes.
         * @member {gossamer.FileAttributes} attributes
         * @memberof gossamer.Manifest
         * @instance
         */
        Manifest.prototype.attributes = null;

        /**
         * Creates a new Manifest instance using the specified properties.
         * @function create
         * @memberof gossamer.Manifest
         * @static
         * @param {gossamer.Manifest.$Properties=} [properties] Properties to set
         * @returns {gossamer.Manifest} Manifest instance
         * @type {{
         *   (properties: gossamer.Manifest.$Shape): gossamer.Manifest & gossamer.Manifest.$Shape;
         *   (properties?: gossamer.Manifest.$Properties): gossamer.Manifest;
         * }}
         */
        Manifest.create = function(properties) {
            return new Manifest(properties);
        };

        /**
         * Encodes the specified Manifest message. Does not implicitly {@link gossamer.Manifest.verify|verify} messages.
         * @function encode
         * @memberof gossamer.Manifest
         * @static
         * @param {gossamer.Manifest.$Properties} message Manifest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Manifest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.size);
            if (message.chunkSize != null && $Object.hasOwnProperty.call(message, "chunkSize") && message.chunkSize !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.chunkSize);
            if (message.chunkDigests != null && message.chunkDigests.length)
                for (let i = 0; i < message.chunkDigests.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.chunkDigests[i]);
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.digest);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.version);
            if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs") && (typeof message.createdMs === "object" ? message.createdMs.low || message.createdMs.high : message.createdMs !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.createdMs);
            if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                $root.gossamer.FileAttributes.encode(message.attributes, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Manifest message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.Manifest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.Manifest & gossamer.Manifest.$Shape} Manifest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Manifest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.Manifest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.size = value;
                        else
                            delete message.size;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.chunkSize = value;
                        else
                            delete message.chunkSize;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.chunkDigests && message.chunkDigests.length))
                            message.chunkDigests = [];
                        message.chunkDigests.push(reader.bytes());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdMs = value;
                        else
                            delete message.createdMs;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.attributes = $root.gossamer.FileAttributes.decode(reader, reader.size(), $undefined, _depth + 1, message.attributes);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Manifest;
    })();

    gossamer.FileAttributes = (function() {

        /**
         * Properties of a FileAttributes.
         * @typedef {Object} gossamer.FileAttributes.$Properties
         * @property {Uint8Array} [md5] FileAttributes md5
         * @property {string} [etag] FileAttributes etag
         * @property {string} [contentType] FileAttributes contentType
         * @property {Array.<gossamer.MetadataEntry.$Properties>} [metadata] FileAttributes metadata
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FileAttributes.
         * @memberof gossamer
         * @interface IFileAttributes
         * @augments gossamer.FileAttributes.$Properties
         * @deprecated Use gossamer.FileAttributes.$Properties instead.
         */

        /**
         * Shape of a FileAttributes.
         * @typedef {gossamer.FileAttributes.$Properties} gossamer.FileAttributes.$Shape
         */

        /**
         * Constructs a new FileAttributes.
         * @memberof gossamer
         * @classdesc Represents a FileAttributes.
         * @constructor
         * @param {gossamer.FileAttributes.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FileAttributes = function (properties) {
            this.metadata = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FileAttributes md5.
         * @member {Uint8Array} md5
         * @memberof gossamer.FileAttributes
         * @instance
         */
        FileAttributes.prototype.md5 = $util.newBuffer([]);

        /**
         * FileAttributes etag.
         * @member {string} etag
         * @memberof gossamer.FileAttributes
         * @instance
         */
        FileAttributes.prototype.etag = "";

        /**
         * FileAttributes contentType.
         * @member {string} contentType
         * @memberof gossamer.FileAttributes
         * @instance
         */
        FileAttributes.prototype.contentType = "";

        /**
         * FileAttributes metadata.
         * @member {Array.<gossamer.MetadataEntry>} metadata
         * @memberof gossamer.FileAttributes
         * @instance
         */
        FileAttributes.prototype.metadata = $util.emptyArray;

        /**
         * Creates a new FileAttributes instance using the specified properties.
         * @function create
         * @memberof gossamer.FileAttributes
         * @static
         * @param {gossamer.FileAttributes.$Properties=} [properties] Properties to set
         * @returns {gossamer.FileAttributes} FileAttributes instance
         * @type {{
         *   (properties: gossamer.FileAttributes.$Shape): gossamer.FileAttributes & gossamer.FileAttributes.$Shape;
         *   (properties?: gossamer.FileAttributes.$Properties): gossamer.FileAttributes;
         * }}
         */
        FileAttributes.create = function(properties) {
            return new FileAttributes(properties);
        };

        /**
         * Encodes the specified FileAttributes message. Does not implicitly {@link gossamer.FileAttributes.verify|verify} messages.
         * @function encode
         * @memberof gossamer.FileAttributes
         * @static
         * @param {gossamer.FileAttributes.$Properties} message FileAttributes message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FileAttributes.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.md5 != null && $Object.hasOwnProperty.call(message, "md5") && message.md5.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.md5);
            if (message.etag != null && $Object.hasOwnProperty.call(message, "etag") && message.etag !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.etag);
            if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.contentType);
            if (message.metadata != null && message.metadata.length)
                for (let i = 0; i < message.metadata.length; ++i)
                    $root.gossamer.MetadataEntry.encode(message.metadata[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FileAttributes message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.FileAttributes
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.FileAttributes & gossamer.FileAttributes.$Shape} FileAttributes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FileAttributes.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.FileAttributes();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.md5 = value;
                        else
                            delete message.md5;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.etag = value;
                        else
                            delete message.etag;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.contentType = value;
                        else
                            delete message.contentType;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata && message.metadata.length))
                            message.metadata = [];
                        message.metadata.push($root.gossamer.MetadataEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return FileAttributes;
    })();

    gossamer.MetadataEntry = (function() {

        /**
         * Properties of a MetadataEntry.
         * @typedef {Object} gossamer.MetadataEntry.$Properties
         * @property {string} [name] MetadataEntry name
         * @property {string} [value] MetadataEntry value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MetadataEntry.
         * @memberof gossamer
         * @interface IMetadataEntry
         * @augments gossamer.MetadataEntry.$Properties
         * @deprecated Use gossamer.MetadataEntry.$Properties instead.
         */

        /**
         * Shape of a MetadataEntry.
         * @typedef {gossamer.MetadataEntry.$Properties} gossamer.MetadataEntry.$Shape
         */

        /**
         * Constructs a new MetadataEntry.
         * @memberof gossamer
         * @classdesc Represents a MetadataEntry.
         * @constructor
         * @param {gossamer.MetadataEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MetadataEntry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MetadataEntry name.
         * @member {string} name
         * @memberof gossamer.MetadataEntry
         * @instance
         */
        MetadataEntry.prototype.name = "";

        /**
         * MetadataEntry value.
         * @member {string} value
         * @memberof gossamer.MetadataEntry
         * @instance
         */
        MetadataEntry.prototype.value = "";

        /**
         * Creates a new MetadataEntry instance using the specified properties.
         * @function create
         * @memberof gossamer.MetadataEntry
         * @static
         * @param {gossamer.MetadataEntry.$Properties=} [properties] Properties to set
         * @returns {gossamer.MetadataEntry} MetadataEntry instance
         * @type {{
         *   (properties: gossamer.MetadataEntry.$Shape): gossamer.MetadataEntry & gossamer.MetadataEntry.$Shape;
         *   (properties?: gossamer.MetadataEntry.$Properties): gossamer.MetadataEntry;
         * }}
         */
        MetadataEntry.create = function(properties) {
            return new MetadataEntry(properties);
        };

        /**
         * Encodes the specified MetadataEntry message. Does not implicitly {@link gossamer.MetadataEntry.verify|verify} messages.
         * @function encode
         * @memberof gossamer.MetadataEntry
         * @static
         * @param {gossamer.MetadataEntry.$Properties} message MetadataEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetadataEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MetadataEntry message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.MetadataEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.MetadataEntry & gossamer.MetadataEntry.$Shape} MetadataEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetadataEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.MetadataEntry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return MetadataEntry;
    })();

    gossamer.WriteBegin = (function() {

        /**
         * Properties of a WriteBegin.
         * @typedef {Object} gossamer.WriteBegin.$Properties
         * @property {gossamer.Manifest.$Properties} [manifest] WriteBegin manifest
         * @property {Uint8Array} [writeId] WriteBegin writeId
         * @property {Uint8Array} [inlineData] WriteBegin inlineData
         * @property {Uint8Array} [inlineDigest] WriteBegin inlineDigest
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WriteBegin.
         * @memberof gossamer
         * @interface IWriteBegin
         * @augments gossamer.WriteBegin.$Properties
         * @deprecated Use gossamer.WriteBegin.$Properties instead.
         */

        /**
         * Shape of a WriteBegin.
         * @typedef {gossamer.WriteBegin.$Properties} gossamer.WriteBegin.$Shape
         */

        /**
         * Constructs a new WriteBegin.
         * @memberof gossamer
         * @classdesc Represents a WriteBegin.
         * @constructor
         * @param {gossamer.WriteBegin.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WriteBegin = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WriteBegin manifest.
         * @member {gossamer.Manifest} manifest
         * @memberof gossamer.WriteBegin
         * @instance
         */
        WriteBegin.prototype.manifest = null;

        /**
         * WriteBegin writeId.
         * @member {Uint8Array} writeId
         * @memberof gossamer.WriteBegin
         * @instance
         */
        WriteBegin.prototype.writeId = $util.newBuffer([]);

        /**
         * WriteBegin inlineData.
         * @member {Uint8Array} inlineData
         * @memberof gossamer.WriteBegin
         * @instance
         */
        WriteBegin.prototype.inlineData = $util.newBuffer([]);

        /**
         * WriteBegin inlineDigest.
         * @member {Uint8Array} inlineDigest
         * @memberof gossamer.WriteBegin
         * @instance
         */
        WriteBegin.prototype.inlineDigest = $util.newBuffer([]);

        /**
         * Creates a new WriteBegin instance using the specified properties.
         * @function create
         * @memberof gossamer.WriteBegin
         * @static
         * @param {gossamer.WriteBegin.$Properties=} [properties] Properties to set
         * @returns {gossamer.WriteBegin} WriteBegin instance
         * @type {{
         *   (properties: gossamer.WriteBegin.$Shape): gossamer.WriteBegin & gossamer.WriteBegin.$Shape;
         *   (properties?: gossamer.WriteBegin.$Properties): gossamer.WriteBegin;
         * }}
         */
        WriteBegin.create = function(properties) {
            return new WriteBegin(properties);
        };

        /**
         * Encodes the specified WriteBegin message. Does not implicitly {@link gossamer.WriteBegin.verify|verify} messages.
         * @function encode
         * @memberof gossamer.WriteBegin
         * @static
         * @param {gossamer.WriteBegin.$Properties} message WriteBegin message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteBegin.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                $root.gossamer.Manifest.encode(message.manifest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.writeId != null && $Object.hasOwnProperty.call(message, "writeId") && message.writeId.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.writeId);
            if (message.inlineData != null && $Object.hasOwnProperty.call(message, "inlineData") && message.inlineData.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.inlineData);
            if (message.inlineDigest != null && $Object.hasOwnProperty.call(message, "inlineDigest") && message.inlineDigest.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.inlineDigest);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WriteBegin message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.WriteBegin
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.WriteBegin & gossamer.WriteBegin.$Shape} WriteBegin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteBegin.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.WriteBegin();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.manifest = $root.gossamer.Manifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.writeId = value;
                        else
                            delete message.writeId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.inlineData = value;
                        else
                            delete message.inlineData;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.inlineDigest = value;
                        else
                            delete message.inlineDigest;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WriteBegin;
    })();

    gossamer.WriteNeed = (function() {

        /**
         * Properties of a WriteNeed.
         * @typedef {Object} gossamer.WriteNeed.$Properties
         * @property {number} [uploadId] WriteNeed uploadId
         * @property {Array.<number>} [needed] WriteNeed needed
         * @property {boolean} [complete] WriteNeed complete
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WriteNeed.
         * @memberof gossamer
         * @interface IWriteNeed
         * @augments gossamer.WriteNeed.$Properties
         * @deprecated Use gossamer.WriteNeed.$Properties instead.
         */

        /**
         * Shape of a WriteNeed.
         * @typedef {gossamer.WriteNeed.$Properties} gossamer.WriteNeed.$Shape
         */

        /**
         * Constructs a new WriteNeed.
         * @memberof gossamer
         * @classdesc Represents a WriteNeed.
         * @constructor
         * @param {gossamer.WriteNeed.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WriteNeed = function (properties) {
            this.needed = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WriteNeed uploadId.
         * @member {number} uploadId
         * @memberof gossamer.WriteNeed
         * @instance
         */
        WriteNeed.prototype.uploadId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WriteNeed needed.
         * @member {Array.<number>} needed
         * @memberof gossamer.WriteNeed
         * @instance
         */
        WriteNeed.prototype.needed = $util.emptyArray;

        /**
         * WriteNeed complete.
         * @member {boolean} complete
         * @memberof gossamer.WriteNeed
         * @instance
         */
        WriteNeed.prototype.complete = false;

        /**
         * Creates a new WriteNeed instance using the specified properties.
         * @function create
         * @memberof gossamer.WriteNeed
         * @static
         * @param {gossamer.WriteNeed.$Properties=} [properties] Properties to set
         * @returns {gossamer.WriteNeed} WriteNeed instance
         * @type {{
         *   (properties: gossamer.WriteNeed.$Shape): gossamer.WriteNeed & gossamer.WriteNeed.$Shape;
         *   (properties?: gossamer.WriteNeed.$Properties): gossamer.WriteNeed;
         * }}
         */
        WriteNeed.create = function(properties) {
            return new WriteNeed(properties);
        };

        /**
         * Encodes the specified WriteNeed message. Does not implicitly {@link gossamer.WriteNeed.verify|verify} messages.
         * @function encode
         * @memberof gossamer.WriteNeed
         * @static
         * @param {gossamer.WriteNeed.$Properties} message WriteNeed message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteNeed.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uploadId != null && $Object.hasOwnProperty.call(message, "uploadId") && (typeof message.uploadId === "object" ? message.uploadId.low || message.uploadId.high : message.uploadId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.uploadId);
            if (message.needed != null && message.needed.length)
                writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.needed);
            if (message.complete != null && $Object.hasOwnProperty.call(message, "complete") && message.complete !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.complete);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WriteNeed message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.WriteNeed
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.WriteNeed & gossamer.WriteNeed.$Shape} WriteNeed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteNeed.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.WriteNeed();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.uploadId = value;
                        else
                            delete message.uploadId;
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.needed && message.needed.length))
                                message.needed = [];
                            reader.uint32s(message.needed);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.needed && message.needed.length))
                            message.needed = [];
                        message.needed.push(reader.uint32());
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.complete = value;
                        else
                            delete message.complete;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WriteNeed;
    })();

    gossamer.WriteChunk = (function() {

        /**
         * Properties of a WriteChunk.
         * @typedef {Object} gossamer.WriteChunk.$Properties
         * @property {number} [uploadId] WriteChunk uploadId
         * @property {number} [chunkIndex] WriteChunk chunkIndex
         * @property {Uint8Array} [data] WriteChunk data
         * @property {Uint8Array} [digest] WriteChunk digest
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WriteChunk.
         * @memberof gossamer
         * @interface IWriteChunk
         * @augments gossamer.WriteChunk.$Properties
         * @deprecated Use gossamer.WriteChunk.$Properties instead.
         */

        /**
         * Shape of a WriteChunk.
         * @typedef {gossamer.WriteChunk.$Properties} gossamer.WriteChunk.$Shape
         */

        /**
         * Constructs a new WriteChunk.
         * @memberof gossamer
         * @classdesc Represents a WriteChunk.
         * @constructor
         * @param {gossamer.WriteChunk.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WriteChunk = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WriteChunk uploadId.
         * @member {number} uploadId
         * @memberof gossamer.WriteChunk
         * @instance
         */
        WriteChunk.prototype.uploadId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WriteChunk chunkIndex.
         * @member {number} chunkIndex
         * @memberof gossamer.WriteChunk
         * @instance
         */
        WriteChunk.prototype.chunkIndex = 0;

        /**
         * WriteChunk data.
         * @member {Uint8Array} data
         * @memberof gossamer.WriteChunk
         * @instance
         */
        WriteChunk.prototype.data = $util.newBuffer([]);

        /**
         * WriteChunk digest.
         * @member {Uint8Array} digest
         * @memberof gossamer.WriteChunk
         * @instance
         */
        WriteChunk.prototype.digest = $util.newBuffer([]);

        /**
         * Creates a new WriteChunk instance using the specified properties.
         * @function create
         * @memberof gossamer.WriteChunk
         * @static
         * @param {gossamer.WriteChunk.$Properties=} [properties] Properties to set
         * @returns {gossamer.WriteChunk} WriteChunk instance
         * @type {{
         *   (properties: gossamer.WriteChunk.$Shape): gossamer.WriteChunk & gossamer.WriteChunk.$Shape;
         *   (properties?: gossamer.WriteChunk.$Properties): gossamer.WriteChunk;
         * }}
         */
        WriteChunk.create = function(properties) {
            return new WriteChunk(properties);
        };

        /**
         * Encodes the specified WriteChunk message. Does not implicitly {@link gossamer.WriteChunk.verify|verify} messages.
         * @function encode
         * @memberof gossamer.WriteChunk
         * @static
         * @param {gossamer.WriteChunk.$Properties} message WriteChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteChunk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uploadId != null && $Object.hasOwnProperty.call(message, "uploadId") && (typeof message.uploadId === "object" ? message.uploadId.low || message.uploadId.high : message.uploadId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.uploadId);
            if (message.chunkIndex != null && $Object.hasOwnProperty.call(message, "chunkIndex") && message.chunkIndex !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chunkIndex);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.digest);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WriteChunk message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.WriteChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.WriteChunk & gossamer.WriteChunk.$Shape} WriteChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteChunk.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.WriteChunk();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.uploadId = value;
                        else
                            delete message.uploadId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.chunkIndex = value;
                        else
                            delete message.chunkIndex;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WriteChunk;
    })();

    gossamer.WriteRoundDone = (function() {

        /**
         * Properties of a WriteRoundDone.
         * @typedef {Object} gossamer.WriteRoundDone.$Properties
         * @property {number} [uploadId] WriteRoundDone uploadId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WriteRoundDone.
         * @memberof gossamer
         * @interface IWriteRoundDone
         * @augments gossamer.WriteRoundDone.$Properties
         * @deprecated Use gossamer.WriteRoundDone.$Properties instead.
         */

        /**
         * Shape of a WriteRoundDone.
         * @typedef {gossamer.WriteRoundDone.$Properties} gossamer.WriteRoundDone.$Shape
         */

        /**
         * Constructs a new WriteRoundDone.
         * @memberof gossamer
         * @classdesc Represents a WriteRoundDone.
         * @constructor
         * @param {gossamer.WriteRoundDone.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WriteRoundDone = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WriteRoundDone uploadId.
         * @member {number} uploadId
         * @memberof gossamer.WriteRoundDone
         * @instance
         */
        WriteRoundDone.prototype.uploadId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new WriteRoundDone instance using the specified properties.
         * @function create
         * @memberof gossamer.WriteRoundDone
         * @static
         * @param {gossamer.WriteRoundDone.$Properties=} [properties] Properties to set
         * @returns {gossamer.WriteRoundDone} WriteRoundDone instance
         * @type {{
         *   (properties: gossamer.WriteRoundDone.$Shape): gossamer.WriteRoundDone & gossamer.WriteRoundDone.$Shape;
         *   (properties?: gossamer.WriteRoundDone.$Properties): gossamer.WriteRoundDone;
         * }}
         */
        WriteRoundDone.create = function(properties) {
            return new WriteRoundDone(properties);
        };

        /**
         * Encodes the specified WriteRoundDone message. Does not implicitly {@link gossamer.WriteRoundDone.verify|verify} messages.
         * @function encode
         * @memberof gossamer.WriteRoundDone
         * @static
         * @param {gossamer.WriteRoundDone.$Properties} message WriteRoundDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteRoundDone.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uploadId != null && $Object.hasOwnProperty.call(message, "uploadId") && (typeof message.uploadId === "object" ? message.uploadId.low || message.uploadId.high : message.uploadId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.uploadId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WriteRoundDone message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.WriteRoundDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.WriteRoundDone & gossamer.WriteRoundDone.$Shape} WriteRoundDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteRoundDone.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.WriteRoundDone();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.uploadId = value;
                        else
                            delete message.uploadId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WriteRoundDone;
    })();

    gossamer.WriteDone = (function() {

        /**
         * Properties of a WriteDone.
         * @typedef {Object} gossamer.WriteDone.$Properties
         * @property {gossamer.Manifest.$Properties} [manifest] WriteDone manifest
         * @property {number} [commitIndex] WriteDone commitIndex
         * @property {boolean} [repeated] WriteDone repeated
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WriteDone.
         * @memberof gossamer
         * @interface IWriteDone
         * @augments gossamer.WriteDone.$Properties
         * @deprecated Use gossamer.WriteDone.$Properties instead.
         */

        /**
         * Shape of a WriteDone.
         * @typedef {gossamer.WriteDone.$Properties} gossamer.WriteDone.$Shape
         */

        /**
         * Constructs a new WriteDone.
         * @memberof gossamer
         * @classdesc Represents a WriteDone.
         * @constructor
         * @param {gossamer.WriteDone.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WriteDone = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WriteDone manifest.
         * @member {gossamer.Manifest} manifest
         * @memberof gossamer.WriteDone
         * @instance
         */
        WriteDone.prototype.manifest = null;

        /**
         * WriteDone commitIndex.
         * @member {number} commitIndex
         * @memberof gossamer.WriteDone
         * @instance
         */
        WriteDone.prototype.commitIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WriteDone repeated.
         * @member {boolean} repeated
         * @memberof gossamer.WriteDone
         * @instance
         */
        WriteDone.prototype.repeated = false;

        /**
         * Creates a new WriteDone instance using the specified properties.
         * @function create
         * @memberof gossamer.WriteDone
         * @static
         * @param {gossamer.WriteDone.$Properties=} [properties] Properties to set
         * @returns {gossamer.WriteDone} WriteDone instance
         * @type {{
         *   (properties: gossamer.WriteDone.$Shape): gossamer.WriteDone & gossamer.WriteDone.$Shape;
         *   (properties?: gossamer.WriteDone.$Properties): gossamer.WriteDone;
         * }}
         */
        WriteDone.create = function(properties) {
            return new WriteDone(properties);
        };

        /**
         * Encodes the specified WriteDone message. Does not implicitly {@link gossamer.WriteDone.verify|verify} messages.
         * @function encode
         * @memberof gossamer.WriteDone
         * @static
         * @param {gossamer.WriteDone.$Properties} message WriteDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteDone.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                $root.gossamer.Manifest.encode(message.manifest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.commitIndex != null && $Object.hasOwnProperty.call(message, "commitIndex") && (typeof message.commitIndex === "object" ? message.commitIndex.low || message.commitIndex.high : message.commitIndex !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.commitIndex);
            if (message.repeated != null && $Object.hasOwnProperty.call(message, "repeated") && message.repeated !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.repeated);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WriteDone message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.WriteDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.WriteDone & gossamer.WriteDone.$Shape} WriteDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteDone.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.WriteDone();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.manifest = $root.gossamer.Manifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.commitIndex = value;
                        else
                            delete message.commitIndex;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.repeated = value;
                        else
                            delete message.repeated;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WriteDone;
    })();

    gossamer.ChunkLocation = (function() {

        /**
         * Properties of a ChunkLocation.
         * @typedef {Object} gossamer.ChunkLocation.$Properties
         * @property {number} [chunkIndex] ChunkLocation chunkIndex
         * @property {Array.<string>} [nodeIds] ChunkLocation nodeIds
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChunkLocation.
         * @memberof gossamer
         * @interface IChunkLocation
         * @augments gossamer.ChunkLocation.$Properties
         * @deprecated Use gossamer.ChunkLocation.$Properties instead.
         */

        /**
         * Shape of a ChunkLocation.
         * @typedef {gossamer.ChunkLocation.$Properties} gossamer.ChunkLocation.$Shape
         */

        /**
         * Constructs a new ChunkLocation.
         * @memberof gossamer
         * @classdesc Represents a ChunkLocation.
         * @constructor
         * @param {gossamer.ChunkLocation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ChunkLocation = function (properties) {
            this.nodeIds = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChunkLocation chunkIndex.
         * @member {number} chunkIndex
         * @memberof gossamer.ChunkLocation
         * @instance
         */
        ChunkLocation.prototype.chunkIndex = 0;

        /**
         * ChunkLocation nodeIds.
         * @member {Array.<string>} nodeIds
         * @memberof gossamer.ChunkLocation
         * @instance
         */
        ChunkLocation.prototype.nodeIds = $util.emptyArray;

        /**
         * Creates a new ChunkLocation instance using the specified properties.
         * @function create
         * @memberof gossamer.ChunkLocation
         * @static
         * @param {gossamer.ChunkLocation.$Properties=} [properties] Properties to set
         * @returns {gossamer.ChunkLocation} ChunkLocation instance
         * @type {{
         *   (properties: gossamer.ChunkLocation.$Shape): gossamer.ChunkLocation & gossamer.ChunkLocation.$Shape;
         *   (properties?: gossamer.ChunkLocation.$Properties): gossamer.ChunkLocation;
         * }}
         */
        ChunkLocation.create = function(properties) {
            return new ChunkLocation(properties);
        };

        /**
         * Encodes the specified ChunkLocation message. Does not implicitly {@link gossamer.ChunkLocation.verify|verify} messages.
         * @function encode
         * @memberof gossamer.ChunkLocation
         * @static
         * @param {gossamer.ChunkLocation.$Properties} message ChunkLocation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChunkLocation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chunkIndex != null && $Object.hasOwnProperty.call(message, "chunkIndex") && message.chunkIndex !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.chunkIndex);
            if (message.nodeIds != null && message.nodeIds.length)
                for (let i = 0; i < message.nodeIds.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.nodeIds[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ChunkLocation message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.ChunkLocation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.ChunkLocation & gossamer.ChunkLocation.$Shape} ChunkLocation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChunkLocation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.ChunkLocation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.chunkIndex = value;
                        else
                            delete message.chunkIndex;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.nodeIds && message.nodeIds.length))
                            message.nodeIds = [];
                        message.nodeIds.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ChunkLocation;
    })();

    gossamer.NodeAddress = (function() {

        /**
         * Properties of a NodeAddress.
         * @typedef {Object} gossamer.NodeAddress.$Properties
         * @property {string} [id] NodeAddress id
         * @property {string} [address] NodeAddress address
         * @property {string} [role] NodeAddress role
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeAddress.
         * @memberof gossamer
         * @interface INodeAddress
         * @augments gossamer.NodeAddress.$Properties
         * @deprecated Use gossamer.NodeAddress.$Properties instead.
         */

        /**
         * Shape of a NodeAddress.
         * @typedef {gossamer.NodeAddress.$Properties} gossamer.NodeAddress.$Shape
         */

        /**
         * Constructs a new NodeAddress.
         * @memberof gossamer
         * @classdesc Represents a NodeAddress.
         * @constructor
         * @param {gossamer.NodeAddress.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeAddress = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeAddress id.
         * @member {string} id
         * @memberof gossamer.NodeAddress
         * @instance
         */
        NodeAddress.prototype.id = "";

        /**
         * NodeAddress address.
         * @member {string} address
         * @memberof gossamer.NodeAddress
         * @instance
         */
        NodeAddress.prototype.address = "";

        /**
         * NodeAddress role.
         * @member {string} role
         * @memberof gossamer.NodeAddress
         * @instance
         */
        NodeAddress.prototype.role = "";

        /**
         * Creates a new NodeAddress instance using the specified properties.
         * @function create
         * @memberof gossamer.NodeAddress
         * @static
         * @param {gossamer.NodeAddress.$Properties=} [properties] Properties to set
         * @returns {gossamer.NodeAddress} NodeAddress instance
         * @type {{
         *   (properties: gossamer.NodeAddress.$Shape): gossamer.NodeAddress & gossamer.NodeAddress.$Shape;
         *   (properties?: gossamer.NodeAddress.$Properties): gossamer.NodeAddress;
         * }}
         */
        NodeAddress.create = function(properties) {
            return new NodeAddress(properties);
        };

        /**
         * Encodes the specified NodeAddress message. Does not implicitly {@link gossamer.NodeAddress.verify|verify} messages.
         * @function encode
         * @memberof gossamer.NodeAddress
         * @static
         * @param {gossamer.NodeAddress.$Properties} message NodeAddress message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeAddress.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
            if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.role);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NodeAddress message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.NodeAddress
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.NodeAddress & gossamer.NodeAddress.$Shape} NodeAddress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeAddress.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.NodeAddress();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.role = value;
                        else
                            delete message.role;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return NodeAddress;
    })();

    gossamer.ReadRequest = (function() {

        /**
         * Properties of a ReadRequest.
         * @typedef {Object} gossamer.ReadRequest.$Properties
         * @property {string} [name] ReadRequest name
         * @property {boolean} [stale] ReadRequest stale
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReadRequest.
         * @memberof gossamer
         * @interface IReadRequest
         * @augments gossamer.ReadRequest.$Properties
         * @deprecated Use gossamer.ReadRequest.$Properties instead.
         */

        /**
         * Shape of a ReadRequest.
         * @typedef {gossamer.ReadRequest.$Properties} gossamer.ReadRequest.$Shape
         */

        /**
         * Constructs a new ReadRequest.
         * @memberof gossamer
         * @classdesc Represents a ReadRequest.
         * @constructor
         * @param {gossamer.ReadRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReadRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ReadRequest name.
         * @member {string} name
         * @memberof gossamer.ReadRequest
         * @instance
         */
        ReadRequest.prototype.name = "";

        /**
         * ReadRequest stale.
         * @member {boolean} stale
         * @memberof gossamer.ReadRequest
         * @instance
         */
        ReadRequest.prototype.stale = false;

        /**
         * Creates a new ReadRequest instance using the specified properties.
         * @function create
         * @memberof gossamer.ReadRequest
         * @static
         * @param {gossamer.ReadRequest.$Properties=} [properties] Properties to set
         * @returns {gossamer.ReadRequest} ReadRequest instance
         * @type {{
         *   (properties: gossamer.ReadRequest.$Shape): gossamer.ReadRequest & gossamer.ReadRequest.$Shape;
         *   (properties?: gossamer.ReadRequest.$Properties): gossamer.ReadRequest;
         * }}
         */
        ReadRequest.create = function(properties) {
            return new ReadRequest(properties);
        };

        /**
         * Encodes the specified ReadRequest message. Does not implicitly {@link gossamer.ReadRequest.verify|verify} messages.
         * @function encode
         * @memberof gossamer.ReadRequest
         * @static
         * @param {gossamer.ReadRequest.$Properties} message ReadRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.stale != null && $Object.hasOwnProperty.call(message, "stale") && message.stale !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.stale);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ReadRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.ReadRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.ReadRequest & gossamer.ReadRequest.$Shape} ReadRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.ReadRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.stale = value;
                        else
                            delete message.stale;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ReadRequest;
    })();

    gossamer.ReadResponse = (function() {

        /**
         * Properties of a ReadResponse.
         * @typedef {Object} gossamer.ReadResponse.$Properties
         * @property {gossamer.Manifest.$Properties} [manifest] ReadResponse manifest
         * @property {Array.<gossamer.ChunkLocation.$Properties>} [locations] ReadResponse locations
         * @property {Array.<gossamer.NodeAddress.$Properties>} [nodes] ReadResponse nodes
         * @property {string} [servedBy] ReadResponse servedBy
         * @property {Uint8Array} [inlineData] ReadResponse inlineData
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReadResponse.
         * @memberof gossamer
         * @interface IReadResponse
         * @augments gossamer.ReadResponse.$Properties
         * @deprecated Use gossamer.ReadResponse.$Properties instead.
         */

        /**
         * Shape of a ReadResponse.
         * @typedef {gossamer.ReadResponse.$Properties} gossamer.ReadResponse.$Shape
         */

        /**
         * Constructs a new ReadResponse.
         * @memberof gossamer
         * @classdesc Represents a ReadResponse.
         * @constructor
         * @param {gossamer.ReadResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReadResponse = function (properties) {
            this.locations = [];
            this.nodes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ReadResponse manifest.
         * @member {gossamer.Manifest} manifest
         * @memberof gossamer.ReadResponse
         * @instance
         */
        ReadResponse.prototype.manifest = null;

        /**
         * ReadResponse locations.
         * @member {Array.<gossamer.ChunkLocation>} locations
         * @memberof gossamer.ReadResponse
         * @instance
         */
        ReadResponse.prototype.locations = $util.emptyArray;

        /**
         * ReadResponse nodes.
         * @member {Array.<gossamer.NodeAddress>} nodes
         * @memberof gossamer.ReadResponse
         * @instance
         */
        ReadResponse.prototype.nodes = $util.emptyArray;

        /**
         * ReadResponse servedBy.
         * @member {string} servedBy
         * @memberof gossamer.ReadResponse
         * @instance
         */
        ReadResponse.prototype.servedBy = "";

        /**
         * ReadResponse inlineData.
         * @member {Uint8Array} inlineData
         * @memberof gossamer.ReadResponse
         * @instance
         */
        ReadResponse.prototype.inlineData = $util.newBuffer([]);

        /**
         * Creates a new ReadResponse instance using the specified properties.
         * @function create
         * @memberof gossamer.ReadResponse
         * @static
         * @param {gossamer.ReadResponse.$Properties=} [properties] Properties to set
         * @returns {gossamer.ReadResponse} ReadResponse instance
         * @type {{
         *   (properties: gossamer.ReadResponse.$Shape): gossamer.ReadResponse & gossamer.ReadResponse.$Shape;
         *   (properties?: gossamer.ReadResponse.$Properties): gossamer.ReadResponse;
         * }}
         */
        ReadResponse.create = function(properties) {
            return new ReadResponse(properties);
        };

        /**
         * Encodes the specified ReadResponse message. Does not implicitly {@link gossamer.ReadResponse.verify|verify} messages.
         * @function encode
         * @memberof gossamer.ReadResponse
         * @static
         * @param {gossamer.ReadResponse.$Properties} message ReadResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                $root.gossamer.Manifest.encode(message.manifest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.locations != null && message.locations.length)
                for (let i = 0; i < message.locations.length; ++i)
                    $root.gossamer.ChunkLocation.encode(message.locations[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.nodes != null && message.nodes.length)
                for (let i = 0; i < message.nodes.length; ++i)
                    $root.gossamer.NodeAddress.encode(message.nodes[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.servedBy != null && $Object.hasOwnProperty.call(message, "servedBy") && message.servedBy !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.servedBy);
            if (message.inlineData != null && $Object.hasOwnProperty.call(message, "inlineData") && message.inlineData.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.inlineData);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ReadResponse message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.ReadResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.ReadResponse & gossamer.ReadResponse.$Shape} ReadResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.ReadResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.manifest = $root.gossamer.Manifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.locations && message.locations.length))
                            message.locations = [];
                        message.locations.push($root.gossamer.ChunkLocation.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.nodes && message.nodes.length))
                            message.nodes = [];
                        message.nodes.push($root.gossamer.NodeAddress.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.servedBy = value;
                        else
                            delete message.servedBy;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.inlineData = value;
                        else
                            delete message.inlineData;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ReadResponse;
    })();

    gossamer.ChunkFetch = (function() {

        /**
         * Properties of a ChunkFetch.
         * @typedef {Object} gossamer.ChunkFetch.$Properties
         * @property {Uint8Array} [digest] ChunkFetch digest
         * @property {boolean} [verify] ChunkFetch verify
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChunkFetch.
         * @memberof gossamer
         * @interface IChunkFetch
         * @augments gossamer.ChunkFetch.$Properties
         * @deprecated Use gossamer.ChunkFetch.$Properties instead.
         */

        /**
         * Shape of a ChunkFetch.
         * @typedef {gossamer.ChunkFetch.$Properties} gossamer.ChunkFetch.$Shape
         */

        /**
         * Constructs a new ChunkFetch.
         * @memberof gossamer
         * @classdesc Represents a ChunkFetch.
         * @constructor
         * @param {gossamer.ChunkFetch.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ChunkFetch = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChunkFetch digest.
         * @member {Uint8Array} digest
         * @memberof gossamer.ChunkFetch
         * @instance
         */
        ChunkFetch.prototype.digest = $util.newBuffer([]);

        /**
         * ChunkFetch verify.
         * @member {boolean} verify
         * @memberof gossamer.ChunkFetch
         * @instance
         */
        ChunkFetch.prototype.verify = false;

        /**
         * Creates a new ChunkFetch instance using the specified properties.
         * @function create
         * @memberof gossamer.ChunkFetch
         * @static
         * @param {gossamer.ChunkFetch.$Properties=} [properties] Properties to set
         * @returns {gossamer.ChunkFetch} ChunkFetch instance
         * @type {{
         *   (properties: gossamer.ChunkFetch.$Shape): gossamer.ChunkFetch & gossamer.ChunkFetch.$Shape;
         *   (properties?: gossamer.ChunkFetch.$Properties): gossamer.ChunkFetch;
         * }}
         */
        ChunkFetch.create = function(properties) {
            return new ChunkFetch(properties);
        };

        /**
         * Encodes the specified ChunkFetch message. Does not implicitly {@link gossamer.ChunkFetch.verify|verify} messages.
         * @function encode
         * @memberof gossamer.ChunkFetch
         * @static
         * @param {gossamer.ChunkFetch.$Properties} message ChunkFetch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChunkFetch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.digest);
            if (message.verify != null && $Object.hasOwnProperty.call(message, "verify") && message.verify !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.verify);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ChunkFetch message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.ChunkFetch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.ChunkFetch & gossamer.ChunkFetch.$Shape} ChunkFetch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChunkFetch.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.ChunkFetch();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.verify = value;
                        else
                            delete message.verify;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ChunkFetch;
    })();

    gossamer.ChunkData = (function() {

        /**
         * Properties of a ChunkData.
         * @typedef {Object} gossamer.ChunkData.$Properties
         * @property {Uint8Array} [digest] ChunkData digest
         * @property {Uint8Array} [data] ChunkData data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChunkData.
         * @memberof gossamer
         * @interface IChunkData
         * @augments gossamer.ChunkData.$Properties
         * @deprecated Use gossamer.ChunkData.$Properties instead.
         */

        /**
         * Shape of a ChunkData.
         * @typedef {gossamer.ChunkData.$Properties} gossamer.ChunkData.$Shape
         */

        /**
         * Constructs a new ChunkData.
         * @memberof gossamer
         * @classdesc Represents a ChunkData.
         * @constructor
         * @param {gossamer.ChunkData.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ChunkData = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChunkData digest.
         * @member {Uint8Array} digest
         * @memberof gossamer.ChunkData
         * @instance
         */
        ChunkData.prototype.digest = $util.newBuffer([]);

        /**
         * ChunkData data.
         * @member {Uint8Array} data
         * @memberof gossamer.ChunkData
         * @instance
         */
        ChunkData.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new ChunkData instance using the specified properties.
         * @function create
         * @memberof gossamer.ChunkData
         * @static
         * @param {gossamer.ChunkData.$Properties=} [properties] Properties to set
         * @returns {gossamer.ChunkData} ChunkData instance
         * @type {{
         *   (properties: gossamer.ChunkData.$Shape): gossamer.ChunkData & gossamer.ChunkData.$Shape;
         *   (properties?: gossamer.ChunkData.$Properties): gossamer.ChunkData;
         * }}
         */
        ChunkData.create = function(properties) {
            return new ChunkData(properties);
        };

        /**
         * Encodes the specified ChunkData message. Does not implicitly {@link gossamer.ChunkData.verify|verify} messages.
         * @function encode
         * @memberof gossamer.ChunkData
         * @static
         * @param {gossamer.ChunkData.$Properties} message ChunkData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChunkData.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.digest);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ChunkData message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.ChunkData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.ChunkData & gossamer.ChunkData.$Shape} ChunkData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChunkData.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.ChunkData();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ChunkData;
    })();

    gossamer.ListRequest = (function() {

        /**
         * Properties of a ListRequest.
         * @typedef {Object} gossamer.ListRequest.$Properties
         * @property {string} [prefix] ListRequest prefix
         * @property {boolean} [stale] ListRequest stale
         * @property {string} [startAfter] ListRequest startAfter
         * @property {number} [limit] ListRequest limit
         * @property {boolean} [withoutChunks] ListRequest withoutChunks
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListRequest.
         * @memberof gossamer
         * @interface IListRequest
         * @augments gossamer.ListRequest.$Properties
         * @deprecated Use gossamer.ListRequest.$Properties instead.
         */

        /**
         * Shape of a ListRequest.
         * @typedef {gossamer.ListRequest.$Properties} gossamer.ListRequest.$Shape
         */

        /**
         * Constructs a new ListRequest.
         * @memberof gossamer
         * @classdesc Represents a ListRequest.
         * @constructor
         * @param {gossamer.ListRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ListRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ListRequest prefix.
         * @member {string} prefix
         * @memberof gossamer.ListRequest
         * @instance
         */
        ListRequest.prototype.prefix = "";

        /**
         * ListRequest stale.
         * @member {boolean} stale
         * @memberof gossamer.ListRequest
         * @instance
         */
        ListRequest.prototype.stale = false;

        /**
         * ListRequest startAfter.
         * @member {string} startAfter
         * @memberof gossamer.ListRequest
         * @instance
         */
        ListRequest.prototype.startAfter = "";

        /**
         * ListRequest limit.
         * @member {number} limit
         * @memberof gossamer.ListRequest
         * @instance
         */
        ListRequest.prototype.limit = 0;

        /**
         * ListRequest withoutChunks.
         * @member {boolean} withoutChunks
         * @memberof gossamer.ListRequest
         * @instance
         */
        ListRequest.prototype.withoutChunks = false;

        /**
         * Creates a new ListRequest instance using the specified properties.
         * @function create
         * @memberof gossamer.ListRequest
         * @static
         * @param {gossamer.ListRequest.$Properties=} [properties] Properties to set
         * @returns {gossamer.ListRequest} ListRequest instance
         * @type {{
         *   (properties: gossamer.ListRequest.$Shape): gossamer.ListRequest & gossamer.ListRequest.$Shape;
         *   (properties?: gossamer.ListRequest.$Properties): gossamer.ListRequest;
         * }}
         */
        ListRequest.create = function(properties) {
            return new ListRequest(properties);
        };

        /**
         * Encodes the specified ListRequest message. Does not implicitly {@link gossamer.ListRequest.verify|verify} messages.
         * @function encode
         * @memberof gossamer.ListRequest
         * @static
         * @param {gossamer.ListRequest.$Properties} message ListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.prefix);
            if (message.stale != null && $Object.hasOwnProperty.call(message, "stale") && message.stale !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.stale);
            if (message.startAfter != null && $Object.hasOwnProperty.call(message, "startAfter") && message.startAfter !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.startAfter);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
            if (message.withoutChunks != null && $Object.hasOwnProperty.call(message, "withoutChunks") && message.withoutChunks !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.withoutChunks);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.ListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.ListRequest & gossamer.ListRequest.$Shape} ListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.ListRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.prefix = value;
                        else
                            delete message.prefix;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.stale = value;
                        else
                            delete message.stale;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.startAfter = value;
                        else
                            delete message.startAfter;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.withoutChunks = value;
                        else
                            delete message.withoutChunks;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ListRequest;
    })();

    gossamer.ListResponse = (function() {

        /**
         * Properties of a ListResponse.
         * @typedef {Object} gossamer.ListResponse.$Properties
         * @property {Array.<gossamer.Manifest.$Properties>} [files] ListResponse files
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListResponse.
         * @memberof gossamer
         * @interface IListResponse
         * @augments gossamer.ListResponse.$Properties
         * @deprecated Use gossamer.ListResponse.$Properties instead.
         */

        /**
         * Shape of a ListResponse.
         * @typedef {gossamer.ListResponse.$Properties} gossamer.ListResponse.$Shape
         */

        /**
         * Constructs a new ListResponse.
         * @memberof gossamer
         * @classdesc Represents a ListResponse.
         * @constructor
         * @param {gossamer.ListResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ListResponse = function (properties) {
            this.files = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ListResponse files.
         * @member {Array.<gossamer.Manifest>} files
         * @memberof gossamer.ListResponse
         * @instance
         */
        ListResponse.prototype.files = $util.emptyArray;

        /**
         * Creates a new ListResponse instance using the specified properties.
         * @function create
         * @memberof gossamer.ListResponse
         * @static
         * @param {gossamer.ListResponse.$Properties=} [properties] Properties to set
         * @returns {gossamer.ListResponse} ListResponse instance
         * @type {{
         *   (properties: gossamer.ListResponse.$Shape): gossamer.ListResponse & gossamer.ListResponse.$Shape;
         *   (properties?: gossamer.ListResponse.$Properties): gossamer.ListResponse;
         * }}
         */
        ListResponse.create = function(properties) {
            return new ListResponse(properties);
        };

        /**
         * Encodes the specified ListResponse message. Does not implicitly {@link gossamer.ListResponse.verify|verify} messages.
         * @function encode
         * @memberof gossamer.ListResponse
         * @static
         * @param {gossamer.ListResponse.$Properties} message ListResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.files != null && message.files.length)
                for (let i = 0; i < message.files.length; ++i)
                    $root.gossamer.Manifest.encode(message.files[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ListResponse message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.ListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.ListResponse & gossamer.ListResponse.$Shape} ListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.ListResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.files && message.files.length))
                            message.files = [];
                        message.files.push($root.gossamer.Manifest.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ListResponse;
    })();

    gossamer.RemoveRequest = (function() {

        /**
         * Properties of a RemoveRequest.
         * @typedef {Object} gossamer.RemoveRequest.$Properties
         * @property {string} [name] RemoveRequest name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoveRequest.
         * @memberof gossamer
         * @interface IRemoveRequest
         * @augments gossamer.RemoveRequest.$Properties
         * @deprecated Use gossamer.RemoveRequest.$Properties instead.
         */

        /**
         * Shape of a RemoveRequest.
         * @typedef {gossamer.RemoveRequest.$Properties} gossamer.RemoveRequest.$Shape
         */

        /**
         * Constructs a new RemoveRequest.
         * @memberof gossamer
         * @classdesc Represents a RemoveRequest.
         * @constructor
         * @param {gossamer.RemoveRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoveRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RemoveRequest name.
         * @member {string} name
         * @memberof gossamer.RemoveRequest
         * @instance
         */
        RemoveRequest.prototype.name = "";

        /**
         * Creates a new RemoveRequest instance using the specified properties.
         * @function create
         * @memberof gossamer.RemoveRequest
         * @static
         * @param {gossamer.RemoveRequest.$Properties=} [properties] Properties to set
         * @returns {gossamer.RemoveRequest} RemoveRequest instance
         * @type {{
         *   (properties: gossamer.RemoveRequest.$Shape): gossamer.RemoveRequest & gossamer.RemoveRequest.$Shape;
         *   (properties?: gossamer.RemoveRequest.$Properties): gossamer.RemoveRequest;
         * }}
         */
        RemoveRequest.create = function(properties) {
            return new RemoveRequest(properties);
        };

        /**
         * Encodes the specified RemoveRequest message. Does not implicitly {@link gossamer.RemoveRequest.verify|verify} messages.
         * @function encode
         * @memberof gossamer.RemoveRequest
         * @static
         * @param {gossamer.RemoveRequest.$Properties} message RemoveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RemoveRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.RemoveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.RemoveRequest & gossamer.RemoveRequest.$Shape} RemoveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.RemoveRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RemoveRequest;
    })();

    gossamer.RemoveResponse = (function() {

        /**
         * Properties of a RemoveResponse.
         * @typedef {Object} gossamer.RemoveResponse.$Properties
         * @property {boolean} [existed] RemoveResponse existed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoveResponse.
         * @memberof gossamer
         * @interface IRemoveResponse
         * @augments gossamer.RemoveResponse.$Properties
         * @deprecated Use gossamer.RemoveResponse.$Properties instead.
         */

        /**
         * Shape of a RemoveResponse.
         * @typedef {gossamer.RemoveResponse.$Properties} gossamer.RemoveResponse.$Shape
         */

        /**
         * Constructs a new RemoveResponse.
         * @memberof gossamer
         * @classdesc Represents a RemoveResponse.
         * @constructor
         * @param {gossamer.RemoveResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoveResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RemoveResponse existed.
         * @member {boolean} existed
         * @memberof gossamer.RemoveResponse
         * @instance
         */
        RemoveResponse.prototype.existed = false;

        /**
         * Creates a new RemoveResponse instance using the specified properties.
         * @function create
         * @memberof gossamer.RemoveResponse
         * @static
         * @param {gossamer.RemoveResponse.$Properties=} [properties] Properties to set
         * @returns {gossamer.RemoveResponse} RemoveResponse instance
         * @type {{
         *   (properties: gossamer.RemoveResponse.$Shape): gossamer.RemoveResponse & gossamer.RemoveResponse.$Shape;
         *   (properties?: gossamer.RemoveResponse.$Properties): gossamer.RemoveResponse;
         * }}
         */
        RemoveResponse.create = function(properties) {
            return new RemoveResponse(properties);
        };

        /**
         * Encodes the specified RemoveResponse message. Does not implicitly {@link gossamer.RemoveResponse.verify|verify} messages.
         * @function encode
         * @memberof gossamer.RemoveResponse
         * @static
         * @param {gossamer.RemoveResponse.$Properties} message RemoveResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.existed != null && $Object.hasOwnProperty.call(message, "existed") && message.existed !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.existed);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RemoveResponse message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.RemoveResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.RemoveResponse & gossamer.RemoveResponse.$Shape} RemoveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.RemoveResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.existed = value;
                        else
                            delete message.existed;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RemoveResponse;
    })();

    /**
     * ErrorCode enum.
     * @name gossamer.ErrorCode
     * @enum {number}
     * @property {number} ERROR_UNKNOWN=0 ERROR_UNKNOWN value
     * @property {number} ERROR_BAD_REQUEST=1 ERROR_BAD_REQUEST value
     * @property {number} ERROR_NOT_FOUND=2 ERROR_NOT_FOUND value
     * @property {number} ERROR_BUSY=3 ERROR_BUSY value
     * @property {number} ERROR_NO_LEADER=4 ERROR_NO_LEADER value
     * @property {number} ERROR_TIMEOUT=5 ERROR_TIMEOUT value
     * @property {number} ERROR_UNAUTHORIZED=6 ERROR_UNAUTHORIZED value
     * @property {number} ERROR_INTERNAL=7 ERROR_INTERNAL value
     * @property {number} ERROR_UNAVAILABLE=8 ERROR_UNAVAILABLE value
     * @property {number} ERROR_REMOVED=9 ERROR_REMOVED value
     */
    gossamer.ErrorCode = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "ERROR_UNKNOWN"] = 0;
        values[valuesById[1] = "ERROR_BAD_REQUEST"] = 1;
        values[valuesById[2] = "ERROR_NOT_FOUND"] = 2;
        values[valuesById[3] = "ERROR_BUSY"] = 3;
        values[valuesById[4] = "ERROR_NO_LEADER"] = 4;
        values[valuesById[5] = "ERROR_TIMEOUT"] = 5;
        values[valuesById[6] = "ERROR_UNAUTHORIZED"] = 6;
        values[valuesById[7] = "ERROR_INTERNAL"] = 7;
        values[valuesById[8] = "ERROR_UNAVAILABLE"] = 8;
        values[valuesById[9] = "ERROR_REMOVED"] = 9;
        return values;
    })();

    gossamer.ErrorReply = (function() {

        /**
         * Properties of an ErrorReply.
         * @typedef {Object} gossamer.ErrorReply.$Properties
         * @property {gossamer.ErrorCode} [code] ErrorReply code
         * @property {string} [message] ErrorReply message
         * @property {number} [retryAfterMs] ErrorReply retryAfterMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ErrorReply.
         * @memberof gossamer
         * @interface IErrorReply
         * @augments gossamer.ErrorReply.$Properties
         * @deprecated Use gossamer.ErrorReply.$Properties instead.
         */

        /**
         * Shape of an ErrorReply.
         * @typedef {gossamer.ErrorReply.$Properties} gossamer.ErrorReply.$Shape
         */

        /**
         * Constructs a new ErrorReply.
         * @memberof gossamer
         * @classdesc Represents an ErrorReply.
         * @constructor
         * @param {gossamer.ErrorReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ErrorReply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ErrorReply code.
         * @member {gossamer.ErrorCode} code
         * @memberof gossamer.ErrorReply
         * @instance
         */
        ErrorReply.prototype.code = 0;

        /**
         * ErrorReply message.
         * @member {string} message
         * @memberof gossamer.ErrorReply
         * @instance
         */
        ErrorReply.prototype.message = "";

        /**
         * ErrorReply retryAfterMs.
         * @member {number} retryAfterMs
         * @memberof gossamer.ErrorReply
         * @instance
         */
        ErrorReply.prototype.retryAfterMs = 0;

        /**
         * Creates a new ErrorReply instance using the specified properties.
         * @function create
         * @memberof gossamer.ErrorReply
         * @static
         * @param {gossamer.ErrorReply.$Properties=} [properties] Properties to set
         * @returns {gossamer.ErrorReply} ErrorReply instance
         * @type {{
         *   (properties: gossamer.ErrorReply.$Shape): gossamer.ErrorReply & gossamer.ErrorReply.$Shape;
         *   (properties?: gossamer.ErrorReply.$Properties): gossamer.ErrorReply;
         * }}
         */
        ErrorReply.create = function(properties) {
            return new ErrorReply(properties);
        };

        /**
         * Encodes the specified ErrorReply message. Does not implicitly {@link gossamer.ErrorReply.verify|verify} messages.
         * @function encode
         * @memberof gossamer.ErrorReply
         * @static
         * @param {gossamer.ErrorReply.$Properties} message ErrorReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ErrorReply message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.ErrorReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.ErrorReply & gossamer.ErrorReply.$Shape} ErrorReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorReply.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.ErrorReply();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.retryAfterMs = value;
                        else
                            delete message.retryAfterMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ErrorReply;
    })();

    gossamer.Envelope = (function() {

        /**
         * Properties of an Envelope.
         * @typedef {Object} gossamer.Envelope.$Properties
         * @property {number} [requestId] Envelope requestId
         * @property {gossamer.ErrorReply.$Properties|null} [error] Envelope error
         * @property {gossamer.HandshakeHello.$Properties|null} [handshakeHello] Envelope handshakeHello
         * @property {gossamer.HandshakeChallenge.$Properties|null} [handshakeChallenge] Envelope handshakeChallenge
         * @property {gossamer.HandshakeProof.$Properties|null} [handshakeProof] Envelope handshakeProof
         * @property {gossamer.RaftMessage.$Properties|null} [raft] Envelope raft
         * @property {gossamer.WriteBegin.$Properties|null} [writeBegin] Envelope writeBegin
         * @property {gossamer.WriteNeed.$Properties|null} [writeNeed] Envelope writeNeed
         * @property {gossamer.WriteChunk.$Properties|null} [writeChunk] Envelope writeChunk
         * @property {gossamer.WriteRoundDone.$Properties|null} [writeRoundDone] Envelope writeRoundDone
         * @property {gossamer.WriteDone.$Properties|null} [writeDone] Envelope writeDone
         * @property {gossamer.ReadRequest.$Properties|null} [read] Envelope read
         * @property {gossamer.ReadResponse.$Properties|null} [readResponse] Envelope readResponse
         * @property {gossamer.ChunkFetch.$Properties|null} [chunkFetch] Envelope chunkFetch
         * @property {gossamer.ChunkData.$Properties|null} [chunkData] Envelope chunkData
         * @property {gossamer.ListRequest.$Properties|null} [list] Envelope list
         * @property {gossamer.ListResponse.$Properties|null} [listResponse] Envelope listResponse
         * @property {gossamer.RemoveRequest.$Properties|null} [remove] Envelope remove
         * @property {gossamer.RemoveResponse.$Properties|null} [removeResponse] Envelope removeResponse
         * @property {gossamer.StatusRequest.$Properties|null} [status] Envelope status
         * @property {gossamer.StatusResponse.$Properties|null} [statusResponse] Envelope statusResponse
         * @property {gossamer.StealRequest.$Properties|null} [steal] Envelope steal
         * @property {gossamer.StealResponse.$Properties|null} [stealResponse] Envelope stealResponse
         * @property {gossamer.WorkResult.$Properties|null} [workResult] Envelope workResult
         * @property {gossamer.UploadPull.$Properties|null} [uploadPull] Envelope uploadPull
         * @property {gossamer.UploadChunk.$Properties|null} [uploadChunk] Envelope uploadChunk
         * @property {gossamer.UploadFinish.$Properties|null} [uploadFinish] Envelope uploadFinish
         * @property {gossamer.EdgeList.$Properties|null} [edgeList] Envelope edgeList
         * @property {gossamer.AddNodeRequest.$Properties|null} [addNodeRequest] Envelope addNodeRequest
         * @property {gossamer.Ping.$Properties|null} [ping] Envelope ping
         * @property {gossamer.PingResult.$Properties|null} [pingResult] Envelope pingResult
         * @property {gossamer.AddNode.$Properties|null} [addNode] Envelope addNode
         * @property {gossamer.RemoveNode.$Properties|null} [removeNode] Envelope removeNode
         * @property {gossamer.Ack.$Properties|null} [ack] Envelope ack
         * @property {gossamer.PromoteNode.$Properties|null} [promoteNode] Envelope promoteNode
         * @property {gossamer.TransferLeader.$Properties|null} [transferLeader] Envelope transferLeader
         * @property {gossamer.MemberList.$Properties|null} [memberList] Envelope memberList
         * @property {gossamer.MemberListResponse.$Properties|null} [memberListResponse] Envelope memberListResponse
         * @property {gossamer.BackupRead.$Properties|null} [backupRead] Envelope backupRead
         * @property {gossamer.BackupPiece.$Properties|null} [backupPiece] Envelope backupPiece
         * @property {"error"|"handshakeHello"|"handshakeChallenge"|"handshakeProof"|"raft"|"writeBegin"|"writeNeed"|"writeChunk"|"writeRoundDone"|"writeDone"|"read"|"readResponse"|"chunkFetch"|"chunkData"|"list"|"listResponse"|"remove"|"removeResponse"|"status"|"statusResponse"|"steal"|"stealResponse"|"workResult"|"uploadPull"|"uploadChunk"|"uploadFinish"|"edgeList"|"addNodeRequest"|"ping"|"pingResult"|"addNode"|"removeNode"|"ack"|"promoteNode"|"transferLeader"|"memberList"|"memberListResponse"|"backupRead"|"backupPiece"} [body] Envelope body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Envelope.
         * @memberof gossamer
         * @interface IEnvelope
         * @augments gossamer.Envelope.$Properties
         * @deprecated Use gossamer.Envelope.$Properties instead.
         */

        /**
         * Narrowed shape of an Envelope.
         * @typedef {{
         *   requestId?: number;
         *   error?: gossamer.ErrorReply.$Shape|null;
         *   handshakeHello?: gossamer.HandshakeHello.$Shape|null;
         *   handshakeChallenge?: gossamer.HandshakeChallenge.$Shape|null;
         *   handshakeProof?: gossamer.HandshakeProof.$Shape|null;
         *   raft?: gossamer.RaftMessage.$Shape|null;
         *   writeBegin?: gossamer.WriteBegin.$Shape|null;
         *   writeNeed?: gossamer.WriteNeed.$Shape|null;
         *   writeChunk?: gossamer.WriteChunk.$Shape|null;
         *   writeRoundDone?: gossamer.WriteRoundDone.$Shape|null;
         *   writeDone?: gossamer.WriteDone.$Shape|null;
         *   read?: gossamer.ReadRequest.$Shape|null;
         *   readResponse?: gossamer.ReadResponse.$Shape|null;
         *   chunkFetch?: gossamer.ChunkFetch.$Shape|null;
         *   chunkData?: gossamer.ChunkData.$Shape|null;
         *   list?: gossamer.ListRequest.$Shape|null;
         *   listResponse?: gossamer.ListResponse.$Shape|null;
         *   remove?: gossamer.RemoveRequest.$Shape|null;
         *   removeResponse?: gossamer.RemoveResponse.$Shape|null;
         *   status?: gossamer.StatusRequest.$Shape|null;
         *   statusResponse?: gossamer.StatusResponse.$Shape|null;
         *   steal?: gossamer.StealRequest.$Shape|null;
         *   stealResponse?: gossamer.StealResponse.$Shape|null;
         *   workResult?: gossamer.WorkResult.$Shape|null;
         *   uploadPull?: gossamer.UploadPull.$Shape|null;
         *   uploadChunk?: gossamer.UploadChunk.$Shape|null;
         *   uploadFinish?: gossamer.UploadFinish.$Shape|null;
         *   edgeList?: gossamer.EdgeList.$Shape|null;
         *   addNodeRequest?: gossamer.AddNodeRequest.$Shape|null;
         *   ping?: gossamer.Ping.$Shape|null;
         *   pingResult?: gossamer.PingResult.$Shape|null;
         *   addNode?: gossamer.AddNode.$Shape|null;
         *   removeNode?: gossamer.RemoveNode.$Shape|null;
         *   ack?: gossamer.Ack.$Shape|null;
         *   promoteNode?: gossamer.PromoteNode.$Shape|null;
         *   transferLeader?: gossamer.TransferLeader.$Shape|null;
         *   memberList?: gossamer.MemberList.$Shape|null;
         *   memberListResponse?: gossamer.MemberListResponse.$Shape|null;
         *   backupRead?: gossamer.BackupRead.$Shape|null;
         *   backupPiece?: gossamer.BackupPiece.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "error"; error: gossamer.ErrorReply.$Shape; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "handshakeHello"; error?: null; handshakeHello: gossamer.HandshakeHello.$Shape; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "handshakeChallenge"; error?: null; handshakeHello?: null; handshakeChallenge: gossamer.HandshakeChallenge.$Shape; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "handshakeProof"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof: gossamer.HandshakeProof.$Shape; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "raft"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft: gossamer.RaftMessage.$Shape; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeBegin"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin: gossamer.WriteBegin.$Shape; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeNeed"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed: gossamer.WriteNeed.$Shape; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeChunk"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk: gossamer.WriteChunk.$Shape; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeRoundDone"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone: gossamer.WriteRoundDone.$Shape; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeDone"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone: gossamer.WriteDone.$Shape; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "read"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read: gossamer.ReadRequest.$Shape; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "readResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse: gossamer.ReadResponse.$Shape; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "chunkFetch"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch: gossamer.ChunkFetch.$Shape; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "chunkData"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData: gossamer.ChunkData.$Shape; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "list"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list: gossamer.ListRequest.$Shape; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "listResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse: gossamer.ListResponse.$Shape; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "remove"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove: gossamer.RemoveRequest.$Shape; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "removeResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse: gossamer.RemoveResponse.$Shape; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "status"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status: gossamer.StatusRequest.$Shape; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "statusResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse: gossamer.StatusResponse.$Shape; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "steal"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal: gossamer.StealRequest.$Shape; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "stealResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse: gossamer.StealResponse.$Shape; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "workResult"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult: gossamer.WorkResult.$Shape; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "uploadPull"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull: gossamer.UploadPull.$Shape; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "uploadChunk"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk: gossamer.UploadChunk.$Shape; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "uploadFinish"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish: gossamer.UploadFinish.$Shape; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "edgeList"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList: gossamer.EdgeList.$Shape; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "addNodeRequest"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest: gossamer.AddNodeRequest.$Shape; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "ping"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping: gossamer.Ping.$Shape; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "pingResult"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult: gossamer.PingResult.$Shape; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "addNode"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode: gossamer.AddNode.$Shape; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "removeNode"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode: gossamer.RemoveNode.$Shape; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "ack"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack: gossamer.Ack.$Shape; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "promoteNode"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode: gossamer.PromoteNode.$Shape; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "transferLeader"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader: gossamer.TransferLeader.$Shape; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "memberList"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList: gossamer.MemberList.$Shape; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "memberListResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse: gossamer.MemberListResponse.$Shape; backupRead?: null; backupPiece?: null }|{ body?: "backupRead"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead: gossamer.BackupRead.$Shape; backupPiece?: null }|{ body?: "backupPiece"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece: gossamer.BackupPiece.$Shape })
         * )} gossamer.Envelope.$Shape
         */

        /**
         * Constructs a new Envelope.
         * @memberof gossamer
         * @classdesc Represents an Envelope.
         * @constructor
         * @param {gossamer.Envelope.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Envelope = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Envelope requestId.
         * @member {number} requestId
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Envelope error.
         * @member {gossamer.ErrorReply|null} error
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.error = null;

        /**
         * Envelope handshakeHello.
         * @member {gossamer.HandshakeHello|null} handshakeHello
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.handshakeHello = null;

        /**
         * Envelope handshakeChallenge.
         * @member {gossamer.HandshakeChallenge|null} handshakeChallenge
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.handshakeChallenge = null;

        /**
         * Envelope handshakeProof.
         * @member {gossamer.HandshakeProof|null} handshakeProof
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.handshakeProof = null;

        /**
         * Envelope raft.
         * @member {gossamer.RaftMessage|null} raft
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.raft = null;

        /**
         * Envelope writeBegin.
         * @member {gossamer.WriteBegin|null} writeBegin
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.writeBegin = null;

        /**
         * Envelope writeNeed.
         * @member {gossamer.WriteNeed|null} writeNeed
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.writeNeed = null;

        /**
         * Envelope writeChunk.
         * @member {gossamer.WriteChunk|null} writeChunk
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.writeChunk = null;

        /**
         * Envelope writeRoundDone.
         * @member {gossamer.WriteRoundDone|null} writeRoundDone
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.writeRoundDone = null;

        /**
         * Envelope writeDone.
         * @member {gossamer.WriteDone|null} writeDone
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.writeDone = null;

        /**
         * Envelope read.
         * @member {gossamer.ReadRequest|null} read
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.read = null;

        /**
         * Envelope readResponse.
         * @member {gossamer.ReadResponse|null} readResponse
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.readResponse = null;

        /**
         * Envelope chunkFetch.
         * @member {gossamer.ChunkFetch|null} chunkFetch
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.chunkFetch = null;

        /**
         * Envelope chunkData.
         * @member {gossamer.ChunkData|null} chunkData
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.chunkData = null;

        /**
         * Envelope list.
         * @member {gossamer.ListRequest|null} list
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.list = null;

        /**
         * Envelope listResponse.
         * @member {gossamer.ListResponse|null} listResponse
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.listResponse = null;

        /**
         * Envelope remove.
         * @member {gossamer.RemoveRequest|null} remove
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.remove = null;

        /**
         * Envelope removeResponse.
         * @member {gossamer.RemoveResponse|null} removeResponse
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.removeResponse = null;

        /**
         * Envelope status.
         * @member {gossamer.StatusRequest|null} status
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.status = null;

        /**
         * Envelope statusResponse.
         * @member {gossamer.StatusResponse|null} statusResponse
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.statusResponse = null;

        /**
         * Envelope steal.
         * @member {gossamer.StealRequest|null} steal
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.steal = null;

        /**
         * Envelope stealResponse.
         * @member {gossamer.StealResponse|null} stealResponse
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.stealResponse = null;

        /**
         * Envelope workResult.
         * @member {gossamer.WorkResult|null} workResult
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.workResult = null;

        /**
         * Envelope uploadPull.
         * @member {gossamer.UploadPull|null} uploadPull
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.uploadPull = null;

        /**
         * Envelope uploadChunk.
         * @member {gossamer.UploadChunk|null} uploadChunk
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.uploadChunk = null;

        /**
         * Envelope uploadFinish.
         * @member {gossamer.UploadFinish|null} uploadFinish
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.uploadFinish = null;

        /**
         * Envelope edgeList.
         * @member {gossamer.EdgeList|null} edgeList
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.edgeList = null;

        /**
         * Envelope addNodeRequest.
         * @member {gossamer.AddNodeRequest|null} addNodeRequest
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.addNodeRequest = null;

        /**
         * Envelope ping.
         * @member {gossamer.Ping|null} ping
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.ping = null;

        /**
         * Envelope pingResult.
         * @member {gossamer.PingResult|null} pingResult
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.pingResult = null;

        /**
         * Envelope addNode.
         * @member {gossamer.AddNode|null} addNode
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.addNode = null;

        /**
         * Envelope removeNode.
         * @member {gossamer.RemoveNode|null} removeNode
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.removeNode = null;

        /**
         * Envelope ack.
         * @member {gossamer.Ack|null} ack
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.ack = null;

        /**
         * Envelope promoteNode.
         * @member {gossamer.PromoteNode|null} promoteNode
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.promoteNode = null;

        /**
         * Envelope transferLeader.
         * @member {gossamer.TransferLeader|null} transferLeader
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.transferLeader = null;

        /**
         * Envelope memberList.
         * @member {gossamer.MemberList|null} memberList
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.memberList = null;

        /**
         * Envelope memberListResponse.
         * @member {gossamer.MemberListResponse|null} memberListResponse
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.memberListResponse = null;

        /**
         * Envelope backupRead.
         * @member {gossamer.BackupRead|null} backupRead
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.backupRead = null;

        /**
         * Envelope backupPiece.
         * @member {gossamer.BackupPiece|null} backupPiece
         * @memberof gossamer.Envelope
         * @instance
         */
        Envelope.prototype.backupPiece = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Envelope body.
         * @member {"error"|"handshakeHello"|"handshakeChallenge"|"handshakeProof"|"raft"|"writeBegin"|"writeNeed"|"writeChunk"|"writeRoundDone"|"writeDone"|"read"|"readResponse"|"chunkFetch"|"chunkData"|"list"|"listResponse"|"remove"|"removeResponse"|"status"|"statusResponse"|"steal"|"stealResponse"|"workResult"|"uploadPull"|"uploadChunk"|"uploadFinish"|"edgeList"|"addNodeRequest"|"ping"|"pingResult"|"addNode"|"removeNode"|"ack"|"promoteNode"|"transferLeader"|"memberList"|"memberListResponse"|"backupRead"|"backupPiece"|undefined} body
         * @memberof gossamer.Envelope
         * @instance
         */
        $Object.defineProperty(Envelope.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["error", "handshakeHello", "handshakeChallenge", "handshakeProof", "raft", "writeBegin", "writeNeed", "writeChunk", "writeRoundDone", "writeDone", "read", "readResponse", "chunkFetch", "chunkData", "list", "listResponse", "remove", "removeResponse", "status", "statusResponse", "steal", "stealResponse", "workResult", "uploadPull", "uploadChunk", "uploadFinish", "edgeList", "addNodeRequest", "ping", "pingResult", "addNode", "removeNode", "ack", "promoteNode", "transferLeader", "memberList", "memberListResponse", "backupRead", "backupPiece"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Envelope instance using the specified properties.
         * @function create
         * @memberof gossamer.Envelope
         * @static
         * @param {gossamer.Envelope.$Properties=} [properties] Properties to set
         * @returns {gossamer.Envelope} Envelope instance
         * @type {{
         *   (properties: gossamer.Envelope.$Shape): gossamer.Envelope & gossamer.Envelope.$Shape;
         *   (properties?: gossamer.Envelope.$Properties): gossamer.Envelope;
         * }}
         */
        Envelope.create = function(properties) {
            return new Envelope(properties);
        };

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link gossamer.Envelope.verify|verify} messages.
         * @function encode
         * @memberof gossamer.Envelope
         * @static
         * @param {gossamer.Envelope.$Properties} message Envelope message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.gossamer.ErrorReply.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.handshakeHello != null && $Object.hasOwnProperty.call(message, "handshakeHello"))
                $root.gossamer.HandshakeHello.encode(message.handshakeHello, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.handshakeChallenge != null && $Object.hasOwnProperty.call(message, "handshakeChallenge"))
                $root.gossamer.HandshakeChallenge.encode(message.handshakeChallenge, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.handshakeProof != null && $Object.hasOwnProperty.call(message, "handshakeProof"))
                $root.gossamer.HandshakeProof.encode(message.handshakeProof, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.raft != null && $Object.hasOwnProperty.call(message, "raft"))
                $root.gossamer.RaftMessage.encode(message.raft, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.writeBegin != null && $Object.hasOwnProperty.call(message, "writeBegin"))
                $root.gossamer.WriteBegin.encode(message.writeBegin, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.writeNeed != null && $Object.hasOwnProperty.call(message, "writeNeed"))
                $root.gossamer.WriteNeed.encode(message.writeNeed, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.writeChunk != null && $Object.hasOwnProperty.call(message, "writeChunk"))
                $root.gossamer.WriteChunk.encode(message.writeChunk, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.writeRoundDone != null && $Object.hasOwnProperty.call(message, "writeRoundDone"))
                $root.gossamer.WriteRoundDone.encode(message.writeRoundDone, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.writeDone != null && $Object.hasOwnProperty.call(message, "writeDone"))
                $root.gossamer.WriteDone.encode(message.writeDone, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
            if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                $root.gossamer.ReadRequest.encode(message.read, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
            if (message.readResponse != null && $Object.hasOwnProperty.call(message, "readResponse"))
                $root.gossamer.ReadResponse.encode(message.readResponse, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
            if (message.chunkFetch != null && $Object.hasOwnProperty.call(message, "chunkFetch"))
                $root.gossamer.ChunkFetch.encode(message.chunkFetch, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
            if (message.chunkData != null && $Object.hasOwnProperty.call(message, "chunkData"))
                $root.gossamer.ChunkData.encode(message.chunkData, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
            if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                $root.gossamer.ListRequest.encode(message.list, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
            if (message.listResponse != null && $Object.hasOwnProperty.call(message, "listResponse"))
                $root.gossamer.ListResponse.encode(message.listResponse, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
            if (message.remove != null && $Object.hasOwnProperty.call(message, "remove"))
                $root.gossamer.RemoveRequest.encode(message.remove, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
            if (message.removeResponse != null && $Object.hasOwnProperty.call(message, "removeResponse"))
                $root.gossamer.RemoveResponse.encode(message.removeResponse, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.gossamer.StatusRequest.encode(message.status, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
            if (message.statusResponse != null && $Object.hasOwnProperty.call(message, "statusResponse"))
                $root.gossamer.StatusResponse.encode(message.statusResponse, writer.uint32(/* id 34, wireType 2 =*/274).fork(), _depth + 1).ldelim();
            if (message.steal != null && $Object.hasOwnProperty.call(message, "steal"))
                $root.gossamer.StealRequest.encode(message.steal, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
            if (message.workResult != null && $Object.hasOwnProperty.call(message, "workResult"))
                $root.gossamer.WorkResult.encode(message.workResult, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
            if (message.uploadPull != null && $Object.hasOwnProperty.call(message, "uploadPull"))
                $root.gossamer.UploadPull.encode(message.uploadPull, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
            if (message.uploadChunk != null && $Object.hasOwnProperty.call(message, "uploadChunk"))
                $root.gossamer.UploadChunk.encode(message.uploadChunk, writer.uint32(/* id 45, wireType 2 =*/362).fork(), _depth + 1).ldelim();
            if (message.uploadFinish != null && $Object.hasOwnProperty.call(message, "uploadFinish"))
                $root.gossamer.UploadFinish.encode(message.uploadFinish, writer.uint32(/* id 46, wireType 2 =*/370).fork(), _depth + 1).ldelim();
            if (message.stealResponse != null && $Object.hasOwnProperty.call(message, "stealResponse"))
                $root.gossamer.StealResponse.encode(message.stealResponse, writer.uint32(/* id 47, wireType 2 =*/378).fork(), _depth + 1).ldelim();
            if (message.edgeList != null && $Object.hasOwnProperty.call(message, "edgeList"))
                $root.gossamer.EdgeList.encode(message.edgeList, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
            if (message.addNodeRequest != null && $Object.hasOwnProperty.call(message, "addNodeRequest"))
                $root.gossamer.AddNodeRequest.encode(message.addNodeRequest, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                $root.gossamer.Ping.encode(message.ping, writer.uint32(/* id 52, wireType 2 =*/418).fork(), _depth + 1).ldelim();
            if (message.pingResult != null && $Object.hasOwnProperty.call(message, "pingResult"))
                $root.gossamer.PingResult.encode(message.pingResult, writer.uint32(/* id 53, wireType 2 =*/426).fork(), _depth + 1).ldelim();
            if (message.addNode != null && $Object.hasOwnProperty.call(message, "addNode"))
                $root.gossamer.AddNode.encode(message.addNode, writer.uint32(/* id 54, wireType 2 =*/434).fork(), _depth + 1).ldelim();
            if (message.removeNode != null && $Object.hasOwnProperty.call(message, "removeNode"))
                $root.gossamer.RemoveNode.encode(message.removeNode, writer.uint32(/* id 55, wireType 2 =*/442).fork(), _depth + 1).ldelim();
            if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                $root.gossamer.Ack.encode(message.ack, writer.uint32(/* id 56, wireType 2 =*/450).fork(), _depth + 1).ldelim();
            if (message.promoteNode != null && $Object.hasOwnProperty.call(message, "promoteNode"))
                $root.gossamer.PromoteNode.encode(message.promoteNode, writer.uint32(/* id 80, wireType 2 =*/642).fork(), _depth + 1).ldelim();
            if (message.transferLeader != null && $Object.hasOwnProperty.call(message, "transferLeader"))
                $root.gossamer.TransferLeader.encode(message.transferLeader, writer.uint32(/* id 81, wireType 2 =*/650).fork(), _depth + 1).ldelim();
            if (message.memberList != null && $Object.hasOwnProperty.call(message, "memberList"))
                $root.gossamer.MemberList.encode(message.memberList, writer.uint32(/* id 82, wireType 2 =*/658).fork(), _depth + 1).ldelim();
            if (message.memberListResponse != null && $Object.hasOwnProperty.call(message, "memberListResponse"))
                $root.gossamer.MemberListResponse.encode(message.memberListResponse, writer.uint32(/* id 83, wireType 2 =*/666).fork(), _depth + 1).ldelim();
            if (message.backupRead != null && $Object.hasOwnProperty.call(message, "backupRead"))
                $root.gossamer.BackupRead.encode(message.backupRead, writer.uint32(/* id 84, wireType 2 =*/674).fork(), _depth + 1).ldelim();
            if (message.backupPiece != null && $Object.hasOwnProperty.call(message, "backupPiece"))
                $root.gossamer.BackupPiece.encode(message.backupPiece, writer.uint32(/* id 85, wireType 2 =*/682).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.Envelope & gossamer.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.Envelope();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.gossamer.ErrorReply.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        message.body = "error";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.handshakeHello = $root.gossamer.HandshakeHello.decode(reader, reader.size(), $undefined, _depth + 1, message.handshakeHello);
                        message.body = "handshakeHello";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.handshakeChallenge = $root.gossamer.HandshakeChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.handshakeChallenge);
                        message.body = "handshakeChallenge";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.handshakeProof = $root.gossamer.HandshakeProof.decode(reader, reader.size(), $undefined, _depth + 1, message.handshakeProof);
                        message.body = "handshakeProof";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.raft = $root.gossamer.RaftMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.raft);
                        message.body = "raft";
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.writeBegin = $root.gossamer.WriteBegin.decode(reader, reader.size(), $undefined, _depth + 1, message.writeBegin);
                        message.body = "writeBegin";
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.writeNeed = $root.gossamer.WriteNeed.decode(reader, reader.size(), $undefined, _depth + 1, message.writeNeed);
                        message.body = "writeNeed";
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.writeChunk = $root.gossamer.WriteChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.writeChunk);
                        message.body = "writeChunk";
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        message.writeRoundDone = $root.gossamer.WriteRoundDone.decode(reader, reader.size(), $undefined, _depth + 1, message.writeRoundDone);
                        message.body = "writeRoundDone";
                        continue;
                    }
                case 24: {
                        if (wireType !== 2)
                            break;
                        message.writeDone = $root.gossamer.WriteDone.decode(reader, reader.size(), $undefined, _depth + 1, message.writeDone);
                        message.body = "writeDone";
                        continue;
                    }
                case 25: {
                        if (wireType !== 2)
                            break;
                        message.read = $root.gossamer.ReadRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
                        message.body = "read";
                        continue;
                    }
                case 26: {
                        if (wireType !== 2)
                            break;
                        message.readResponse = $root.gossamer.ReadResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.readResponse);
                        message.body = "readResponse";
                        continue;
                    }
                case 27: {
                        if (wireType !== 2)
                            break;
                        message.chunkFetch = $root.gossamer.ChunkFetch.decode(reader, reader.size(), $undefined, _depth + 1, message.chunkFetch);
                        message.body = "chunkFetch";
                        continue;
                    }
                case 28: {
                        if (wireType !== 2)
                            break;
                        message.chunkData = $root.gossamer.ChunkData.decode(reader, reader.size(), $undefined, _depth + 1, message.chunkData);
                        message.body = "chunkData";
                        continue;
                    }
                case 29: {
                        if (wireType !== 2)
                            break;
                        message.list = $root.gossamer.ListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.list);
                        message.body = "list";
                        continue;
                    }
                case 30: {
                        if (wireType !== 2)
                            break;
                        message.listResponse = $root.gossamer.ListResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listResponse);
                        message.body = "listResponse";
                        continue;
                    }
                case 31: {
                        if (wireType !== 2)
                            break;
                        message.remove = $root.gossamer.RemoveRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.remove);
                        message.body = "remove";
                        continue;
                    }
                case 32: {
                        if (wireType !== 2)
                            break;
                        message.removeResponse = $root.gossamer.RemoveResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.removeResponse);
                        message.body = "removeResponse";
                        continue;
                    }
                case 33: {
                        if (wireType !== 2)
                            break;
                        message.status = $root.gossamer.StatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        message.body = "status";
                        continue;
                    }
                case 34: {
                        if (wireType !== 2)
                            break;
                        message.statusResponse = $root.gossamer.StatusResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.statusResponse);
                        message.body = "statusResponse";
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        message.steal = $root.gossamer.StealRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.steal);
                        message.body = "steal";
                        continue;
                    }
                case 47: {
                        if (wireType !== 2)
                            break;
                        message.stealResponse = $root.gossamer.StealResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.stealResponse);
                        message.body = "stealResponse";
                        continue;
                    }
                case 42: {
                        if (wireType !== 2)
                            break;
                        message.workResult = $root.gossamer.WorkResult.decode(reader, reader.size(), $undefined, _depth + 1, message.workResult);
                        message.body = "workResult";
                        continue;
                    }
                case 44: {
                        if (wireType !== 2)
                            break;
                        message.uploadPull = $root.gossamer.UploadPull.decode(reader, reader.size(), $undefined, _depth + 1, message.uploadPull);
                        message.body = "uploadPull";
                        continue;
                    }
                case 45: {
                        if (wireType !== 2)
                            break;
                        message.uploadChunk = $root.gossamer.UploadChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.uploadChunk);
                        message.body = "uploadChunk";
                        continue;
                    }
                case 46: {
                        if (wireType !== 2)
                            break;
                        message.uploadFinish = $root.gossamer.UploadFinish.decode(reader, reader.size(), $undefined, _depth + 1, message.uploadFinish);
                        message.body = "uploadFinish";
                        continue;
                    }
                case 50: {
                        if (wireType !== 2)
                            break;
                        message.edgeList = $root.gossamer.EdgeList.decode(reader, reader.size(), $undefined, _depth + 1, message.edgeList);
                        message.body = "edgeList";
                        continue;
                    }
                case 51: {
                        if (wireType !== 2)
                            break;
                        message.addNodeRequest = $root.gossamer.AddNodeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.addNodeRequest);
                        message.body = "addNodeRequest";
                        continue;
                    }
                case 52: {
                        if (wireType !== 2)
                            break;
                        message.ping = $root.gossamer.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                        message.body = "ping";
                        continue;
                    }
                case 53: {
                        if (wireType !== 2)
                            break;
                        message.pingResult = $root.gossamer.PingResult.decode(reader, reader.size(), $undefined, _depth + 1, message.pingResult);
                        message.body = "pingResult";
                        continue;
                    }
                case 54: {
                        if (wireType !== 2)
                            break;
                        message.addNode = $root.gossamer.AddNode.decode(reader, reader.size(), $undefined, _depth + 1, message.addNode);
                        message.body = "addNode";
                        continue;
                    }
                case 55: {
                        if (wireType !== 2)
                            break;
                        message.removeNode = $root.gossamer.RemoveNode.decode(reader, reader.size(), $undefined, _depth + 1, message.removeNode);
                        message.body = "removeNode";
                        continue;
                    }
                case 56: {
                        if (wireType !== 2)
                            break;
                        message.ack = $root.gossamer.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                        message.body = "ack";
                        continue;
                    }
                case 80: {
                        if (wireType !== 2)
                            break;
                        message.promoteNode = $root.gossamer.PromoteNode.decode(reader, reader.size(), $undefined, _depth + 1, message.promoteNode);
                        message.body = "promoteNode";
                        continue;
                    }
                case 81: {
                        if (wireType !== 2)
                            break;
                        message.transferLeader = $root.gossamer.TransferLeader.decode(reader, reader.size(), $undefined, _depth + 1, message.transferLeader);
                        message.body = "transferLeader";
                        continue;
                    }
                case 82: {
                        if (wireType !== 2)
                            break;
                        message.memberList = $root.gossamer.MemberList.decode(reader, reader.size(), $undefined, _depth + 1, message.memberList);
                        message.body = "memberList";
                        continue;
                    }
                case 83: {
                        if (wireType !== 2)
                            break;
                        message.memberListResponse = $root.gossamer.MemberListResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.memberListResponse);
                        message.body = "memberListResponse";
                        continue;
                    }
                case 84: {
                        if (wireType !== 2)
                            break;
                        message.backupRead = $root.gossamer.BackupRead.decode(reader, reader.size(), $undefined, _depth + 1, message.backupRead);
                        message.body = "backupRead";
                        continue;
                    }
                case 85: {
                        if (wireType !== 2)
                            break;
                        message.backupPiece = $root.gossamer.BackupPiece.decode(reader, reader.size(), $undefined, _depth + 1, message.backupPiece);
                        message.body = "backupPiece";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Envelope;
    })();

    /**
     * EntryType enum.
     * @name gossamer.EntryType
     * @enum {number}
     * @property {number} ENTRY_NORMAL=0 ENTRY_NORMAL value
     * @property {number} ENTRY_CONF_CHANGE=1 ENTRY_CONF_CHANGE value
     * @property {number} ENTRY_NOOP=2 ENTRY_NOOP value
     */
    gossamer.EntryType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "ENTRY_NORMAL"] = 0;
        values[valuesById[1] = "ENTRY_CONF_CHANGE"] = 1;
        values[valuesById[2] = "ENTRY_NOOP"] = 2;
        return values;
    })();

    gossamer.Entry = (function() {

        /**
         * Properties of an Entry.
         * @typedef {Object} gossamer.Entry.$Properties
         * @property {number} [term] Entry term
         * @property {number} [index] Entry index
         * @property {gossamer.EntryType} [type] Entry type
         * @property {Uint8Array} [data] Entry data
         * @property {Uint8Array} [chunkBytes] Entry chunkBytes
         * @property {Uint8Array} [chunkDigest] Entry chunkDigest
         * @property {Uint8Array} [dataDigest] Entry dataDigest
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Entry.
         * @memberof gossamer
         * @interface IEntry
         * @augments gossamer.Entry.$Properties
         * @deprecated Use gossamer.Entry.$Properties instead.
         */

        /**
         * Shape of an Entry.
         * @typedef {gossamer.Entry.$Properties} gossamer.Entry.$Shape
         */

        /**
         * Constructs a new Entry.
         * @memberof gossamer
         * @classdesc Represents an Entry.
         * @constructor
         * @param {gossamer.Entry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Entry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Entry term.
         * @member {number} term
         * @memberof gossamer.Entry
         * @instance
         */
        Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Entry index.
         * @member {number} index
         * @memberof gossamer.Entry
         * @instance
         */
        Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Entry type.
         * @member {gossamer.EntryType} type
         * @memberof gossamer.Entry
         * @instance
         */
        Entry.prototype.type = 0;

        /**
         * Entry data.
         * @member {Uint8Array} data
         * @memberof gossamer.Entry
         * @instance
         */
        Entry.prototype.data = $util.newBuffer([]);

        /**
         * Entry chunkBytes.
         * @member {Uint8Array} chunkBytes
         * @memberof gossamer.Entry
         * @instance
         */
        Entry.prototype.chunkBytes = $util.newBuffer([]);

        /**
         * Entry chunkDigest.
         * @member {Uint8Array} chunkDigest
         * @memberof gossamer.Entry
         * @instance
         */
        Entry.prototype.chunkDigest = $util.newBuffer([]);

        /**
         * Entry dataDigest.
         * @member {Uint8Array} dataDigest
         * @memberof gossamer.Entry
         * @instance
         */
        Entry.prototype.dataDigest = $util.newBuffer([]);

        /**
         * Creates a new Entry instance using the specified properties.
         * @function create
         * @memberof gossamer.Entry
         * @static
         * @param {gossamer.Entry.$Properties=} [properties] Properties to set
         * @returns {gossamer.Entry} Entry instance
         * @type {{
         *   (properties: gossamer.Entry.$Shape): gossamer.Entry & gossamer.Entry.$Shape;
         *   (properties?: gossamer.Entry.$Properties): gossamer.Entry;
         * }}
         */
        Entry.create = function(properties) {
            return new Entry(properties);
        };

        /**
         * Encodes the specified Entry message. Does not implicitly {@link gossamer.Entry.verify|verify} messages.
         * @function encode
         * @memberof gossamer.Entry
         * @static
         * @param {gossamer.Entry.$Properties} message Entry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Entry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
            if (message.chunkBytes != null && $Object.hasOwnProperty.call(message, "chunkBytes") && message.chunkBytes.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.chunkBytes);
            if (message.chunkDigest != null && $Object.hasOwnProperty.call(message, "chunkDigest") && message.chunkDigest.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.chunkDigest);
            if (message.dataDigest != null && $Object.hasOwnProperty.call(message, "dataDigest") && message.dataDigest.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.dataDigest);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Entry message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.Entry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.Entry & gossamer.Entry.$Shape} Entry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Entry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.Entry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.term = value;
                        else
                            delete message.term;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.chunkBytes = value;
                        else
                            delete message.chunkBytes;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.chunkDigest = value;
                        else
                            delete message.chunkDigest;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.dataDigest = value;
                        else
                            delete message.dataDigest;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Entry;
    })();

    gossamer.HardState = (function() {

        /**
         * Properties of a HardState.
         * @typedef {Object} gossamer.HardState.$Properties
         * @property {number} [term] HardState term
         * @property {string} [vote] HardState vote
         * @property {number} [commit] HardState commit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HardState.
         * @memberof gossamer
         * @interface IHardState
         * @augments gossamer.HardState.$Properties
         * @deprecated Use gossamer.HardState.$Properties instead.
         */

        /**
         * Shape of a HardState.
         * @typedef {gossamer.HardState.$Properties} gossamer.HardState.$Shape
         */

        /**
         * Constructs a new HardState.
         * @memberof gossamer
         * @classdesc Represents a HardState.
         * @constructor
         * @param {gossamer.HardState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HardState = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HardState term.
         * @member {number} term
         * @memberof gossamer.HardState
         * @instance
         */
        HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * HardState vote.
         * @member {string} vote
         * @memberof gossamer.HardState
         * @instance
         */
        HardState.prototype.vote = "";

        /**
         * HardState commit.
         * @member {number} commit
         * @memberof gossamer.HardState
         * @instance
         */
        HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new HardState instance using the specified properties.
         * @function create
         * @memberof gossamer.HardState
         * @static
         * @param {gossamer.HardState.$Properties=} [properties] Properties to set
         * @returns {gossamer.HardState} HardState instance
         * @type {{
         *   (properties: gossamer.HardState.$Shape): gossamer.HardState & gossamer.HardState.$Shape;
         *   (properties?: gossamer.HardState.$Properties): gossamer.HardState;
         * }}
         */
        HardState.create = function(properties) {
            return new HardState(properties);
        };

        /**
         * Encodes the specified HardState message. Does not implicitly {@link gossamer.HardState.verify|verify} messages.
         * @function encode
         * @memberof gossamer.HardState
         * @static
         * @param {gossamer.HardState.$Properties} message HardState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HardState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
            if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && message.vote !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.vote);
            if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.commit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HardState message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.HardState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.HardState & gossamer.HardState.$Shape} HardState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HardState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.HardState();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.term = value;
                        else
                            delete message.term;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.vote = value;
                        else
                            delete message.vote;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.commit = value;
                        else
                            delete message.commit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return HardState;
    })();

    gossamer.ConfState = (function() {

        /**
         * Properties of a ConfState.
         * @typedef {Object} gossamer.ConfState.$Properties
         * @property {Array.<string>} [voters] ConfState voters
         * @property {Array.<string>} [learners] ConfState learners
         * @property {Array.<string>} [votersOutgoing] ConfState votersOutgoing
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConfState.
         * @memberof gossamer
         * @interface IConfState
         * @augments gossamer.ConfState.$Properties
         * @deprecated Use gossamer.ConfState.$Properties instead.
         */

        /**
         * Shape of a ConfState.
         * @typedef {gossamer.ConfState.$Properties} gossamer.ConfState.$Shape
         */

        /**
         * Constructs a new ConfState.
         * @memberof gossamer
         * @classdesc Represents a ConfState.
         * @constructor
         * @param {gossamer.ConfState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConfState = function (properties) {
            this.voters = [];
            this.learners = [];
            this.votersOutgoing = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConfState voters.
         * @member {Array.<string>} voters
         * @memberof gossamer.ConfState
         * @instance
         */
        ConfState.prototype.voters = $util.emptyArray;

        /**
         * ConfState learners.
         * @member {Array.<string>} learners
         * @memberof gossamer.ConfState
         * @instance
         */
        ConfState.prototype.learners = $util.emptyArray;

        /**
         * ConfState votersOutgoing.
         * @member {Array.<string>} votersOutgoing
         * @memberof gossamer.ConfState
         * @instance
         */
        ConfState.prototype.votersOutgoing = $util.emptyArray;

        /**
         * Creates a new ConfState instance using the specified properties.
         * @function create
         * @memberof gossamer.ConfState
         * @static
         * @param {gossamer.ConfState.$Properties=} [properties] Properties to set
         * @returns {gossamer.ConfState} ConfState instance
         * @type {{
         *   (properties: gossamer.ConfState.$Shape): gossamer.ConfState & gossamer.ConfState.$Shape;
         *   (properties?: gossamer.ConfState.$Properties): gossamer.ConfState;
         * }}
         */
        ConfState.create = function(properties) {
            return new ConfState(properties);
        };

        /**
         * Encodes the specified ConfState message. Does not implicitly {@link gossamer.ConfState.verify|verify} messages.
         * @function encode
         * @memberof gossamer.ConfState
         * @static
         * @param {gossamer.ConfState.$Properties} message ConfState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConfState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.voters != null && message.voters.length)
                for (let i = 0; i < message.voters.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.voters[i]);
            if (message.learners != null && message.learners.length)
                for (let i = 0; i < message.learners.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.learners[i]);
            if (message.votersOutgoing != null && message.votersOutgoing.length)
                for (let i = 0; i < message.votersOutgoing.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.votersOutgoing[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConfState message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.ConfState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.ConfState & gossamer.ConfState.$Shape} ConfState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConfState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.ConfState();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.voters && message.voters.length))
                            message.voters = [];
                        message.voters.push(reader.stringVerify());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.learners && message.learners.length))
                            message.learners = [];
                        message.learners.push(reader.stringVerify());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.votersOutgoing && message.votersOutgoing.length))
                            message.votersOutgoing = [];
                        message.votersOutgoing.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConfState;
    })();

    gossamer.SnapshotMeta = (function() {

        /**
         * Properties of a SnapshotMeta.
         * @typedef {Object} gossamer.SnapshotMeta.$Properties
         * @property {number} [index] SnapshotMeta index
         * @property {number} [term] SnapshotMeta term
         * @property {gossamer.ConfState.$Properties} [confState] SnapshotMeta confState
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnapshotMeta.
         * @memberof gossamer
         * @interface ISnapshotMeta
         * @augments gossamer.SnapshotMeta.$Properties
         * @deprecated Use gossamer.SnapshotMeta.$Properties instead.
         */

        /**
         * Shape of a SnapshotMeta.
         * @typedef {gossamer.SnapshotMeta.$Properties} gossamer.SnapshotMeta.$Shape
         */

        /**
         * Constructs a new SnapshotMeta.
         * @memberof gossamer
         * @classdesc Represents a SnapshotMeta.
         * @constructor
         * @param {gossamer.SnapshotMeta.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnapshotMeta = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SnapshotMeta index.
         * @member {number} index
         * @memberof gossamer.SnapshotMeta
         * @instance
         */
        SnapshotMeta.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotMeta term.
         * @member {number} term
         * @memberof gossamer.SnapshotMeta
         * @instance
         */
        SnapshotMeta.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotMeta confState.
         * @member {gossamer.ConfState} confState
         * @memberof gossamer.SnapshotMeta
         * @instance
         */
        SnapshotMeta.prototype.confState = null;

        /**
         * Creates a new SnapshotMeta instance using the specified properties.
         * @function create
         * @memberof gossamer.SnapshotMeta
         * @static
         * @param {gossamer.SnapshotMeta.$Properties=} [properties] Properties to set
         * @returns {gossamer.SnapshotMeta} SnapshotMeta instance
         * @type {{
         *   (properties: gossamer.SnapshotMeta.$Shape): gossamer.SnapshotMeta & gossamer.SnapshotMeta.$Shape;
         *   (properties?: gossamer.SnapshotMeta.$Properties): gossamer.SnapshotMeta;
         * }}
         */
        SnapshotMeta.create = function(properties) {
            return new SnapshotMeta(properties);
        };

        /**
         * Encodes the specified SnapshotMeta message. Does not implicitly {@link gossamer.SnapshotMeta.verify|verify} messages.
         * @function encode
         * @memberof gossamer.SnapshotMeta
         * @static
         * @param {gossamer.SnapshotMeta.$Properties} message SnapshotMeta message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotMeta.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
            if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.term);
            if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                $root.gossamer.ConfState.encode(message.confState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SnapshotMeta message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.SnapshotMeta
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.SnapshotMeta & gossamer.SnapshotMeta.$Shape} SnapshotMeta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotMeta.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.SnapshotMeta();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.term = value;
                        else
                            delete message.term;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.confState = $root.gossamer.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SnapshotMeta;
    })();

    /**
     * RaftMessageType enum.
     * @name gossamer.RaftMessageType
     * @enum {number}
     * @property {number} RAFT_UNKNOWN=0 RAFT_UNKNOWN value
     * @property {number} RAFT_PRE_VOTE=1 RAFT_PRE_VOTE value
     * @property {number} RAFT_PRE_VOTE_RESPONSE=2 RAFT_PRE_VOTE_RESPONSE value
     * @property {number} RAFT_VOTE=3 RAFT_VOTE value
     * @property {number} RAFT_VOTE_RESPONSE=4 RAFT_VOTE_RESPONSE value
     * @property {number} RAFT_APPEND=5 RAFT_APPEND value
     * @property {number} RAFT_APPEND_RESPONSE=6 RAFT_APPEND_RESPONSE value
     * @property {number} RAFT_HEARTBEAT=7 RAFT_HEARTBEAT value
     * @property {number} RAFT_HEARTBEAT_RESPONSE=8 RAFT_HEARTBEAT_RESPONSE value
     * @property {number} RAFT_SNAPSHOT=9 RAFT_SNAPSHOT value
     * @property {number} RAFT_SNAPSHOT_RESPONSE=10 RAFT_SNAPSHOT_RESPONSE value
     * @property {number} RAFT_TIMEOUT_NOW=11 RAFT_TIMEOUT_NOW value
     * @property {number} RAFT_READ_INDEX=12 RAFT_READ_INDEX value
     * @property {number} RAFT_READ_INDEX_RESPONSE=13 RAFT_READ_INDEX_RESPONSE value
     */
    gossamer.RaftMessageType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "RAFT_UNKNOWN"] = 0;
        values[valuesById[1] = "RAFT_PRE_VOTE"] = 1;
        values[valuesById[2] = "RAFT_PRE_VOTE_RESPONSE"] = 2;
        values[valuesById[3] = "RAFT_VOTE"] = 3;
        values[valuesById[4] = "RAFT_VOTE_RESPONSE"] = 4;
        values[valuesById[5] = "RAFT_APPEND"] = 5;
        values[valuesById[6] = "RAFT_APPEND_RESPONSE"] = 6;
        values[valuesById[7] = "RAFT_HEARTBEAT"] = 7;
        values[valuesById[8] = "RAFT_HEARTBEAT_RESPONSE"] = 8;
        values[valuesById[9] = "RAFT_SNAPSHOT"] = 9;
        values[valuesById[10] = "RAFT_SNAPSHOT_RESPONSE"] = 10;
        values[valuesById[11] = "RAFT_TIMEOUT_NOW"] = 11;
        values[valuesById[12] = "RAFT_READ_INDEX"] = 12;
        values[valuesById[13] = "RAFT_READ_INDEX_RESPONSE"] = 13;
        return values;
    })();

    gossamer.RaftMessage = (function() {

        /**
         * Properties of a RaftMessage.
         * @typedef {Object} gossamer.RaftMessage.$Properties
         * @property {gossamer.RaftMessageType} [type] RaftMessage type
         * @property {string} [from] RaftMessage from
         * @property {string} [to] RaftMessage to
         * @property {number} [term] RaftMessage term
         * @property {number} [logTerm] RaftMessage logTerm
         * @property {number} [index] RaftMessage index
         * @property {Array.<gossamer.Entry.$Properties>} [entries] RaftMessage entries
         * @property {number} [commit] RaftMessage commit
         * @property {boolean} [reject] RaftMessage reject
         * @property {number} [rejectHint] RaftMessage rejectHint
         * @property {number} [rejectTerm] RaftMessage rejectTerm
         * @property {Uint8Array} [context] RaftMessage context
         * @property {gossamer.SnapshotMeta.$Properties} [snapshot] RaftMessage snapshot
         * @property {number} [snapshotOffset] RaftMessage snapshotOffset
         * @property {Uint8Array} [snapshotData] RaftMessage snapshotData
         * @property {boolean} [snapshotDone] RaftMessage snapshotDone
         * @property {Uint8Array} [snapshotDigest] RaftMessage snapshotDigest
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RaftMessage.
         * @memberof gossamer
         * @interface IRaftMessage
         * @augments gossamer.RaftMessage.$Properties
         * @deprecated Use gossamer.RaftMessage.$Properties instead.
         */

        /**
         * Shape of a RaftMessage.
         * @typedef {gossamer.RaftMessage.$Properties} gossamer.RaftMessage.$Shape
         */

        /**
         * Constructs a new RaftMessage.
         * @memberof gossamer
         * @classdesc Represents a RaftMessage.
         * @constructor
         * @param {gossamer.RaftMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RaftMessage = function (properties) {
            this.entries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RaftMessage type.
         * @member {gossamer.RaftMessageType} type
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.type = 0;

        /**
         * RaftMessage from.
         * @member {string} from
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.from = "";

        /**
         * RaftMessage to.
         * @member {string} to
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.to = "";

        /**
         * RaftMessage term.
         * @member {number} term
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage logTerm.
         * @member {number} logTerm
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage index.
         * @member {number} index
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage entries.
         * @member {Array.<gossamer.Entry>} entries
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.entries = $util.emptyArray;

        /**
         * RaftMessage commit.
         * @member {number} commit
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage reject.
         * @member {boolean} reject
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.reject = false;

        /**
         * RaftMessage rejectHint.
         * @member {number} rejectHint
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage rejectTerm.
         * @member {number} rejectTerm
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.rejectTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage context.
         * @member {Uint8Array} context
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.context = $util.newBuffer([]);

        /**
         * RaftMessage snapshot.
         * @member {gossamer.SnapshotMeta} snapshot
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.snapshot = null;

        /**
         * RaftMessage snapshotOffset.
         * @member {number} snapshotOffset
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.snapshotOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage snapshotData.
         * @member {Uint8Array} snapshotData
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.snapshotData = $util.newBuffer([]);

        /**
         * RaftMessage snapshotDone.
         * @member {boolean} snapshotDone
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.snapshotDone = false;

        /**
         * RaftMessage snapshotDigest.
         * @member {Uint8Array} snapshotDigest
         * @memberof gossamer.RaftMessage
         * @instance
         */
        RaftMessage.prototype.snapshotDigest = $util.newBuffer([]);

        /**
         * Creates a new RaftMessage instance using the specified properties.
         * @function create
         * @memberof gossamer.RaftMessage
         * @static
         * @param {gossamer.RaftMessage.$Properties=} [properties] Properties to set
         * @returns {gossamer.RaftMessage} RaftMessage instance
         * @type {{
         *   (properties: gossamer.RaftMessage.$Shape): gossamer.RaftMessage & gossamer.RaftMessage.$Shape;
         *   (properties?: gossamer.RaftMessage.$Properties): gossamer.RaftMessage;
         * }}
         */
        RaftMessage.create = function(properties) {
            return new RaftMessage(properties);
        };

        /**
         * Encodes the specified RaftMessage message. Does not implicitly {@link gossamer.RaftMessage.verify|verify} messages.
         * @function encode
         * @memberof gossamer.RaftMessage
         * @static
         * @param {gossamer.RaftMessage.$Properties} message RaftMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
            if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.to);
            if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
            if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm") && (typeof message.logTerm === "object" ? message.logTerm.low || message.logTerm.high : message.logTerm !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.logTerm);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.index);
            if (message.entries != null && message.entries.length)
                for (let i = 0; i < message.entries.length; ++i)
                    $root.gossamer.Entry.encode(message.entries[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.commit);
            if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.reject);
            if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint") && (typeof message.rejectHint === "object" ? message.rejectHint.low || message.rejectHint.high : message.rejectHint !== 0))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.rejectHint);
            if (message.rejectTerm != null && $Object.hasOwnProperty.call(message, "rejectTerm") && (typeof message.rejectTerm === "object" ? message.rejectTerm.low || message.rejectTerm.high : message.rejectTerm !== 0))
                writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.rejectTerm);
            if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context.length)
                writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.context);
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                $root.gossamer.SnapshotMeta.encode(message.snapshot, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.snapshotOffset != null && $Object.hasOwnProperty.call(message, "snapshotOffset") && (typeof message.snapshotOffset === "object" ? message.snapshotOffset.low || message.snapshotOffset.high : message.snapshotOffset !== 0))
                writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.snapshotOffset);
            if (message.snapshotData != null && $Object.hasOwnProperty.call(message, "snapshotData") && message.snapshotData.length)
                writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.snapshotData);
            if (message.snapshotDone != null && $Object.hasOwnProperty.call(message, "snapshotDone") && message.snapshotDone !== false)
                writer.uint32(/* id 16, wireType 0 =*/128).bool(message.snapshotDone);
            if (message.snapshotDigest != null && $Object.hasOwnProperty.call(message, "snapshotDigest") && message.snapshotDigest.length)
                writer.uint32(/* id 17, wireType 2 =*/138).bytes(message.snapshotDigest);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RaftMessage message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.RaftMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.RaftMessage & gossamer.RaftMessage.$Shape} RaftMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.RaftMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.to = value;
                        else
                            delete message.to;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.term = value;
                        else
                            delete message.term;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.logTerm = value;
                        else
                            delete message.logTerm;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push($root.gossamer.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.commit = value;
                        else
                            delete message.commit;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.reject = value;
                        else
                            delete message.reject;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.rejectHint = value;
                        else
                            delete message.rejectHint;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.rejectTerm = value;
                        else
                            delete message.rejectTerm;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.context = value;
                        else
                            delete message.context;
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.snapshot = $root.gossamer.SnapshotMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.snapshotOffset = value;
                        else
                            delete message.snapshotOffset;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.snapshotData = value;
                        else
                            delete message.snapshotData;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.snapshotDone = value;
                        else
                            delete message.snapshotDone;
                        continue;
                    }
                case 17: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.snapshotDigest = value;
                        else
                            delete message.snapshotDigest;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RaftMessage;
    })();

    /**
     * PeerKind enum.
     * @name gossamer.PeerKind
     * @enum {number}
     * @property {number} PEER_UNKNOWN=0 PEER_UNKNOWN value
     * @property {number} PEER_MEMBER=1 PEER_MEMBER value
     * @property {number} PEER_ADMIN=2 PEER_ADMIN value
     * @property {number} PEER_CLIENT=3 PEER_CLIENT value
     * @property {number} PEER_ANONYMOUS=4 PEER_ANONYMOUS value
     */
    gossamer.PeerKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "PEER_UNKNOWN"] = 0;
        values[valuesById[1] = "PEER_MEMBER"] = 1;
        values[valuesById[2] = "PEER_ADMIN"] = 2;
        values[valuesById[3] = "PEER_CLIENT"] = 3;
        values[valuesById[4] = "PEER_ANONYMOUS"] = 4;
        return values;
    })();

    gossamer.HandshakeHello = (function() {

        /**
         * Properties of a HandshakeHello.
         * @typedef {Object} gossamer.HandshakeHello.$Properties
         * @property {number} [version] HandshakeHello version
         * @property {string} [cluster] HandshakeHello cluster
         * @property {gossamer.PeerKind} [kind] HandshakeHello kind
         * @property {string} [id] HandshakeHello id
         * @property {Uint8Array} [nonce] HandshakeHello nonce
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HandshakeHello.
         * @memberof gossamer
         * @interface IHandshakeHello
         * @augments gossamer.HandshakeHello.$Properties
         * @deprecated Use gossamer.HandshakeHello.$Properties instead.
         */

        /**
         * Shape of a HandshakeHello.
         * @typedef {gossamer.HandshakeHello.$Properties} gossamer.HandshakeHello.$Shape
         */

        /**
         * Constructs a new HandshakeHello.
         * @memberof gossamer
         * @classdesc Represents a HandshakeHello.
         * @constructor
         * @param {gossamer.HandshakeHello.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HandshakeHello = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HandshakeHello version.
         * @member {number} version
         * @memberof gossamer.HandshakeHello
         * @instance
         */
        HandshakeHello.prototype.version = 0;

        /**
         * HandshakeHello cluster.
         * @member {string} cluster
         * @memberof gossamer.HandshakeHello
         * @instance
         */
        HandshakeHello.prototype.cluster = "";

        /**
         * HandshakeHello kind.
         * @member {gossamer.PeerKind} kind
         * @memberof gossamer.HandshakeHello
         * @instance
         */
        HandshakeHello.prototype.kind = 0;

        /**
         * HandshakeHello id.
         * @member {string} id
         * @memberof gossamer.HandshakeHello
         * @instance
         */
        HandshakeHello.prototype.id = "";

        /**
         * HandshakeHello nonce.
         * @member {Uint8Array} nonce
         * @memberof gossamer.HandshakeHello
         * @instance
         */
        HandshakeHello.prototype.nonce = $util.newBuffer([]);

        /**
         * Creates a new HandshakeHello instance using the specified properties.
         * @function create
         * @memberof gossamer.HandshakeHello
         * @static
         * @param {gossamer.HandshakeHello.$Properties=} [properties] Properties to set
         * @returns {gossamer.HandshakeHello} HandshakeHello instance
         * @type {{
         *   (properties: gossamer.HandshakeHello.$Shape): gossamer.HandshakeHello & gossamer.HandshakeHello.$Shape;
         *   (properties?: gossamer.HandshakeHello.$Properties): gossamer.HandshakeHello;
         * }}
         */
        HandshakeHello.create = function(properties) {
            return new HandshakeHello(properties);
        };

        /**
         * Encodes the specified HandshakeHello message. Does not implicitly {@link gossamer.HandshakeHello.verify|verify} messages.
         * @function encode
         * @memberof gossamer.HandshakeHello
         * @static
         * @param {gossamer.HandshakeHello.$Properties} message HandshakeHello message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandshakeHello.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
            if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.cluster);
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.id);
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.nonce);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HandshakeHello message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.HandshakeHello
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.HandshakeHello & gossamer.HandshakeHello.$Shape} HandshakeHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandshakeHello.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.HandshakeHello();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.cluster = value;
                        else
                            delete message.cluster;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.nonce = value;
                        else
                            delete message.nonce;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return HandshakeHello;
    })();

    gossamer.HandshakeChallenge = (function() {

        /**
         * Properties of a HandshakeChallenge.
         * @typedef {Object} gossamer.HandshakeChallenge.$Properties
         * @property {string} [acceptorId] HandshakeChallenge acceptorId
         * @property {Uint8Array} [nonce] HandshakeChallenge nonce
         * @property {Uint8Array} [proof] HandshakeChallenge proof
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HandshakeChallenge.
         * @memberof gossamer
         * @interface IHandshakeChallenge
         * @augments gossamer.HandshakeChallenge.$Properties
         * @deprecated Use gossamer.HandshakeChallenge.$Properties instead.
         */

        /**
         * Shape of a HandshakeChallenge.
         * @typedef {gossamer.HandshakeChallenge.$Properties} gossamer.HandshakeChallenge.$Shape
         */

        /**
         * Constructs a new HandshakeChallenge.
         * @memberof gossamer
         * @classdesc Represents a HandshakeChallenge.
         * @constructor
         * @param {gossamer.HandshakeChallenge.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HandshakeChallenge = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HandshakeChallenge acceptorId.
         * @member {string} acceptorId
         * @memberof gossamer.HandshakeChallenge
         * @instance
         */
        HandshakeChallenge.prototype.acceptorId = "";

        /**
         * HandshakeChallenge nonce.
         * @member {Uint8Array} nonce
         * @memberof gossamer.HandshakeChallenge
         * @instance
         */
        HandshakeChallenge.prototype.nonce = $util.newBuffer([]);

        /**
         * HandshakeChallenge proof.
         * @member {Uint8Array} proof
         * @memberof gossamer.HandshakeChallenge
         * @instance
         */
        HandshakeChallenge.prototype.proof = $util.newBuffer([]);

        /**
         * Creates a new HandshakeChallenge instance using the specified properties.
         * @function create
         * @memberof gossamer.HandshakeChallenge
         * @static
         * @param {gossamer.HandshakeChallenge.$Properties=} [properties] Properties to set
         * @returns {gossamer.HandshakeChallenge} HandshakeChallenge instance
         * @type {{
         *   (properties: gossamer.HandshakeChallenge.$Shape): gossamer.HandshakeChallenge & gossamer.HandshakeChallenge.$Shape;
         *   (properties?: gossamer.HandshakeChallenge.$Properties): gossamer.HandshakeChallenge;
         * }}
         */
        HandshakeChallenge.create = function(properties) {
            return new HandshakeChallenge(properties);
        };

        /**
         * Encodes the specified HandshakeChallenge message. Does not implicitly {@link gossamer.HandshakeChallenge.verify|verify} messages.
         * @function encode
         * @memberof gossamer.HandshakeChallenge
         * @static
         * @param {gossamer.HandshakeChallenge.$Properties} message HandshakeChallenge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandshakeChallenge.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.acceptorId != null && $Object.hasOwnProperty.call(message, "acceptorId") && message.acceptorId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.acceptorId);
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nonce);
            if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.proof);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HandshakeChallenge message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.HandshakeChallenge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.HandshakeChallenge & gossamer.HandshakeChallenge.$Shape} HandshakeChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandshakeChallenge.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.HandshakeChallenge();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.acceptorId = value;
                        else
                            delete message.acceptorId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.nonce = value;
                        else
                            delete message.nonce;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proof = value;
                        else
                            delete message.proof;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return HandshakeChallenge;
    })();

    gossamer.HandshakeProof = (function() {

        /**
         * Properties of a HandshakeProof.
         * @typedef {Object} gossamer.HandshakeProof.$Properties
         * @property {Uint8Array} [proof] HandshakeProof proof
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HandshakeProof.
         * @memberof gossamer
         * @interface IHandshakeProof
         * @augments gossamer.HandshakeProof.$Properties
         * @deprecated Use gossamer.HandshakeProof.$Properties instead.
         */

        /**
         * Shape of a HandshakeProof.
         * @typedef {gossamer.HandshakeProof.$Properties} gossamer.HandshakeProof.$Shape
         */

        /**
         * Constructs a new HandshakeProof.
         * @memberof gossamer
         * @classdesc Represents a HandshakeProof.
         * @constructor
         * @param {gossamer.HandshakeProof.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HandshakeProof = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HandshakeProof proof.
         * @member {Uint8Array} proof
         * @memberof gossamer.HandshakeProof
         * @instance
         */
        HandshakeProof.prototype.proof = $util.newBuffer([]);

        /**
         * Creates a new HandshakeProof instance using the specified properties.
         * @function create
         * @memberof gossamer.HandshakeProof
         * @static
         * @param {gossamer.HandshakeProof.$Properties=} [properties] Properties to set
         * @returns {gossamer.HandshakeProof} HandshakeProof instance
         * @type {{
         *   (properties: gossamer.HandshakeProof.$Shape): gossamer.HandshakeProof & gossamer.HandshakeProof.$Shape;
         *   (properties?: gossamer.HandshakeProof.$Properties): gossamer.HandshakeProof;
         * }}
         */
        HandshakeProof.create = function(properties) {
            return new HandshakeProof(properties);
        };

        /**
         * Encodes the specified HandshakeProof message. Does not implicitly {@link gossamer.HandshakeProof.verify|verify} messages.
         * @function encode
         * @memberof gossamer.HandshakeProof
         * @static
         * @param {gossamer.HandshakeProof.$Properties} message HandshakeProof message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandshakeProof.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.proof);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HandshakeProof message from the specified reader or buffer.
         * @function decode
         * @memberof gossamer.HandshakeProof
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {gossamer.HandshakeProof & gossamer.HandshakeProof.$Shape} HandshakeProof
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandshakeProof.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.gossamer.HandshakeProof();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proof = value;
                        else
                            delete message.proof;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return HandshakeProof;
    })();

    return gossamer;
})();

export {
  $root as default
};
