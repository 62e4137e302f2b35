import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace gossamer. */
export namespace gossamer {

    /**
     * Properties of an AddNode.
     * @deprecated Use gossamer.AddNode.$Properties instead.
     */
    interface IAddNode extends gossamer.AddNode.$Properties {
    }

    /** Represents an AddNode. */
    class AddNode {

        /**
         * Constructs a new AddNode.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.AddNode.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AddNode nodeId. */
        nodeId: string;

        /** AddNode address. */
        address: string;

        /** AddNode learner. */
        learner: boolean;

        /**
         * Creates a new AddNode instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddNode instance
         */
        static create(properties: gossamer.AddNode.$Shape): gossamer.AddNode & gossamer.AddNode.$Shape;
        static create(properties?: gossamer.AddNode.$Properties): gossamer.AddNode;

        /**
         * Encodes the specified AddNode message. Does not implicitly {@link gossamer.AddNode.verify|verify} messages.
         * @param message AddNode message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.AddNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddNode message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.AddNode & gossamer.AddNode.$Shape} AddNode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.AddNode & gossamer.AddNode.$Shape;
    }

    namespace AddNode {

        /** Properties of an AddNode. */
        interface $Properties {

            /** AddNode nodeId */
            nodeId?: string;

            /** AddNode address */
            address?: string;

            /** AddNode learner */
            learner?: boolean;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AddNode. */
        type $Shape = gossamer.AddNode.$Properties;
    }

    /**
     * Properties of a PromoteNode.
     * @deprecated Use gossamer.PromoteNode.$Properties instead.
     */
    interface IPromoteNode extends gossamer.PromoteNode.$Properties {
    }

    /** Represents a PromoteNode. */
    class PromoteNode {

        /**
         * Constructs a new PromoteNode.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.PromoteNode.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PromoteNode nodeId. */
        nodeId: string;

        /**
         * Creates a new PromoteNode instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PromoteNode instance
         */
        static create(properties: gossamer.PromoteNode.$Shape): gossamer.PromoteNode & gossamer.PromoteNode.$Shape;
        static create(properties?: gossamer.PromoteNode.$Properties): gossamer.PromoteNode;

        /**
         * Encodes the specified PromoteNode message. Does not implicitly {@link gossamer.PromoteNode.verify|verify} messages.
         * @param message PromoteNode message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.PromoteNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PromoteNode message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.PromoteNode & gossamer.PromoteNode.$Shape} PromoteNode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.PromoteNode & gossamer.PromoteNode.$Shape;
    }

    namespace PromoteNode {

        /** Properties of a PromoteNode. */
        interface $Properties {

            /** PromoteNode nodeId */
            nodeId?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PromoteNode. */
        type $Shape = gossamer.PromoteNode.$Properties;
    }

    /**
     * Properties of a TransferLeader.
     * @deprecated Use gossamer.TransferLeader.$Properties instead.
     */
    interface ITransferLeader extends gossamer.TransferLeader.$Properties {
    }

    /** Represents a TransferLeader. */
    class TransferLeader {

        /**
         * Constructs a new TransferLeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.TransferLeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TransferLeader nodeId. */
        nodeId: string;

        /**
         * Creates a new TransferLeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TransferLeader instance
         */
        static create(properties: gossamer.TransferLeader.$Shape): gossamer.TransferLeader & gossamer.TransferLeader.$Shape;
        static create(properties?: gossamer.TransferLeader.$Properties): gossamer.TransferLeader;

        /**
         * Encodes the specified TransferLeader message. Does not implicitly {@link gossamer.TransferLeader.verify|verify} messages.
         * @param message TransferLeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.TransferLeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TransferLeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.TransferLeader & gossamer.TransferLeader.$Shape} TransferLeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.TransferLeader & gossamer.TransferLeader.$Shape;
    }

    namespace TransferLeader {

        /** Properties of a TransferLeader. */
        interface $Properties {

            /** TransferLeader nodeId */
            nodeId?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TransferLeader. */
        type $Shape = gossamer.TransferLeader.$Properties;
    }

    /**
     * Properties of a MemberList.
     * @deprecated Use gossamer.MemberList.$Properties instead.
     */
    interface IMemberList extends gossamer.MemberList.$Properties {
    }

    /** Represents a MemberList. */
    class MemberList {

        /**
         * Constructs a new MemberList.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.MemberList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new MemberList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberList instance
         */
        static create(properties: gossamer.MemberList.$Shape): gossamer.MemberList & gossamer.MemberList.$Shape;
        static create(properties?: gossamer.MemberList.$Properties): gossamer.MemberList;

        /**
         * Encodes the specified MemberList message. Does not implicitly {@link gossamer.MemberList.verify|verify} messages.
         * @param message MemberList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.MemberList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.MemberList & gossamer.MemberList.$Shape} MemberList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.MemberList & gossamer.MemberList.$Shape;
    }

    namespace MemberList {

        /** Properties of a MemberList. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MemberList. */
        type $Shape = gossamer.MemberList.$Properties;
    }

    /**
     * Properties of a Member.
     * @deprecated Use gossamer.Member.$Properties instead.
     */
    interface IMember extends gossamer.Member.$Properties {
    }

    /** Represents a Member. */
    class Member {

        /**
         * Constructs a new Member.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.Member.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Member id. */
        id: string;

        /** Member address. */
        address: string;

        /** Member learner. */
        learner: boolean;

        /** Member match. */
        match: number;

        /** Member leader. */
        leader: boolean;

        /**
         * Creates a new Member instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Member instance
         */
        static create(properties: gossamer.Member.$Shape): gossamer.Member & gossamer.Member.$Shape;
        static create(properties?: gossamer.Member.$Properties): gossamer.Member;

        /**
         * Encodes the specified Member message. Does not implicitly {@link gossamer.Member.verify|verify} messages.
         * @param message Member message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.Member & gossamer.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.Member & gossamer.Member.$Shape;
    }

    namespace Member {

        /** Properties of a Member. */
        interface $Properties {

            /** Member id */
            id?: string;

            /** Member address */
            address?: string;

            /** Member learner */
            learner?: boolean;

            /** Member match */
            match?: number;

            /** Member leader */
            leader?: boolean;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Member. */
        type $Shape = gossamer.Member.$Properties;
    }

    /**
     * Properties of a BackupRead.
     * @deprecated Use gossamer.BackupRead.$Properties instead.
     */
    interface IBackupRead extends gossamer.BackupRead.$Properties {
    }

    /** Represents a BackupRead. */
    class BackupRead {

        /**
         * Constructs a new BackupRead.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.BackupRead.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BackupRead backupId. */
        backupId: number;

        /** BackupRead offset. */
        offset: number;

        /** BackupRead pieceBytesMax. */
        pieceBytesMax: number;

        /**
         * Creates a new BackupRead instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BackupRead instance
         */
        static create(properties: gossamer.BackupRead.$Shape): gossamer.BackupRead & gossamer.BackupRead.$Shape;
        static create(properties?: gossamer.BackupRead.$Properties): gossamer.BackupRead;

        /**
         * Encodes the specified BackupRead message. Does not implicitly {@link gossamer.BackupRead.verify|verify} messages.
         * @param message BackupRead message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.BackupRead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BackupRead message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.BackupRead & gossamer.BackupRead.$Shape} BackupRead
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.BackupRead & gossamer.BackupRead.$Shape;
    }

    namespace BackupRead {

        /** Properties of a BackupRead. */
        interface $Properties {

            /** BackupRead backupId */
            backupId?: number;

            /** BackupRead offset */
            offset?: number;

            /** BackupRead pieceBytesMax */
            pieceBytesMax?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BackupRead. */
        type $Shape = gossamer.BackupRead.$Properties;
    }

    /**
     * Properties of a BackupPiece.
     * @deprecated Use gossamer.BackupPiece.$Properties instead.
     */
    interface IBackupPiece extends gossamer.BackupPiece.$Properties {
    }

    /** Represents a BackupPiece. */
    class BackupPiece {

        /**
         * Constructs a new BackupPiece.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.BackupPiece.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BackupPiece backupId. */
        backupId: number;

        /** BackupPiece offset. */
        offset: number;

        /** BackupPiece data. */
        data: Uint8Array;

        /** BackupPiece done. */
        done: boolean;

        /** BackupPiece digest. */
        digest: Uint8Array;

        /** BackupPiece appliedIndex. */
        appliedIndex: number;

        /**
         * Creates a new BackupPiece instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BackupPiece instance
         */
        static create(properties: gossamer.BackupPiece.$Shape): gossamer.BackupPiece & gossamer.BackupPiece.$Shape;
        static create(properties?: gossamer.BackupPiece.$Properties): gossamer.BackupPiece;

        /**
         * Encodes the specified BackupPiece message. Does not implicitly {@link gossamer.BackupPiece.verify|verify} messages.
         * @param message BackupPiece message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.BackupPiece.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BackupPiece message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.BackupPiece & gossamer.BackupPiece.$Shape} BackupPiece
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.BackupPiece & gossamer.BackupPiece.$Shape;
    }

    namespace BackupPiece {

        /** Properties of a BackupPiece. */
        interface $Properties {

            /** BackupPiece backupId */
            backupId?: number;

            /** BackupPiece offset */
            offset?: number;

            /** BackupPiece data */
            data?: Uint8Array;

            /** BackupPiece done */
            done?: boolean;

            /** BackupPiece digest */
            digest?: Uint8Array;

            /** BackupPiece appliedIndex */
            appliedIndex?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BackupPiece. */
        type $Shape = gossamer.BackupPiece.$Properties;
    }

    /**
     * Properties of a MemberListResponse.
     * @deprecated Use gossamer.MemberListResponse.$Properties instead.
     */
    interface IMemberListResponse extends gossamer.MemberListResponse.$Properties {
    }

    /** Represents a MemberListResponse. */
    class MemberListResponse {

        /**
         * Constructs a new MemberListResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.MemberListResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MemberListResponse members. */
        members: gossamer.Member[];

        /** MemberListResponse leader. */
        leader: string;

        /** MemberListResponse term. */
        term: number;

        /** MemberListResponse commit. */
        commit: number;

        /**
         * Creates a new MemberListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberListResponse instance
         */
        static create(properties: gossamer.MemberListResponse.$Shape): gossamer.MemberListResponse & gossamer.MemberListResponse.$Shape;
        static create(properties?: gossamer.MemberListResponse.$Properties): gossamer.MemberListResponse;

        /**
         * Encodes the specified MemberListResponse message. Does not implicitly {@link gossamer.MemberListResponse.verify|verify} messages.
         * @param message MemberListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.MemberListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberListResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.MemberListResponse & gossamer.MemberListResponse.$Shape} MemberListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.MemberListResponse & gossamer.MemberListResponse.$Shape;
    }

    namespace MemberListResponse {

        /** Properties of a MemberListResponse. */
        interface $Properties {

            /** MemberListResponse members */
            members?: gossamer.Member.$Properties[];

            /** MemberListResponse leader */
            leader?: string;

            /** MemberListResponse term */
            term?: number;

            /** MemberListResponse commit */
            commit?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MemberListResponse. */
        type $Shape = gossamer.MemberListResponse.$Properties;
    }

    /**
     * Properties of a RemoveNode.
     * @deprecated Use gossamer.RemoveNode.$Properties instead.
     */
    interface IRemoveNode extends gossamer.RemoveNode.$Properties {
    }

    /** Represents a RemoveNode. */
    class RemoveNode {

        /**
         * Constructs a new RemoveNode.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.RemoveNode.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoveNode nodeId. */
        nodeId: string;

        /**
         * Creates a new RemoveNode instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveNode instance
         */
        static create(properties: gossamer.RemoveNode.$Shape): gossamer.RemoveNode & gossamer.RemoveNode.$Shape;
        static create(properties?: gossamer.RemoveNode.$Properties): gossamer.RemoveNode;

        /**
         * Encodes the specified RemoveNode message. Does not implicitly {@link gossamer.RemoveNode.verify|verify} messages.
         * @param message RemoveNode message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.RemoveNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveNode message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.RemoveNode & gossamer.RemoveNode.$Shape} RemoveNode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.RemoveNode & gossamer.RemoveNode.$Shape;
    }

    namespace RemoveNode {

        /** Properties of a RemoveNode. */
        interface $Properties {

            /** RemoveNode nodeId */
            nodeId?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoveNode. */
        type $Shape = gossamer.RemoveNode.$Properties;
    }

    /**
     * Properties of a Ping.
     * @deprecated Use gossamer.Ping.$Properties instead.
     */
    interface IPing extends gossamer.Ping.$Properties {
    }

    /** Represents a Ping. */
    class Ping {

        /**
         * Constructs a new Ping.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.Ping.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Ping targetCluster. */
        targetCluster: string;

        /** Ping hopLimit. */
        hopLimit: number;

        /** Ping path. */
        path: gossamer.PingHop[];

        /** Ping originCluster. */
        originCluster: string;

        /**
         * Creates a new Ping instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Ping instance
         */
        static create(properties: gossamer.Ping.$Shape): gossamer.Ping & gossamer.Ping.$Shape;
        static create(properties?: gossamer.Ping.$Properties): gossamer.Ping;

        /**
         * Encodes the specified Ping message. Does not implicitly {@link gossamer.Ping.verify|verify} messages.
         * @param message Ping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.Ping & gossamer.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.Ping & gossamer.Ping.$Shape;
    }

    namespace Ping {

        /** Properties of a Ping. */
        interface $Properties {

            /** Ping targetCluster */
            targetCluster?: string;

            /** Ping hopLimit */
            hopLimit?: number;

            /** Ping path */
            path?: gossamer.PingHop.$Properties[];

            /** Ping originCluster */
            originCluster?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Ping. */
        type $Shape = gossamer.Ping.$Properties;
    }

    /**
     * Properties of a PingHop.
     * @deprecated Use gossamer.PingHop.$Properties instead.
     */
    interface IPingHop extends gossamer.PingHop.$Properties {
    }

    /** Represents a PingHop. */
    class PingHop {

        /**
         * Constructs a new PingHop.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.PingHop.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PingHop cluster. */
        cluster: string;

        /** PingHop rttUs. */
        rttUs: number;

        /** PingHop nodesAnswered. */
        nodesAnswered: string[];

        /** PingHop nodesSilent. */
        nodesSilent: string[];

        /** PingHop reachable. */
        reachable: boolean;

        /** PingHop note. */
        note: string;

        /**
         * Creates a new PingHop instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PingHop instance
         */
        static create(properties: gossamer.PingHop.$Shape): gossamer.PingHop & gossamer.PingHop.$Shape;
        static create(properties?: gossamer.PingHop.$Properties): gossamer.PingHop;

        /**
         * Encodes the specified PingHop message. Does not implicitly {@link gossamer.PingHop.verify|verify} messages.
         * @param message PingHop message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.PingHop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PingHop message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.PingHop & gossamer.PingHop.$Shape} PingHop
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.PingHop & gossamer.PingHop.$Shape;
    }

    namespace PingHop {

        /** Properties of a PingHop. */
        interface $Properties {

            /** PingHop cluster */
            cluster?: string;

            /** PingHop rttUs */
            rttUs?: number;

            /** PingHop nodesAnswered */
            nodesAnswered?: string[];

            /** PingHop nodesSilent */
            nodesSilent?: string[];

            /** PingHop reachable */
            reachable?: boolean;

            /** PingHop note */
            note?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PingHop. */
        type $Shape = gossamer.PingHop.$Properties;
    }

    /**
     * Properties of a PingResult.
     * @deprecated Use gossamer.PingResult.$Properties instead.
     */
    interface IPingResult extends gossamer.PingResult.$Properties {
    }

    /** Represents a PingResult. */
    class PingResult {

        /**
         * Constructs a new PingResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.PingResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PingResult path. */
        path: gossamer.PingHop[];

        /** PingResult found. */
        found: boolean;

        /** PingResult reason. */
        reason: string;

        /**
         * Creates a new PingResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PingResult instance
         */
        static create(properties: gossamer.PingResult.$Shape): gossamer.PingResult & gossamer.PingResult.$Shape;
        static create(properties?: gossamer.PingResult.$Properties): gossamer.PingResult;

        /**
         * Encodes the specified PingResult message. Does not implicitly {@link gossamer.PingResult.verify|verify} messages.
         * @param message PingResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.PingResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PingResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.PingResult & gossamer.PingResult.$Shape} PingResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.PingResult & gossamer.PingResult.$Shape;
    }

    namespace PingResult {

        /** Properties of a PingResult. */
        interface $Properties {

            /** PingResult path */
            path?: gossamer.PingHop.$Properties[];

            /** PingResult found */
            found?: boolean;

            /** PingResult reason */
            reason?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PingResult. */
        type $Shape = gossamer.PingResult.$Properties;
    }

    /**
     * Properties of a WorkItem.
     * @deprecated Use gossamer.WorkItem.$Properties instead.
     */
    interface IWorkItem extends gossamer.WorkItem.$Properties {
    }

    /** Represents a WorkItem. */
    class WorkItem {

        /**
         * Constructs a new WorkItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.WorkItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WorkItem workId. */
        workId: number;

        /** WorkItem write. */
        write: (gossamer.WriteWork|null);

        /** WorkItem read. */
        read: (gossamer.ReadRequest|null);

        /** WorkItem list. */
        list: (gossamer.ListRequest|null);

        /** WorkItem remove. */
        remove: (gossamer.RemoveRequest|null);

        /** WorkItem addNode. */
        addNode: (gossamer.AddNode|null);

        /** WorkItem removeNode. */
        removeNode: (gossamer.RemoveNode|null);

        /** WorkItem ping. */
        ping: (gossamer.Ping|null);

        /** WorkItem promoteNode. */
        promoteNode: (gossamer.PromoteNode|null);

        /** WorkItem transferLeader. */
        transferLeader: (gossamer.TransferLeader|null);

        /** WorkItem memberList. */
        memberList: (gossamer.MemberList|null);

        /** WorkItem body. */
        body?: ("write"|"read"|"list"|"remove"|"addNode"|"removeNode"|"ping"|"promoteNode"|"transferLeader"|"memberList");

        /**
         * Creates a new WorkItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WorkItem instance
         */
        static create(properties: gossamer.WorkItem.$Shape): gossamer.WorkItem & gossamer.WorkItem.$Shape;
        static create(properties?: gossamer.WorkItem.$Properties): gossamer.WorkItem;

        /**
         * Encodes the specified WorkItem message. Does not implicitly {@link gossamer.WorkItem.verify|verify} messages.
         * @param message WorkItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.WorkItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WorkItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.WorkItem & gossamer.WorkItem.$Shape} WorkItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.WorkItem & gossamer.WorkItem.$Shape;
    }

    namespace WorkItem {

        /** Properties of a WorkItem. */
        interface $Properties {

            /** WorkItem workId */
            workId?: number;

            /** WorkItem write */
            write?: (gossamer.WriteWork.$Properties|null);

            /** WorkItem read */
            read?: (gossamer.ReadRequest.$Properties|null);

            /** WorkItem list */
            list?: (gossamer.ListRequest.$Properties|null);

            /** WorkItem remove */
            remove?: (gossamer.RemoveRequest.$Properties|null);

            /** WorkItem addNode */
            addNode?: (gossamer.AddNode.$Properties|null);

            /** WorkItem removeNode */
            removeNode?: (gossamer.RemoveNode.$Properties|null);

            /** WorkItem ping */
            ping?: (gossamer.Ping.$Properties|null);

            /** WorkItem promoteNode */
            promoteNode?: (gossamer.PromoteNode.$Properties|null);

            /** WorkItem transferLeader */
            transferLeader?: (gossamer.TransferLeader.$Properties|null);

            /** WorkItem memberList */
            memberList?: (gossamer.MemberList.$Properties|null);

            /** WorkItem body */
            body?: ("write"|"read"|"list"|"remove"|"addNode"|"removeNode"|"ping"|"promoteNode"|"transferLeader"|"memberList");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a WorkItem. */
        type $Shape = {
          workId?: number;
          write?: gossamer.WriteWork.$Shape|null;
          read?: gossamer.ReadRequest.$Shape|null;
          list?: gossamer.ListRequest.$Shape|null;
          remove?: gossamer.RemoveRequest.$Shape|null;
          addNode?: gossamer.AddNode.$Shape|null;
          removeNode?: gossamer.RemoveNode.$Shape|null;
          ping?: gossamer.Ping.$Shape|null;
          promoteNode?: gossamer.PromoteNode.$Shape|null;
          transferLeader?: gossamer.TransferLeader.$Shape|null;
          memberList?: gossamer.MemberList.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "write"; write: gossamer.WriteWork.$Shape; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "read"; write?: null; read: gossamer.ReadRequest.$Shape; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "list"; write?: null; read?: null; list: gossamer.ListRequest.$Shape; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "remove"; write?: null; read?: null; list?: null; remove: gossamer.RemoveRequest.$Shape; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "addNode"; write?: null; read?: null; list?: null; remove?: null; addNode: gossamer.AddNode.$Shape; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "removeNode"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode: gossamer.RemoveNode.$Shape; ping?: null; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "ping"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping: gossamer.Ping.$Shape; promoteNode?: null; transferLeader?: null; memberList?: null }|{ body?: "promoteNode"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode: gossamer.PromoteNode.$Shape; transferLeader?: null; memberList?: null }|{ body?: "transferLeader"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader: gossamer.TransferLeader.$Shape; memberList?: null }|{ body?: "memberList"; write?: null; read?: null; list?: null; remove?: null; addNode?: null; removeNode?: null; ping?: null; promoteNode?: null; transferLeader?: null; memberList: gossamer.MemberList.$Shape })
        );
    }

    /**
     * Properties of a WorkResult.
     * @deprecated Use gossamer.WorkResult.$Properties instead.
     */
    interface IWorkResult extends gossamer.WorkResult.$Properties {
    }

    /** Represents a WorkResult. */
    class WorkResult {

        /**
         * Constructs a new WorkResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.WorkResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WorkResult workId. */
        workId: number;

        /** WorkResult write. */
        write: (gossamer.WriteDone|null);

        /** WorkResult read. */
        read: (gossamer.ReadResponse|null);

        /** WorkResult list. */
        list: (gossamer.ListResponse|null);

        /** WorkResult remove. */
        remove: (gossamer.RemoveResponse|null);

        /** WorkResult ack. */
        ack: (gossamer.Ack|null);

        /** WorkResult ping. */
        ping: (gossamer.PingResult|null);

        /** WorkResult error. */
        error: (gossamer.ErrorReply|null);

        /** WorkResult notLeader. */
        notLeader: (gossamer.NotLeader|null);

        /** WorkResult memberList. */
        memberList: (gossamer.MemberListResponse|null);

        /** WorkResult body. */
        body?: ("write"|"read"|"list"|"remove"|"ack"|"ping"|"error"|"notLeader"|"memberList");

        /**
         * Creates a new WorkResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WorkResult instance
         */
        static create(properties: gossamer.WorkResult.$Shape): gossamer.WorkResult & gossamer.WorkResult.$Shape;
        static create(properties?: gossamer.WorkResult.$Properties): gossamer.WorkResult;

        /**
         * Encodes the specified WorkResult message. Does not implicitly {@link gossamer.WorkResult.verify|verify} messages.
         * @param message WorkResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.WorkResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WorkResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.WorkResult & gossamer.WorkResult.$Shape} WorkResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.WorkResult & gossamer.WorkResult.$Shape;
    }

    namespace WorkResult {

        /** Properties of a WorkResult. */
        interface $Properties {

            /** WorkResult workId */
            workId?: number;

            /** WorkResult write */
            write?: (gossamer.WriteDone.$Properties|null);

            /** WorkResult read */
            read?: (gossamer.ReadResponse.$Properties|null);

            /** WorkResult list */
            list?: (gossamer.ListResponse.$Properties|null);

            /** WorkResult remove */
            remove?: (gossamer.RemoveResponse.$Properties|null);

            /** WorkResult ack */
            ack?: (gossamer.Ack.$Properties|null);

            /** WorkResult ping */
            ping?: (gossamer.PingResult.$Properties|null);

            /** WorkResult error */
            error?: (gossamer.ErrorReply.$Properties|null);

            /** WorkResult notLeader */
            notLeader?: (gossamer.NotLeader.$Properties|null);

            /** WorkResult memberList */
            memberList?: (gossamer.MemberListResponse.$Properties|null);

            /** WorkResult body */
            body?: ("write"|"read"|"list"|"remove"|"ack"|"ping"|"error"|"notLeader"|"memberList");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a WorkResult. */
        type $Shape = {
          workId?: number;
          write?: gossamer.WriteDone.$Shape|null;
          read?: gossamer.ReadResponse.$Shape|null;
          list?: gossamer.ListResponse.$Shape|null;
          remove?: gossamer.RemoveResponse.$Shape|null;
          ack?: gossamer.Ack.$Shape|null;
          ping?: gossamer.PingResult.$Shape|null;
          error?: gossamer.ErrorReply.$Shape|null;
          notLeader?: gossamer.NotLeader.$Shape|null;
          memberList?: gossamer.MemberListResponse.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "write"; write: gossamer.WriteDone.$Shape; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "read"; write?: null; read: gossamer.ReadResponse.$Shape; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "list"; write?: null; read?: null; list: gossamer.ListResponse.$Shape; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "remove"; write?: null; read?: null; list?: null; remove: gossamer.RemoveResponse.$Shape; ack?: null; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "ack"; write?: null; read?: null; list?: null; remove?: null; ack: gossamer.Ack.$Shape; ping?: null; error?: null; notLeader?: null; memberList?: null }|{ body?: "ping"; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping: gossamer.PingResult.$Shape; error?: null; notLeader?: null; memberList?: null }|{ body?: "error"; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error: gossamer.ErrorReply.$Shape; notLeader?: null; memberList?: null }|{ body?: "notLeader"; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader: gossamer.NotLeader.$Shape; memberList?: null }|{ body?: "memberList"; write?: null; read?: null; list?: null; remove?: null; ack?: null; ping?: null; error?: null; notLeader?: null; memberList: gossamer.MemberListResponse.$Shape })
        );
    }

    /**
     * Properties of an Ack.
     * @deprecated Use gossamer.Ack.$Properties instead.
     */
    interface IAck extends gossamer.Ack.$Properties {
    }

    /** Represents an Ack. */
    class Ack {

        /**
         * Constructs a new Ack.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.Ack.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Ack instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Ack instance
         */
        static create(properties: gossamer.Ack.$Shape): gossamer.Ack & gossamer.Ack.$Shape;
        static create(properties?: gossamer.Ack.$Properties): gossamer.Ack;

        /**
         * Encodes the specified Ack message. Does not implicitly {@link gossamer.Ack.verify|verify} messages.
         * @param message Ack message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Ack message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.Ack & gossamer.Ack.$Shape} Ack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.Ack & gossamer.Ack.$Shape;
    }

    namespace Ack {

        /** Properties of an Ack. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Ack. */
        type $Shape = gossamer.Ack.$Properties;
    }

    /**
     * Properties of a NotLeader.
     * @deprecated Use gossamer.NotLeader.$Properties instead.
     */
    interface INotLeader extends gossamer.NotLeader.$Properties {
    }

    /** Represents a NotLeader. */
    class NotLeader {

        /**
         * Constructs a new NotLeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.NotLeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NotLeader leaderHint. */
        leaderHint: string;

        /** NotLeader term. */
        term: number;

        /**
         * Creates a new NotLeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NotLeader instance
         */
        static create(properties: gossamer.NotLeader.$Shape): gossamer.NotLeader & gossamer.NotLeader.$Shape;
        static create(properties?: gossamer.NotLeader.$Properties): gossamer.NotLeader;

        /**
         * Encodes the specified NotLeader message. Does not implicitly {@link gossamer.NotLeader.verify|verify} messages.
         * @param message NotLeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.NotLeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NotLeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.NotLeader & gossamer.NotLeader.$Shape} NotLeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.NotLeader & gossamer.NotLeader.$Shape;
    }

    namespace NotLeader {

        /** Properties of a NotLeader. */
        interface $Properties {

            /** NotLeader leaderHint */
            leaderHint?: string;

            /** NotLeader term */
            term?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NotLeader. */
        type $Shape = gossamer.NotLeader.$Properties;
    }

    /**
     * Properties of a StealRequest.
     * @deprecated Use gossamer.StealRequest.$Properties instead.
     */
    interface IStealRequest extends gossamer.StealRequest.$Properties {
    }

    /** Represents a StealRequest. */
    class StealRequest {

        /**
         * Constructs a new StealRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.StealRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StealRequest nodeId. */
        nodeId: string;

        /** StealRequest address. */
        address: string;

        /** StealRequest leader. */
        leader: boolean;

        /** StealRequest term. */
        term: number;

        /** StealRequest role. */
        role: string;

        /** StealRequest commit. */
        commit: number;

        /** StealRequest applied. */
        applied: number;

        /** StealRequest readsServed. */
        readsServed: number;

        /** StealRequest leaderHint. */
        leaderHint: string;

        /** StealRequest members. */
        members: gossamer.NodeAddress[];

        /** StealRequest voters. */
        voters: string[];

        /** StealRequest learners. */
        learners: string[];

        /** StealRequest takesReads. */
        takesReads: boolean;

        /** StealRequest slots. */
        slots: number;

        /**
         * Creates a new StealRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StealRequest instance
         */
        static create(properties: gossamer.StealRequest.$Shape): gossamer.StealRequest & gossamer.StealRequest.$Shape;
        static create(properties?: gossamer.StealRequest.$Properties): gossamer.StealRequest;

        /**
         * Encodes the specified StealRequest message. Does not implicitly {@link gossamer.StealRequest.verify|verify} messages.
         * @param message StealRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.StealRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StealRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.StealRequest & gossamer.StealRequest.$Shape} StealRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.StealRequest & gossamer.StealRequest.$Shape;
    }

    namespace StealRequest {

        /** Properties of a StealRequest. */
        interface $Properties {

            /** StealRequest nodeId */
            nodeId?: string;

            /** StealRequest address */
            address?: string;

            /** StealRequest leader */
            leader?: boolean;

            /** StealRequest term */
            term?: number;

            /** StealRequest role */
            role?: string;

            /** StealRequest commit */
            commit?: number;

            /** StealRequest applied */
            applied?: number;

            /** StealRequest readsServed */
            readsServed?: number;

            /** StealRequest leaderHint */
            leaderHint?: string;

            /** StealRequest members */
            members?: gossamer.NodeAddress.$Properties[];

            /** StealRequest voters */
            voters?: string[];

            /** StealRequest learners */
            learners?: string[];

            /** StealRequest takesReads */
            takesReads?: boolean;

            /** StealRequest slots */
            slots?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StealRequest. */
        type $Shape = gossamer.StealRequest.$Properties;
    }

    /**
     * Properties of a StealResponse.
     * @deprecated Use gossamer.StealResponse.$Properties instead.
     */
    interface IStealResponse extends gossamer.StealResponse.$Properties {
    }

    /** Represents a StealResponse. */
    class StealResponse {

        /**
         * Constructs a new StealResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.StealResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StealResponse items. */
        items: gossamer.WorkItem[];

        /**
         * Creates a new StealResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StealResponse instance
         */
        static create(properties: gossamer.StealResponse.$Shape): gossamer.StealResponse & gossamer.StealResponse.$Shape;
        static create(properties?: gossamer.StealResponse.$Properties): gossamer.StealResponse;

        /**
         * Encodes the specified StealResponse message. Does not implicitly {@link gossamer.StealResponse.verify|verify} messages.
         * @param message StealResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.StealResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StealResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.StealResponse & gossamer.StealResponse.$Shape} StealResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.StealResponse & gossamer.StealResponse.$Shape;
    }

    namespace StealResponse {

        /** Properties of a StealResponse. */
        interface $Properties {

            /** StealResponse items */
            items?: gossamer.WorkItem.$Properties[];

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StealResponse. */
        type $Shape = {
          items?: gossamer.WorkItem.$Shape[];
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a WriteWork.
     * @deprecated Use gossamer.WriteWork.$Properties instead.
     */
    interface IWriteWork extends gossamer.WriteWork.$Properties {
    }

    /** Represents a WriteWork. */
    class WriteWork {

        /**
         * Constructs a new WriteWork.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.WriteWork.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WriteWork manifest. */
        manifest: gossamer.Manifest;

        /** WriteWork writeId. */
        writeId: Uint8Array;

        /** WriteWork inlineData. */
        inlineData: Uint8Array;

        /** WriteWork inlineDigest. */
        inlineDigest: Uint8Array;

        /**
         * Creates a new WriteWork instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteWork instance
         */
        static create(properties: gossamer.WriteWork.$Shape): gossamer.WriteWork & gossamer.WriteWork.$Shape;
        static create(properties?: gossamer.WriteWork.$Properties): gossamer.WriteWork;

        /**
         * Encodes the specified WriteWork message. Does not implicitly {@link gossamer.WriteWork.verify|verify} messages.
         * @param message WriteWork message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.WriteWork.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteWork message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.WriteWork & gossamer.WriteWork.$Shape} WriteWork
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.WriteWork & gossamer.WriteWork.$Shape;
    }

    namespace WriteWork {

        /** Properties of a WriteWork. */
        interface $Properties {

            /** WriteWork manifest */
            manifest?: gossamer.Manifest.$Properties;

            /** WriteWork writeId */
            writeId?: Uint8Array;

            /** WriteWork inlineData */
            inlineData?: Uint8Array;

            /** WriteWork inlineDigest */
            inlineDigest?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteWork. */
        type $Shape = gossamer.WriteWork.$Properties;
    }

    /**
     * Properties of an UploadPull.
     * @deprecated Use gossamer.UploadPull.$Properties instead.
     */
    interface IUploadPull extends gossamer.UploadPull.$Properties {
    }

    /** Represents an UploadPull. */
    class UploadPull {

        /**
         * Constructs a new UploadPull.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.UploadPull.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UploadPull workId. */
        workId: number;

        /**
         * Creates a new UploadPull instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UploadPull instance
         */
        static create(properties: gossamer.UploadPull.$Shape): gossamer.UploadPull & gossamer.UploadPull.$Shape;
        static create(properties?: gossamer.UploadPull.$Properties): gossamer.UploadPull;

        /**
         * Encodes the specified UploadPull message. Does not implicitly {@link gossamer.UploadPull.verify|verify} messages.
         * @param message UploadPull message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.UploadPull.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UploadPull message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.UploadPull & gossamer.UploadPull.$Shape} UploadPull
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.UploadPull & gossamer.UploadPull.$Shape;
    }

    namespace UploadPull {

        /** Properties of an UploadPull. */
        interface $Properties {

            /** UploadPull workId */
            workId?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UploadPull. */
        type $Shape = gossamer.UploadPull.$Properties;
    }

    /**
     * Properties of an UploadChunk.
     * @deprecated Use gossamer.UploadChunk.$Properties instead.
     */
    interface IUploadChunk extends gossamer.UploadChunk.$Properties {
    }

    /** Represents an UploadChunk. */
    class UploadChunk {

        /**
         * Constructs a new UploadChunk.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.UploadChunk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UploadChunk workId. */
        workId: number;

        /** UploadChunk chunkIndex. */
        chunkIndex: number;

        /** UploadChunk digest. */
        digest: Uint8Array;

        /** UploadChunk data. */
        data: Uint8Array;

        /**
         * Creates a new UploadChunk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UploadChunk instance
         */
        static create(properties: gossamer.UploadChunk.$Shape): gossamer.UploadChunk & gossamer.UploadChunk.$Shape;
        static create(properties?: gossamer.UploadChunk.$Properties): gossamer.UploadChunk;

        /**
         * Encodes the specified UploadChunk message. Does not implicitly {@link gossamer.UploadChunk.verify|verify} messages.
         * @param message UploadChunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.UploadChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UploadChunk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.UploadChunk & gossamer.UploadChunk.$Shape} UploadChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.UploadChunk & gossamer.UploadChunk.$Shape;
    }

    namespace UploadChunk {

        /** Properties of an UploadChunk. */
        interface $Properties {

            /** UploadChunk workId */
            workId?: number;

            /** UploadChunk chunkIndex */
            chunkIndex?: number;

            /** UploadChunk digest */
            digest?: Uint8Array;

            /** UploadChunk data */
            data?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UploadChunk. */
        type $Shape = gossamer.UploadChunk.$Properties;
    }

    /**
     * Properties of an UploadFinish.
     * @deprecated Use gossamer.UploadFinish.$Properties instead.
     */
    interface IUploadFinish extends gossamer.UploadFinish.$Properties {
    }

    /** Represents an UploadFinish. */
    class UploadFinish {

        /**
         * Constructs a new UploadFinish.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.UploadFinish.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UploadFinish workId. */
        workId: number;

        /**
         * Creates a new UploadFinish instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UploadFinish instance
         */
        static create(properties: gossamer.UploadFinish.$Shape): gossamer.UploadFinish & gossamer.UploadFinish.$Shape;
        static create(properties?: gossamer.UploadFinish.$Properties): gossamer.UploadFinish;

        /**
         * Encodes the specified UploadFinish message. Does not implicitly {@link gossamer.UploadFinish.verify|verify} messages.
         * @param message UploadFinish message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.UploadFinish.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UploadFinish message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.UploadFinish & gossamer.UploadFinish.$Shape} UploadFinish
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.UploadFinish & gossamer.UploadFinish.$Shape;
    }

    namespace UploadFinish {

        /** Properties of an UploadFinish. */
        interface $Properties {

            /** UploadFinish workId */
            workId?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UploadFinish. */
        type $Shape = gossamer.UploadFinish.$Properties;
    }

    /**
     * Properties of a NodeStatus.
     * @deprecated Use gossamer.NodeStatus.$Properties instead.
     */
    interface INodeStatus extends gossamer.NodeStatus.$Properties {
    }

    /** Represents a NodeStatus. */
    class NodeStatus {

        /**
         * Constructs a new NodeStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.NodeStatus.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NodeStatus id. */
        id: string;

        /** NodeStatus address. */
        address: string;

        /** NodeStatus role. */
        role: string;

        /** NodeStatus term. */
        term: number;

        /** NodeStatus commit. */
        commit: number;

        /** NodeStatus applied. */
        applied: number;

        /** NodeStatus reachable. */
        reachable: boolean;

        /** NodeStatus readsServed. */
        readsServed: number;

        /**
         * Creates a new NodeStatus instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NodeStatus instance
         */
        static create(properties: gossamer.NodeStatus.$Shape): gossamer.NodeStatus & gossamer.NodeStatus.$Shape;
        static create(properties?: gossamer.NodeStatus.$Properties): gossamer.NodeStatus;

        /**
         * Encodes the specified NodeStatus message. Does not implicitly {@link gossamer.NodeStatus.verify|verify} messages.
         * @param message NodeStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.NodeStatus & gossamer.NodeStatus.$Shape} NodeStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.NodeStatus & gossamer.NodeStatus.$Shape;
    }

    namespace NodeStatus {

        /** Properties of a NodeStatus. */
        interface $Properties {

            /** NodeStatus id */
            id?: string;

            /** NodeStatus address */
            address?: string;

            /** NodeStatus role */
            role?: string;

            /** NodeStatus term */
            term?: number;

            /** NodeStatus commit */
            commit?: number;

            /** NodeStatus applied */
            applied?: number;

            /** NodeStatus reachable */
            reachable?: boolean;

            /** NodeStatus readsServed */
            readsServed?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NodeStatus. */
        type $Shape = gossamer.NodeStatus.$Properties;
    }

    /**
     * Properties of a StatusRequest.
     * @deprecated Use gossamer.StatusRequest.$Properties instead.
     */
    interface IStatusRequest extends gossamer.StatusRequest.$Properties {
    }

    /** Represents a StatusRequest. */
    class StatusRequest {

        /**
         * Constructs a new StatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.StatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusRequest instance
         */
        static create(properties: gossamer.StatusRequest.$Shape): gossamer.StatusRequest & gossamer.StatusRequest.$Shape;
        static create(properties?: gossamer.StatusRequest.$Properties): gossamer.StatusRequest;

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link gossamer.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.StatusRequest & gossamer.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.StatusRequest & gossamer.StatusRequest.$Shape;
    }

    namespace StatusRequest {

        /** Properties of a StatusRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusRequest. */
        type $Shape = gossamer.StatusRequest.$Properties;
    }

    /**
     * Properties of a StatusResponse.
     * @deprecated Use gossamer.StatusResponse.$Properties instead.
     */
    interface IStatusResponse extends gossamer.StatusResponse.$Properties {
    }

    /** Represents a StatusResponse. */
    class StatusResponse {

        /**
         * Constructs a new StatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.StatusResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusResponse cluster. */
        cluster: string;

        /** StatusResponse leader. */
        leader: string;

        /** StatusResponse term. */
        term: number;

        /** StatusResponse nodes. */
        nodes: gossamer.NodeStatus[];

        /** StatusResponse leaderQueue. */
        leaderQueue: number;

        /** StatusResponse nonLeaderQueue. */
        nonLeaderQueue: number;

        /** StatusResponse quorum. */
        quorum: boolean;

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusResponse instance
         */
        static create(properties: gossamer.StatusResponse.$Shape): gossamer.StatusResponse & gossamer.StatusResponse.$Shape;
        static create(properties?: gossamer.StatusResponse.$Properties): gossamer.StatusResponse;

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link gossamer.StatusResponse.verify|verify} messages.
         * @param message StatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.StatusResponse & gossamer.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.StatusResponse & gossamer.StatusResponse.$Shape;
    }

    namespace StatusResponse {

        /** Properties of a StatusResponse. */
        interface $Properties {

            /** StatusResponse cluster */
            cluster?: string;

            /** StatusResponse leader */
            leader?: string;

            /** StatusResponse term */
            term?: number;

            /** StatusResponse nodes */
            nodes?: gossamer.NodeStatus.$Properties[];

            /** StatusResponse leaderQueue */
            leaderQueue?: number;

            /** StatusResponse nonLeaderQueue */
            nonLeaderQueue?: number;

            /** StatusResponse quorum */
            quorum?: boolean;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusResponse. */
        type $Shape = gossamer.StatusResponse.$Properties;
    }

    /**
     * Properties of an AddNodeRequest.
     * @deprecated Use gossamer.AddNodeRequest.$Properties instead.
     */
    interface IAddNodeRequest extends gossamer.AddNodeRequest.$Properties {
    }

    /** Represents an AddNodeRequest. */
    class AddNodeRequest {

        /**
         * Constructs a new AddNodeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.AddNodeRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AddNodeRequest nodeId. */
        nodeId: string;

        /** AddNodeRequest host. */
        host: string;

        /** AddNodeRequest port. */
        port: number;

        /** AddNodeRequest cluster. */
        cluster: string;

        /** AddNodeRequest nonce. */
        nonce: Uint8Array;

        /** AddNodeRequest timestampMs. */
        timestampMs: number;

        /** AddNodeRequest hmac. */
        hmac: Uint8Array;

        /**
         * Creates a new AddNodeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddNodeRequest instance
         */
        static create(properties: gossamer.AddNodeRequest.$Shape): gossamer.AddNodeRequest & gossamer.AddNodeRequest.$Shape;
        static create(properties?: gossamer.AddNodeRequest.$Properties): gossamer.AddNodeRequest;

        /**
         * Encodes the specified AddNodeRequest message. Does not implicitly {@link gossamer.AddNodeRequest.verify|verify} messages.
         * @param message AddNodeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.AddNodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddNodeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.AddNodeRequest & gossamer.AddNodeRequest.$Shape} AddNodeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.AddNodeRequest & gossamer.AddNodeRequest.$Shape;
    }

    namespace AddNodeRequest {

        /** Properties of an AddNodeRequest. */
        interface $Properties {

            /** AddNodeRequest nodeId */
            nodeId?: string;

            /** AddNodeRequest host */
            host?: string;

            /** AddNodeRequest port */
            port?: number;

            /** AddNodeRequest cluster */
            cluster?: string;

            /** AddNodeRequest nonce */
            nonce?: Uint8Array;

            /** AddNodeRequest timestampMs */
            timestampMs?: number;

            /** AddNodeRequest hmac */
            hmac?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AddNodeRequest. */
        type $Shape = gossamer.AddNodeRequest.$Properties;
    }

    /**
     * Properties of an EdgeList.
     * @deprecated Use gossamer.EdgeList.$Properties instead.
     */
    interface IEdgeList extends gossamer.EdgeList.$Properties {
    }

    /** Represents an EdgeList. */
    class EdgeList {

        /**
         * Constructs a new EdgeList.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.EdgeList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EdgeList cluster. */
        cluster: string;

        /** EdgeList nodes. */
        nodes: gossamer.NodeAddress[];

        /** EdgeList queueServers. */
        queueServers: string[];

        /** EdgeList leader. */
        leader: string;

        /**
         * Creates a new EdgeList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EdgeList instance
         */
        static create(properties: gossamer.EdgeList.$Shape): gossamer.EdgeList & gossamer.EdgeList.$Shape;
        static create(properties?: gossamer.EdgeList.$Properties): gossamer.EdgeList;

        /**
         * Encodes the specified EdgeList message. Does not implicitly {@link gossamer.EdgeList.verify|verify} messages.
         * @param message EdgeList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.EdgeList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EdgeList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.EdgeList & gossamer.EdgeList.$Shape} EdgeList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.EdgeList & gossamer.EdgeList.$Shape;
    }

    namespace EdgeList {

        /** Properties of an EdgeList. */
        interface $Properties {

            /** EdgeList cluster */
            cluster?: string;

            /** EdgeList nodes */
            nodes?: gossamer.NodeAddress.$Properties[];

            /** EdgeList queueServers */
            queueServers?: string[];

            /** EdgeList leader */
            leader?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EdgeList. */
        type $Shape = gossamer.EdgeList.$Properties;
    }

    /**
     * Properties of a Manifest.
     * @deprecated Use gossamer.Manifest.$Properties instead.
     */
    interface IManifest extends gossamer.Manifest.$Properties {
    }

    /** Represents a Manifest. */
    class Manifest {

        /**
         * Constructs a new Manifest.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.Manifest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Manifest name. */
        name: string;

        /** Manifest size. */
        size: number;

        /** Manifest chunkSize. */
        chunkSize: number;

        /** Manifest chunkDigests. */
        chunkDigests: Uint8Array[];

        /** Manifest digest. */
        digest: Uint8Array;

        /** Manifest version. */
        version: number;

        /** Manifest createdMs. */
        createdMs: number;

        /** Manifest attributes. */
        attributes: gossamer.FileAttributes;

        /**
         * Creates a new Manifest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Manifest instance
         */
        static create(properties: gossamer.Manifest.$Shape): gossamer.Manifest & gossamer.Manifest.$Shape;
        static create(properties?: gossamer.Manifest.$Properties): gossamer.Manifest;

        /**
         * Encodes the specified Manifest message. Does not implicitly {@link gossamer.Manifest.verify|verify} messages.
         * @param message Manifest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.Manifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Manifest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.Manifest & gossamer.Manifest.$Shape} Manifest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.Manifest & gossamer.Manifest.$Shape;
    }

    namespace Manifest {

        /** Properties of a Manifest. */
        interface $Properties {

            /** Manifest name */
            name?: string;

            /** Manifest size */
            size?: number;

            /** Manifest chunkSize */
            chunkSize?: number;

            /** Manifest chunkDigests */
            chunkDigests?: Uint8Array[];

            /** Manifest digest */
            digest?: Uint8Array;

            /** Manifest version */
            version?: number;

            /** Manifest createdMs */
            createdMs?: number;

            /** Manifest attributes */
            attributes?: gossamer.FileAttributes.$Properties;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Manifest. */
        type $Shape = gossamer.Manifest.$Properties;
    }

    /**
     * Properties of a FileAttributes.
     * @deprecated Use gossamer.FileAttributes.$Properties instead.
     */
    interface IFileAttributes extends gossamer.FileAttributes.$Properties {
    }

    /** Represents a FileAttributes. */
    class FileAttributes {

        /**
         * Constructs a new FileAttributes.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.FileAttributes.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FileAttributes md5. */
        md5: Uint8Array;

        /** FileAttributes etag. */
        etag: string;

        /** FileAttributes contentType. */
        contentType: string;

        /** FileAttributes metadata. */
        metadata: gossamer.MetadataEntry[];

        /**
         * Creates a new FileAttributes instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FileAttributes instance
         */
        static create(properties: gossamer.FileAttributes.$Shape): gossamer.FileAttributes & gossamer.FileAttributes.$Shape;
        static create(properties?: gossamer.FileAttributes.$Properties): gossamer.FileAttributes;

        /**
         * Encodes the specified FileAttributes message. Does not implicitly {@link gossamer.FileAttributes.verify|verify} messages.
         * @param message FileAttributes message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.FileAttributes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FileAttributes message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.FileAttributes & gossamer.FileAttributes.$Shape} FileAttributes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.FileAttributes & gossamer.FileAttributes.$Shape;
    }

    namespace FileAttributes {

        /** Properties of a FileAttributes. */
        interface $Properties {

            /** FileAttributes md5 */
            md5?: Uint8Array;

            /** FileAttributes etag */
            etag?: string;

            /** FileAttributes contentType */
            contentType?: string;

            /** FileAttributes metadata */
            metadata?: gossamer.MetadataEntry.$Properties[];

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FileAttributes. */
        type $Shape = gossamer.FileAttributes.$Properties;
    }

    /**
     * Properties of a MetadataEntry.
     * @deprecated Use gossamer.MetadataEntry.$Properties instead.
     */
    interface IMetadataEntry extends gossamer.MetadataEntry.$Properties {
    }

    /** Represents a MetadataEntry. */
    class MetadataEntry {

        /**
         * Constructs a new MetadataEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.MetadataEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetadataEntry name. */
        name: string;

        /** MetadataEntry value. */
        value: string;

        /**
         * Creates a new MetadataEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetadataEntry instance
         */
        static create(properties: gossamer.MetadataEntry.$Shape): gossamer.MetadataEntry & gossamer.MetadataEntry.$Shape;
        static create(properties?: gossamer.MetadataEntry.$Properties): gossamer.MetadataEntry;

        /**
         * Encodes the specified MetadataEntry message. Does not implicitly {@link gossamer.MetadataEntry.verify|verify} messages.
         * @param message MetadataEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.MetadataEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetadataEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.MetadataEntry & gossamer.MetadataEntry.$Shape} MetadataEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.MetadataEntry & gossamer.MetadataEntry.$Shape;
    }

    namespace MetadataEntry {

        /** Properties of a MetadataEntry. */
        interface $Properties {

            /** MetadataEntry name */
            name?: string;

            /** MetadataEntry value */
            value?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetadataEntry. */
        type $Shape = gossamer.MetadataEntry.$Properties;
    }

    /**
     * Properties of a WriteBegin.
     * @deprecated Use gossamer.WriteBegin.$Properties instead.
     */
    interface IWriteBegin extends gossamer.WriteBegin.$Properties {
    }

    /** Represents a WriteBegin. */
    class WriteBegin {

        /**
         * Constructs a new WriteBegin.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.WriteBegin.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WriteBegin manifest. */
        manifest: gossamer.Manifest;

        /** WriteBegin writeId. */
        writeId: Uint8Array;

        /** WriteBegin inlineData. */
        inlineData: Uint8Array;

        /** WriteBegin inlineDigest. */
        inlineDigest: Uint8Array;

        /**
         * Creates a new WriteBegin instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteBegin instance
         */
        static create(properties: gossamer.WriteBegin.$Shape): gossamer.WriteBegin & gossamer.WriteBegin.$Shape;
        static create(properties?: gossamer.WriteBegin.$Properties): gossamer.WriteBegin;

        /**
         * Encodes the specified WriteBegin message. Does not implicitly {@link gossamer.WriteBegin.verify|verify} messages.
         * @param message WriteBegin message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.WriteBegin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteBegin message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.WriteBegin & gossamer.WriteBegin.$Shape} WriteBegin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.WriteBegin & gossamer.WriteBegin.$Shape;
    }

    namespace WriteBegin {

        /** Properties of a WriteBegin. */
        interface $Properties {

            /** WriteBegin manifest */
            manifest?: gossamer.Manifest.$Properties;

            /** WriteBegin writeId */
            writeId?: Uint8Array;

            /** WriteBegin inlineData */
            inlineData?: Uint8Array;

            /** WriteBegin inlineDigest */
            inlineDigest?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteBegin. */
        type $Shape = gossamer.WriteBegin.$Properties;
    }

    /**
     * Properties of a WriteNeed.
     * @deprecated Use gossamer.WriteNeed.$Properties instead.
     */
    interface IWriteNeed extends gossamer.WriteNeed.$Properties {
    }

    /** Represents a WriteNeed. */
    class WriteNeed {

        /**
         * Constructs a new WriteNeed.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.WriteNeed.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WriteNeed uploadId. */
        uploadId: number;

        /** WriteNeed needed. */
        needed: number[];

        /** WriteNeed complete. */
        complete: boolean;

        /**
         * Creates a new WriteNeed instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteNeed instance
         */
        static create(properties: gossamer.WriteNeed.$Shape): gossamer.WriteNeed & gossamer.WriteNeed.$Shape;
        static create(properties?: gossamer.WriteNeed.$Properties): gossamer.WriteNeed;

        /**
         * Encodes the specified WriteNeed message. Does not implicitly {@link gossamer.WriteNeed.verify|verify} messages.
         * @param message WriteNeed message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.WriteNeed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteNeed message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.WriteNeed & gossamer.WriteNeed.$Shape} WriteNeed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.WriteNeed & gossamer.WriteNeed.$Shape;
    }

    namespace WriteNeed {

        /** Properties of a WriteNeed. */
        interface $Properties {

            /** WriteNeed uploadId */
            uploadId?: number;

            /** WriteNeed needed */
            needed?: number[];

            /** WriteNeed complete */
            complete?: boolean;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteNeed. */
        type $Shape = gossamer.WriteNeed.$Properties;
    }

    /**
     * Properties of a WriteChunk.
     * @deprecated Use gossamer.WriteChunk.$Properties instead.
     */
    interface IWriteChunk extends gossamer.WriteChunk.$Properties {
    }

    /** Represents a WriteChunk. */
    class WriteChunk {

        /**
         * Constructs a new WriteChunk.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.WriteChunk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WriteChunk uploadId. */
        uploadId: number;

        /** WriteChunk chunkIndex. */
        chunkIndex: number;

        /** WriteChunk data. */
        data: Uint8Array;

        /** WriteChunk digest. */
        digest: Uint8Array;

        /**
         * Creates a new WriteChunk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteChunk instance
         */
        static create(properties: gossamer.WriteChunk.$Shape): gossamer.WriteChunk & gossamer.WriteChunk.$Shape;
        static create(properties?: gossamer.WriteChunk.$Properties): gossamer.WriteChunk;

        /**
         * Encodes the specified WriteChunk message. Does not implicitly {@link gossamer.WriteChunk.verify|verify} messages.
         * @param message WriteChunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.WriteChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteChunk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.WriteChunk & gossamer.WriteChunk.$Shape} WriteChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.WriteChunk & gossamer.WriteChunk.$Shape;
    }

    namespace WriteChunk {

        /** Properties of a WriteChunk. */
        interface $Properties {

            /** WriteChunk uploadId */
            uploadId?: number;

            /** WriteChunk chunkIndex */
            chunkIndex?: number;

            /** WriteChunk data */
            data?: Uint8Array;

            /** WriteChunk digest */
            digest?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteChunk. */
        type $Shape = gossamer.WriteChunk.$Properties;
    }

    /**
     * Properties of a WriteRoundDone.
     * @deprecated Use gossamer.WriteRoundDone.$Properties instead.
     */
    interface IWriteRoundDone extends gossamer.WriteRoundDone.$Properties {
    }

    /** Represents a WriteRoundDone. */
    class WriteRoundDone {

        /**
         * Constructs a new WriteRoundDone.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.WriteRoundDone.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WriteRoundDone uploadId. */
        uploadId: number;

        /**
         * Creates a new WriteRoundDone instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteRoundDone instance
         */
        static create(properties: gossamer.WriteRoundDone.$Shape): gossamer.WriteRoundDone & gossamer.WriteRoundDone.$Shape;
        static create(properties?: gossamer.WriteRoundDone.$Properties): gossamer.WriteRoundDone;

        /**
         * Encodes the specified WriteRoundDone message. Does not implicitly {@link gossamer.WriteRoundDone.verify|verify} messages.
         * @param message WriteRoundDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.WriteRoundDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteRoundDone message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.WriteRoundDone & gossamer.WriteRoundDone.$Shape} WriteRoundDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.WriteRoundDone & gossamer.WriteRoundDone.$Shape;
    }

    namespace WriteRoundDone {

        /** Properties of a WriteRoundDone. */
        interface $Properties {

            /** WriteRoundDone uploadId */
            uploadId?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteRoundDone. */
        type $Shape = gossamer.WriteRoundDone.$Properties;
    }

    /**
     * Properties of a WriteDone.
     * @deprecated Use gossamer.WriteDone.$Properties instead.
     */
    interface IWriteDone extends gossamer.WriteDone.$Properties {
    }

    /** Represents a WriteDone. */
    class WriteDone {

        /**
         * Constructs a new WriteDone.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.WriteDone.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WriteDone manifest. */
        manifest: gossamer.Manifest;

        /** WriteDone commitIndex. */
        commitIndex: number;

        /** WriteDone repeated. */
        repeated: boolean;

        /**
         * Creates a new WriteDone instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteDone instance
         */
        static create(properties: gossamer.WriteDone.$Shape): gossamer.WriteDone & gossamer.WriteDone.$Shape;
        static create(properties?: gossamer.WriteDone.$Properties): gossamer.WriteDone;

        /**
         * Encodes the specified WriteDone message. Does not implicitly {@link gossamer.WriteDone.verify|verify} messages.
         * @param message WriteDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.WriteDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteDone message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.WriteDone & gossamer.WriteDone.$Shape} WriteDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.WriteDone & gossamer.WriteDone.$Shape;
    }

    namespace WriteDone {

        /** Properties of a WriteDone. */
        interface $Properties {

            /** WriteDone manifest */
            manifest?: gossamer.Manifest.$Properties;

            /** WriteDone commitIndex */
            commitIndex?: number;

            /** WriteDone repeated */
            repeated?: boolean;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteDone. */
        type $Shape = gossamer.WriteDone.$Properties;
    }

    /**
     * Properties of a ChunkLocation.
     * @deprecated Use gossamer.ChunkLocation.$Properties instead.
     */
    interface IChunkLocation extends gossamer.ChunkLocation.$Properties {
    }

    /** Represents a ChunkLocation. */
    class ChunkLocation {

        /**
         * Constructs a new ChunkLocation.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.ChunkLocation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChunkLocation chunkIndex. */
        chunkIndex: number;

        /** ChunkLocation nodeIds. */
        nodeIds: string[];

        /**
         * Creates a new ChunkLocation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkLocation instance
         */
        static create(properties: gossamer.ChunkLocation.$Shape): gossamer.ChunkLocation & gossamer.ChunkLocation.$Shape;
        static create(properties?: gossamer.ChunkLocation.$Properties): gossamer.ChunkLocation;

        /**
         * Encodes the specified ChunkLocation message. Does not implicitly {@link gossamer.ChunkLocation.verify|verify} messages.
         * @param message ChunkLocation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.ChunkLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkLocation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.ChunkLocation & gossamer.ChunkLocation.$Shape} ChunkLocation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.ChunkLocation & gossamer.ChunkLocation.$Shape;
    }

    namespace ChunkLocation {

        /** Properties of a ChunkLocation. */
        interface $Properties {

            /** ChunkLocation chunkIndex */
            chunkIndex?: number;

            /** ChunkLocation nodeIds */
            nodeIds?: string[];

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChunkLocation. */
        type $Shape = gossamer.ChunkLocation.$Properties;
    }

    /**
     * Properties of a NodeAddress.
     * @deprecated Use gossamer.NodeAddress.$Properties instead.
     */
    interface INodeAddress extends gossamer.NodeAddress.$Properties {
    }

    /** Represents a NodeAddress. */
    class NodeAddress {

        /**
         * Constructs a new NodeAddress.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.NodeAddress.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NodeAddress id. */
        id: string;

        /** NodeAddress address. */
        address: string;

        /** NodeAddress role. */
        role: string;

        /**
         * Creates a new NodeAddress instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NodeAddress instance
         */
        static create(properties: gossamer.NodeAddress.$Shape): gossamer.NodeAddress & gossamer.NodeAddress.$Shape;
        static create(properties?: gossamer.NodeAddress.$Properties): gossamer.NodeAddress;

        /**
         * Encodes the specified NodeAddress message. Does not implicitly {@link gossamer.NodeAddress.verify|verify} messages.
         * @param message NodeAddress message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.NodeAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeAddress message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.NodeAddress & gossamer.NodeAddress.$Shape} NodeAddress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.NodeAddress & gossamer.NodeAddress.$Shape;
    }

    namespace NodeAddress {

        /** Properties of a NodeAddress. */
        interface $Properties {

            /** NodeAddress id */
            id?: string;

            /** NodeAddress address */
            address?: string;

            /** NodeAddress role */
            role?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NodeAddress. */
        type $Shape = gossamer.NodeAddress.$Properties;
    }

    /**
     * Properties of a ReadRequest.
     * @deprecated Use gossamer.ReadRequest.$Properties instead.
     */
    interface IReadRequest extends gossamer.ReadRequest.$Properties {
    }

    /** Represents a ReadRequest. */
    class ReadRequest {

        /**
         * Constructs a new ReadRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.ReadRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadRequest name. */
        name: string;

        /** ReadRequest stale. */
        stale: boolean;

        /**
         * Creates a new ReadRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadRequest instance
         */
        static create(properties: gossamer.ReadRequest.$Shape): gossamer.ReadRequest & gossamer.ReadRequest.$Shape;
        static create(properties?: gossamer.ReadRequest.$Properties): gossamer.ReadRequest;

        /**
         * Encodes the specified ReadRequest message. Does not implicitly {@link gossamer.ReadRequest.verify|verify} messages.
         * @param message ReadRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.ReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.ReadRequest & gossamer.ReadRequest.$Shape} ReadRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.ReadRequest & gossamer.ReadRequest.$Shape;
    }

    namespace ReadRequest {

        /** Properties of a ReadRequest. */
        interface $Properties {

            /** ReadRequest name */
            name?: string;

            /** ReadRequest stale */
            stale?: boolean;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadRequest. */
        type $Shape = gossamer.ReadRequest.$Properties;
    }

    /**
     * Properties of a ReadResponse.
     * @deprecated Use gossamer.ReadResponse.$Properties instead.
     */
    interface IReadResponse extends gossamer.ReadResponse.$Properties {
    }

    /** Represents a ReadResponse. */
    class ReadResponse {

        /**
         * Constructs a new ReadResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.ReadResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadResponse manifest. */
        manifest: gossamer.Manifest;

        /** ReadResponse locations. */
        locations: gossamer.ChunkLocation[];

        /** ReadResponse nodes. */
        nodes: gossamer.NodeAddress[];

        /** ReadResponse servedBy. */
        servedBy: string;

        /** ReadResponse inlineData. */
        inlineData: Uint8Array;

        /**
         * Creates a new ReadResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadResponse instance
         */
        static create(properties: gossamer.ReadResponse.$Shape): gossamer.ReadResponse & gossamer.ReadResponse.$Shape;
        static create(properties?: gossamer.ReadResponse.$Properties): gossamer.ReadResponse;

        /**
         * Encodes the specified ReadResponse message. Does not implicitly {@link gossamer.ReadResponse.verify|verify} messages.
         * @param message ReadResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.ReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.ReadResponse & gossamer.ReadResponse.$Shape} ReadResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.ReadResponse & gossamer.ReadResponse.$Shape;
    }

    namespace ReadResponse {

        /** Properties of a ReadResponse. */
        interface $Properties {

            /** ReadResponse manifest */
            manifest?: gossamer.Manifest.$Properties;

            /** ReadResponse locations */
            locations?: gossamer.ChunkLocation.$Properties[];

            /** ReadResponse nodes */
            nodes?: gossamer.NodeAddress.$Properties[];

            /** ReadResponse servedBy */
            servedBy?: string;

            /** ReadResponse inlineData */
            inlineData?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadResponse. */
        type $Shape = gossamer.ReadResponse.$Properties;
    }

    /**
     * Properties of a ChunkFetch.
     * @deprecated Use gossamer.ChunkFetch.$Properties instead.
     */
    interface IChunkFetch extends gossamer.ChunkFetch.$Properties {
    }

    /** Represents a ChunkFetch. */
    class ChunkFetch {

        /**
         * Constructs a new ChunkFetch.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.ChunkFetch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChunkFetch digest. */
        digest: Uint8Array;

        /** ChunkFetch verify. */
        verify: boolean;

        /**
         * Creates a new ChunkFetch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkFetch instance
         */
        static create(properties: gossamer.ChunkFetch.$Shape): gossamer.ChunkFetch & gossamer.ChunkFetch.$Shape;
        static create(properties?: gossamer.ChunkFetch.$Properties): gossamer.ChunkFetch;

        /**
         * Encodes the specified ChunkFetch message. Does not implicitly {@link gossamer.ChunkFetch.verify|verify} messages.
         * @param message ChunkFetch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.ChunkFetch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkFetch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.ChunkFetch & gossamer.ChunkFetch.$Shape} ChunkFetch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.ChunkFetch & gossamer.ChunkFetch.$Shape;
    }

    namespace ChunkFetch {

        /** Properties of a ChunkFetch. */
        interface $Properties {

            /** ChunkFetch digest */
            digest?: Uint8Array;

            /** ChunkFetch verify */
            verify?: boolean;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChunkFetch. */
        type $Shape = gossamer.ChunkFetch.$Properties;
    }

    /**
     * Properties of a ChunkData.
     * @deprecated Use gossamer.ChunkData.$Properties instead.
     */
    interface IChunkData extends gossamer.ChunkData.$Properties {
    }

    /** Represents a ChunkData. */
    class ChunkData {

        /**
         * Constructs a new ChunkData.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.ChunkData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChunkData digest. */
        digest: Uint8Array;

        /** ChunkData data. */
        data: Uint8Array;

        /**
         * Creates a new ChunkData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkData instance
         */
        static create(properties: gossamer.ChunkData.$Shape): gossamer.ChunkData & gossamer.ChunkData.$Shape;
        static create(properties?: gossamer.ChunkData.$Properties): gossamer.ChunkData;

        /**
         * Encodes the specified ChunkData message. Does not implicitly {@link gossamer.ChunkData.verify|verify} messages.
         * @param message ChunkData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.ChunkData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.ChunkData & gossamer.ChunkData.$Shape} ChunkData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.ChunkData & gossamer.ChunkData.$Shape;
    }

    namespace ChunkData {

        /** Properties of a ChunkData. */
        interface $Properties {

            /** ChunkData digest */
            digest?: Uint8Array;

            /** ChunkData data */
            data?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChunkData. */
        type $Shape = gossamer.ChunkData.$Properties;
    }

    /**
     * Properties of a ListRequest.
     * @deprecated Use gossamer.ListRequest.$Properties instead.
     */
    interface IListRequest extends gossamer.ListRequest.$Properties {
    }

    /** Represents a ListRequest. */
    class ListRequest {

        /**
         * Constructs a new ListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.ListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ListRequest prefix. */
        prefix: string;

        /** ListRequest stale. */
        stale: boolean;

        /** ListRequest startAfter. */
        startAfter: string;

        /** ListRequest limit. */
        limit: number;

        /** ListRequest withoutChunks. */
        withoutChunks: boolean;

        /**
         * Creates a new ListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListRequest instance
         */
        static create(properties: gossamer.ListRequest.$Shape): gossamer.ListRequest & gossamer.ListRequest.$Shape;
        static create(properties?: gossamer.ListRequest.$Properties): gossamer.ListRequest;

        /**
         * Encodes the specified ListRequest message. Does not implicitly {@link gossamer.ListRequest.verify|verify} messages.
         * @param message ListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.ListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.ListRequest & gossamer.ListRequest.$Shape} ListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.ListRequest & gossamer.ListRequest.$Shape;
    }

    namespace ListRequest {

        /** Properties of a ListRequest. */
        interface $Properties {

            /** ListRequest prefix */
            prefix?: string;

            /** ListRequest stale */
            stale?: boolean;

            /** ListRequest startAfter */
            startAfter?: string;

            /** ListRequest limit */
            limit?: number;

            /** ListRequest withoutChunks */
            withoutChunks?: boolean;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ListRequest. */
        type $Shape = gossamer.ListRequest.$Properties;
    }

    /**
     * Properties of a ListResponse.
     * @deprecated Use gossamer.ListResponse.$Properties instead.
     */
    interface IListResponse extends gossamer.ListResponse.$Properties {
    }

    /** Represents a ListResponse. */
    class ListResponse {

        /**
         * Constructs a new ListResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.ListResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ListResponse files. */
        files: gossamer.Manifest[];

        /**
         * Creates a new ListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListResponse instance
         */
        static create(properties: gossamer.ListResponse.$Shape): gossamer.ListResponse & gossamer.ListResponse.$Shape;
        static create(properties?: gossamer.ListResponse.$Properties): gossamer.ListResponse;

        /**
         * Encodes the specified ListResponse message. Does not implicitly {@link gossamer.ListResponse.verify|verify} messages.
         * @param message ListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.ListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.ListResponse & gossamer.ListResponse.$Shape} ListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.ListResponse & gossamer.ListResponse.$Shape;
    }

    namespace ListResponse {

        /** Properties of a ListResponse. */
        interface $Properties {

            /** ListResponse files */
            files?: gossamer.Manifest.$Properties[];

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ListResponse. */
        type $Shape = gossamer.ListResponse.$Properties;
    }

    /**
     * Properties of a RemoveRequest.
     * @deprecated Use gossamer.RemoveRequest.$Properties instead.
     */
    interface IRemoveRequest extends gossamer.RemoveRequest.$Properties {
    }

    /** Represents a RemoveRequest. */
    class RemoveRequest {

        /**
         * Constructs a new RemoveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.RemoveRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoveRequest name. */
        name: string;

        /**
         * Creates a new RemoveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveRequest instance
         */
        static create(properties: gossamer.RemoveRequest.$Shape): gossamer.RemoveRequest & gossamer.RemoveRequest.$Shape;
        static create(properties?: gossamer.RemoveRequest.$Properties): gossamer.RemoveRequest;

        /**
         * Encodes the specified RemoveRequest message. Does not implicitly {@link gossamer.RemoveRequest.verify|verify} messages.
         * @param message RemoveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.RemoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.RemoveRequest & gossamer.RemoveRequest.$Shape} RemoveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.RemoveRequest & gossamer.RemoveRequest.$Shape;
    }

    namespace RemoveRequest {

        /** Properties of a RemoveRequest. */
        interface $Properties {

            /** RemoveRequest name */
            name?: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoveRequest. */
        type $Shape = gossamer.RemoveRequest.$Properties;
    }

    /**
     * Properties of a RemoveResponse.
     * @deprecated Use gossamer.RemoveResponse.$Properties instead.
     */
    interface IRemoveResponse extends gossamer.RemoveResponse.$Properties {
    }

    /** Represents a RemoveResponse. */
    class RemoveResponse {

        /**
         * Constructs a new RemoveResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.RemoveResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoveResponse existed. */
        existed: boolean;

        /**
         * Creates a new RemoveResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveResponse instance
         */
        static create(properties: gossamer.RemoveResponse.$Shape): gossamer.RemoveResponse & gossamer.RemoveResponse.$Shape;
        static create(properties?: gossamer.RemoveResponse.$Properties): gossamer.RemoveResponse;

        /**
         * Encodes the specified RemoveResponse message. Does not implicitly {@link gossamer.RemoveResponse.verify|verify} messages.
         * @param message RemoveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.RemoveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.RemoveResponse & gossamer.RemoveResponse.$Shape} RemoveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.RemoveResponse & gossamer.RemoveResponse.$Shape;
    }

    namespace RemoveResponse {

        /** Properties of a RemoveResponse. */
        interface $Properties {

            /** RemoveResponse existed */
            existed?: boolean;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoveResponse. */
        type $Shape = gossamer.RemoveResponse.$Properties;
    }

    /** ErrorCode enum. */
    enum ErrorCode {

        /** ERROR_UNKNOWN value */
        ERROR_UNKNOWN = 0,

        /** ERROR_BAD_REQUEST value */
        ERROR_BAD_REQUEST = 1,

        /** ERROR_NOT_FOUND value */
        ERROR_NOT_FOUND = 2,

        /** ERROR_BUSY value */
        ERROR_BUSY = 3,

        /** ERROR_NO_LEADER value */
        ERROR_NO_LEADER = 4,

        /** ERROR_TIMEOUT value */
        ERROR_TIMEOUT = 5,

        /** ERROR_UNAUTHORIZED value */
        ERROR_UNAUTHORIZED = 6,

        /** ERROR_INTERNAL value */
        ERROR_INTERNAL = 7,

        /** ERROR_UNAVAILABLE value */
        ERROR_UNAVAILABLE = 8,

        /** ERROR_REMOVED value */
        ERROR_REMOVED = 9
    }

    /**
     * Properties of an ErrorReply.
     * @deprecated Use gossamer.ErrorReply.$Properties instead.
     */
    interface IErrorReply extends gossamer.ErrorReply.$Properties {
    }

    /** Represents an ErrorReply. */
    class ErrorReply {

        /**
         * Constructs a new ErrorReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.ErrorReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ErrorReply code. */
        code: gossamer.ErrorCode;

        /** ErrorReply message. */
        message: string;

        /** ErrorReply retryAfterMs. */
        retryAfterMs: number;

        /**
         * Creates a new ErrorReply instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ErrorReply instance
         */
        static create(properties: gossamer.ErrorReply.$Shape): gossamer.ErrorReply & gossamer.ErrorReply.$Shape;
        static create(properties?: gossamer.ErrorReply.$Properties): gossamer.ErrorReply;

        /**
         * Encodes the specified ErrorReply message. Does not implicitly {@link gossamer.ErrorReply.verify|verify} messages.
         * @param message ErrorReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.ErrorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ErrorReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.ErrorReply & gossamer.ErrorReply.$Shape} ErrorReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.ErrorReply & gossamer.ErrorReply.$Shape;
    }

    namespace ErrorReply {

        /** Properties of an ErrorReply. */
        interface $Properties {

            /** ErrorReply code */
            code?: gossamer.ErrorCode;

            /** ErrorReply message */
            message?: string;

            /** ErrorReply retryAfterMs */
            retryAfterMs?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ErrorReply. */
        type $Shape = gossamer.ErrorReply.$Properties;
    }

    /**
     * Properties of an Envelope.
     * @deprecated Use gossamer.Envelope.$Properties instead.
     */
    interface IEnvelope extends gossamer.Envelope.$Properties {
    }

    /** Represents an Envelope. */
    class Envelope {

        /**
         * Constructs a new Envelope.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.Envelope.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Envelope requestId. */
        requestId: number;

        /** Envelope error. */
        error: (gossamer.ErrorReply|null);

        /** Envelope handshakeHello. */
        handshakeHello: (gossamer.HandshakeHello|null);

        /** Envelope handshakeChallenge. */
        handshakeChallenge: (gossamer.HandshakeChallenge|null);

        /** Envelope handshakeProof. */
        handshakeProof: (gossamer.HandshakeProof|null);

        /** Envelope raft. */
        raft: (gossamer.RaftMessage|null);

        /** Envelope writeBegin. */
        writeBegin: (gossamer.WriteBegin|null);

        /** Envelope writeNeed. */
        writeNeed: (gossamer.WriteNeed|null);

        /** Envelope writeChunk. */
        writeChunk: (gossamer.WriteChunk|null);

        /** Envelope writeRoundDone. */
        writeRoundDone: (gossamer.WriteRoundDone|null);

        /** Envelope writeDone. */
        writeDone: (gossamer.WriteDone|null);

        /** Envelope read. */
        read: (gossamer.ReadRequest|null);

        /** Envelope readResponse. */
        readResponse: (gossamer.ReadResponse|null);

        /** Envelope chunkFetch. */
        chunkFetch: (gossamer.ChunkFetch|null);

        /** Envelope chunkData. */
        chunkData: (gossamer.ChunkData|null);

        /** Envelope list. */
        list: (gossamer.ListRequest|null);

        /** Envelope listResponse. */
        listResponse: (gossamer.ListResponse|null);

        /** Envelope remove. */
        remove: (gossamer.RemoveRequest|null);

        /** Envelope removeResponse. */
        removeResponse: (gossamer.RemoveResponse|null);

        /** Envelope status. */
        status: (gossamer.StatusRequest|null);

        /** Envelope statusResponse. */
        statusResponse: (gossamer.StatusResponse|null);

        /** Envelope steal. */
        steal: (gossamer.StealRequest|null);

        /** Envelope stealResponse. */
        stealResponse: (gossamer.StealResponse|null);

        /** Envelope workResult. */
        workResult: (gossamer.WorkResult|null);

        /** Envelope uploadPull. */
        uploadPull: (gossamer.UploadPull|null);

        /** Envelope uploadChunk. */
        uploadChunk: (gossamer.UploadChunk|null);

        /** Envelope uploadFinish. */
        uploadFinish: (gossamer.UploadFinish|null);

        /** Envelope edgeList. */
        edgeList: (gossamer.EdgeList|null);

        /** Envelope addNodeRequest. */
        addNodeRequest: (gossamer.AddNodeRequest|null);

        /** Envelope ping. */
        ping: (gossamer.Ping|null);

        /** Envelope pingResult. */
        pingResult: (gossamer.PingResult|null);

        /** Envelope addNode. */
        addNode: (gossamer.AddNode|null);

        /** Envelope removeNode. */
        removeNode: (gossamer.RemoveNode|null);

        /** Envelope ack. */
        ack: (gossamer.Ack|null);

        /** Envelope promoteNode. */
        promoteNode: (gossamer.PromoteNode|null);

        /** Envelope transferLeader. */
        transferLeader: (gossamer.TransferLeader|null);

        /** Envelope memberList. */
        memberList: (gossamer.MemberList|null);

        /** Envelope memberListResponse. */
        memberListResponse: (gossamer.MemberListResponse|null);

        /** Envelope backupRead. */
        backupRead: (gossamer.BackupRead|null);

        /** Envelope backupPiece. */
        backupPiece: (gossamer.BackupPiece|null);

        /** Envelope body. */
        body?: ("error"|"handshakeHello"|"handshakeChallenge"|"handshakeProof"|"raft"|"writeBegin"|"writeNeed"|"writeChunk"|"writeRoundDone"|"writeDone"|"read"|"readResponse"|"chunkFetch"|"chunkData"|"list"|"listResponse"|"remove"|"removeResponse"|"status"|"statusResponse"|"steal"|"stealResponse"|"workResult"|"uploadPull"|"uploadChunk"|"uploadFinish"|"edgeList"|"addNodeRequest"|"ping"|"pingResult"|"addNode"|"removeNode"|"ack"|"promoteNode"|"transferLeader"|"memberList"|"memberListResponse"|"backupRead"|"backupPiece");

        /**
         * Creates a new Envelope instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Envelope instance
         */
        static create(properties: gossamer.Envelope.$Shape): gossamer.Envelope & gossamer.Envelope.$Shape;
        static create(properties?: gossamer.Envelope.$Properties): gossamer.Envelope;

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link gossamer.Envelope.verify|verify} messages.
         * @param message Envelope message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.Envelope & gossamer.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.Envelope & gossamer.Envelope.$Shape;
    }

    namespace Envelope {

        /** Properties of an Envelope. */
        interface $Properties {

            /** Envelope requestId */
            requestId?: number;

            /** Envelope error */
            error?: (gossamer.ErrorReply.$Properties|null);

            /** Envelope handshakeHello */
            handshakeHello?: (gossamer.HandshakeHello.$Properties|null);

            /** Envelope handshakeChallenge */
            handshakeChallenge?: (gossamer.HandshakeChallenge.$Properties|null);

            /** Envelope handshakeProof */
            handshakeProof?: (gossamer.HandshakeProof.$Properties|null);

            /** Envelope raft */
            raft?: (gossamer.RaftMessage.$Properties|null);

            /** Envelope writeBegin */
            writeBegin?: (gossamer.WriteBegin.$Properties|null);

            /** Envelope writeNeed */
            writeNeed?: (gossamer.WriteNeed.$Properties|null);

            /** Envelope writeChunk */
            writeChunk?: (gossamer.WriteChunk.$Properties|null);

            /** Envelope writeRoundDone */
            writeRoundDone?: (gossamer.WriteRoundDone.$Properties|null);

            /** Envelope writeDone */
            writeDone?: (gossamer.WriteDone.$Properties|null);

            /** Envelope read */
            read?: (gossamer.ReadRequest.$Properties|null);

            /** Envelope readResponse */
            readResponse?: (gossamer.ReadResponse.$Properties|null);

            /** Envelope chunkFetch */
            chunkFetch?: (gossamer.ChunkFetch.$Properties|null);

            /** Envelope chunkData */
            chunkData?: (gossamer.ChunkData.$Properties|null);

            /** Envelope list */
            list?: (gossamer.ListRequest.$Properties|null);

            /** Envelope listResponse */
            listResponse?: (gossamer.ListResponse.$Properties|null);

            /** Envelope remove */
            remove?: (gossamer.RemoveRequest.$Properties|null);

            /** Envelope removeResponse */
            removeResponse?: (gossamer.RemoveResponse.$Properties|null);

            /** Envelope status */
            status?: (gossamer.StatusRequest.$Properties|null);

            /** Envelope statusResponse */
            statusResponse?: (gossamer.StatusResponse.$Properties|null);

            /** Envelope steal */
            steal?: (gossamer.StealRequest.$Properties|null);

            /** Envelope stealResponse */
            stealResponse?: (gossamer.StealResponse.$Properties|null);

            /** Envelope workResult */
            workResult?: (gossamer.WorkResult.$Properties|null);

            /** Envelope uploadPull */
            uploadPull?: (gossamer.UploadPull.$Properties|null);

            /** Envelope uploadChunk */
            uploadChunk?: (gossamer.UploadChunk.$Properties|null);

            /** Envelope uploadFinish */
            uploadFinish?: (gossamer.UploadFinish.$Properties|null);

            /** Envelope edgeList */
            edgeList?: (gossamer.EdgeList.$Properties|null);

            /** Envelope addNodeRequest */
            addNodeRequest?: (gossamer.AddNodeRequest.$Properties|null);

            /** Envelope ping */
            ping?: (gossamer.Ping.$Properties|null);

            /** Envelope pingResult */
            pingResult?: (gossamer.PingResult.$Properties|null);

            /** Envelope addNode */
            addNode?: (gossamer.AddNode.$Properties|null);

            /** Envelope removeNode */
            removeNode?: (gossamer.RemoveNode.$Properties|null);

            /** Envelope ack */
            ack?: (gossamer.Ack.$Properties|null);

            /** Envelope promoteNode */
            promoteNode?: (gossamer.PromoteNode.$Properties|null);

            /** Envelope transferLeader */
            transferLeader?: (gossamer.TransferLeader.$Properties|null);

            /** Envelope memberList */
            memberList?: (gossamer.MemberList.$Properties|null);

            /** Envelope memberListResponse */
            memberListResponse?: (gossamer.MemberListResponse.$Properties|null);

            /** Envelope backupRead */
            backupRead?: (gossamer.BackupRead.$Properties|null);

            /** Envelope backupPiece */
            backupPiece?: (gossamer.BackupPiece.$Properties|null);

            /** Envelope body */
            body?: ("error"|"handshakeHello"|"handshakeChallenge"|"handshakeProof"|"raft"|"writeBegin"|"writeNeed"|"writeChunk"|"writeRoundDone"|"writeDone"|"read"|"readResponse"|"chunkFetch"|"chunkData"|"list"|"listResponse"|"remove"|"removeResponse"|"status"|"statusResponse"|"steal"|"stealResponse"|"workResult"|"uploadPull"|"uploadChunk"|"uploadFinish"|"edgeList"|"addNodeRequest"|"ping"|"pingResult"|"addNode"|"removeNode"|"ack"|"promoteNode"|"transferLeader"|"memberList"|"memberListResponse"|"backupRead"|"backupPiece");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an Envelope. */
        type $Shape = {
          requestId?: number;
          error?: gossamer.ErrorReply.$Shape|null;
          handshakeHello?: gossamer.HandshakeHello.$Shape|null;
          handshakeChallenge?: gossamer.HandshakeChallenge.$Shape|null;
          handshakeProof?: gossamer.HandshakeProof.$Shape|null;
          raft?: gossamer.RaftMessage.$Shape|null;
          writeBegin?: gossamer.WriteBegin.$Shape|null;
          writeNeed?: gossamer.WriteNeed.$Shape|null;
          writeChunk?: gossamer.WriteChunk.$Shape|null;
          writeRoundDone?: gossamer.WriteRoundDone.$Shape|null;
          writeDone?: gossamer.WriteDone.$Shape|null;
          read?: gossamer.ReadRequest.$Shape|null;
          readResponse?: gossamer.ReadResponse.$Shape|null;
          chunkFetch?: gossamer.ChunkFetch.$Shape|null;
          chunkData?: gossamer.ChunkData.$Shape|null;
          list?: gossamer.ListRequest.$Shape|null;
          listResponse?: gossamer.ListResponse.$Shape|null;
          remove?: gossamer.RemoveRequest.$Shape|null;
          removeResponse?: gossamer.RemoveResponse.$Shape|null;
          status?: gossamer.StatusRequest.$Shape|null;
          statusResponse?: gossamer.StatusResponse.$Shape|null;
          steal?: gossamer.StealRequest.$Shape|null;
          stealResponse?: gossamer.StealResponse.$Shape|null;
          workResult?: gossamer.WorkResult.$Shape|null;
          uploadPull?: gossamer.UploadPull.$Shape|null;
          uploadChunk?: gossamer.UploadChunk.$Shape|null;
          uploadFinish?: gossamer.UploadFinish.$Shape|null;
          edgeList?: gossamer.EdgeList.$Shape|null;
          addNodeRequest?: gossamer.AddNodeRequest.$Shape|null;
          ping?: gossamer.Ping.$Shape|null;
          pingResult?: gossamer.PingResult.$Shape|null;
          addNode?: gossamer.AddNode.$Shape|null;
          removeNode?: gossamer.RemoveNode.$Shape|null;
          ack?: gossamer.Ack.$Shape|null;
          promoteNode?: gossamer.PromoteNode.$Shape|null;
          transferLeader?: gossamer.TransferLeader.$Shape|null;
          memberList?: gossamer.MemberList.$Shape|null;
          memberListResponse?: gossamer.MemberListResponse.$Shape|null;
          backupRead?: gossamer.BackupRead.$Shape|null;
          backupPiece?: gossamer.BackupPiece.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "error"; error: gossamer.ErrorReply.$Shape; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "handshakeHello"; error?: null; handshakeHello: gossamer.HandshakeHello.$Shape; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "handshakeChallenge"; error?: null; handshakeHello?: null; handshakeChallenge: gossamer.HandshakeChallenge.$Shape; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "handshakeProof"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof: gossamer.HandshakeProof.$Shape; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "raft"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft: gossamer.RaftMessage.$Shape; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeBegin"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin: gossamer.WriteBegin.$Shape; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeNeed"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed: gossamer.WriteNeed.$Shape; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeChunk"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk: gossamer.WriteChunk.$Shape; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeRoundDone"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone: gossamer.WriteRoundDone.$Shape; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "writeDone"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone: gossamer.WriteDone.$Shape; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "read"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read: gossamer.ReadRequest.$Shape; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "readResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse: gossamer.ReadResponse.$Shape; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "chunkFetch"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch: gossamer.ChunkFetch.$Shape; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "chunkData"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData: gossamer.ChunkData.$Shape; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "list"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list: gossamer.ListRequest.$Shape; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "listResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse: gossamer.ListResponse.$Shape; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "remove"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove: gossamer.RemoveRequest.$Shape; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "removeResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse: gossamer.RemoveResponse.$Shape; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "status"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status: gossamer.StatusRequest.$Shape; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "statusResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse: gossamer.StatusResponse.$Shape; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "steal"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal: gossamer.StealRequest.$Shape; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "stealResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse: gossamer.StealResponse.$Shape; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "workResult"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult: gossamer.WorkResult.$Shape; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "uploadPull"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull: gossamer.UploadPull.$Shape; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "uploadChunk"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk: gossamer.UploadChunk.$Shape; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "uploadFinish"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish: gossamer.UploadFinish.$Shape; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "edgeList"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList: gossamer.EdgeList.$Shape; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "addNodeRequest"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest: gossamer.AddNodeRequest.$Shape; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "ping"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping: gossamer.Ping.$Shape; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "pingResult"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult: gossamer.PingResult.$Shape; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "addNode"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode: gossamer.AddNode.$Shape; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "removeNode"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode: gossamer.RemoveNode.$Shape; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "ack"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack: gossamer.Ack.$Shape; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "promoteNode"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode: gossamer.PromoteNode.$Shape; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "transferLeader"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader: gossamer.TransferLeader.$Shape; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "memberList"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList: gossamer.MemberList.$Shape; memberListResponse?: null; backupRead?: null; backupPiece?: null }|{ body?: "memberListResponse"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse: gossamer.MemberListResponse.$Shape; backupRead?: null; backupPiece?: null }|{ body?: "backupRead"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead: gossamer.BackupRead.$Shape; backupPiece?: null }|{ body?: "backupPiece"; error?: null; handshakeHello?: null; handshakeChallenge?: null; handshakeProof?: null; raft?: null; writeBegin?: null; writeNeed?: null; writeChunk?: null; writeRoundDone?: null; writeDone?: null; read?: null; readResponse?: null; chunkFetch?: null; chunkData?: null; list?: null; listResponse?: null; remove?: null; removeResponse?: null; status?: null; statusResponse?: null; steal?: null; stealResponse?: null; workResult?: null; uploadPull?: null; uploadChunk?: null; uploadFinish?: null; edgeList?: null; addNodeRequest?: null; ping?: null; pingResult?: null; addNode?: null; removeNode?: null; ack?: null; promoteNode?: null; transferLeader?: null; memberList?: null; memberListResponse?: null; backupRead?: null; backupPiece: gossamer.BackupPiece.$Shape })
        );
    }

    /** EntryType enum. */
    enum EntryType {

        /** ENTRY_NORMAL value */
        ENTRY_NORMAL = 0,

        /** ENTRY_CONF_CHANGE value */
        ENTRY_CONF_CHANGE = 1,

        /** ENTRY_NOOP value */
        ENTRY_NOOP = 2
    }

    /**
     * Properties of an Entry.
     * @deprecated Use gossamer.Entry.$Properties instead.
     */
    interface IEntry extends gossamer.Entry.$Properties {
    }

    /** Represents an Entry. */
    class Entry {

        /**
         * Constructs a new Entry.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.Entry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Entry term. */
        term: number;

        /** Entry index. */
        index: number;

        /** Entry type. */
        type: gossamer.EntryType;

        /** Entry data. */
        data: Uint8Array;

        /** Entry chunkBytes. */
        chunkBytes: Uint8Array;

        /** Entry chunkDigest. */
        chunkDigest: Uint8Array;

        /** Entry dataDigest. */
        dataDigest: Uint8Array;

        /**
         * Creates a new Entry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Entry instance
         */
        static create(properties: gossamer.Entry.$Shape): gossamer.Entry & gossamer.Entry.$Shape;
        static create(properties?: gossamer.Entry.$Properties): gossamer.Entry;

        /**
         * Encodes the specified Entry message. Does not implicitly {@link gossamer.Entry.verify|verify} messages.
         * @param message Entry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Entry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.Entry & gossamer.Entry.$Shape} Entry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.Entry & gossamer.Entry.$Shape;
    }

    namespace Entry {

        /** Properties of an Entry. */
        interface $Properties {

            /** Entry term */
            term?: number;

            /** Entry index */
            index?: number;

            /** Entry type */
            type?: gossamer.EntryType;

            /** Entry data */
            data?: Uint8Array;

            /** Entry chunkBytes */
            chunkBytes?: Uint8Array;

            /** Entry chunkDigest */
            chunkDigest?: Uint8Array;

            /** Entry dataDigest */
            dataDigest?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Entry. */
        type $Shape = gossamer.Entry.$Properties;
    }

    /**
     * Properties of a HardState.
     * @deprecated Use gossamer.HardState.$Properties instead.
     */
    interface IHardState extends gossamer.HardState.$Properties {
    }

    /** Represents a HardState. */
    class HardState {

        /**
         * Constructs a new HardState.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.HardState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HardState term. */
        term: number;

        /** HardState vote. */
        vote: string;

        /** HardState commit. */
        commit: number;

        /**
         * Creates a new HardState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HardState instance
         */
        static create(properties: gossamer.HardState.$Shape): gossamer.HardState & gossamer.HardState.$Shape;
        static create(properties?: gossamer.HardState.$Properties): gossamer.HardState;

        /**
         * Encodes the specified HardState message. Does not implicitly {@link gossamer.HardState.verify|verify} messages.
         * @param message HardState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HardState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.HardState & gossamer.HardState.$Shape} HardState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.HardState & gossamer.HardState.$Shape;
    }

    namespace HardState {

        /** Properties of a HardState. */
        interface $Properties {

            /** HardState term */
            term?: number;

            /** HardState vote */
            vote?: string;

            /** HardState commit */
            commit?: number;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HardState. */
        type $Shape = gossamer.HardState.$Properties;
    }

    /**
     * Properties of a ConfState.
     * @deprecated Use gossamer.ConfState.$Properties instead.
     */
    interface IConfState extends gossamer.ConfState.$Properties {
    }

    /** Represents a ConfState. */
    class ConfState {

        /**
         * Constructs a new ConfState.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.ConfState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConfState voters. */
        voters: string[];

        /** ConfState learners. */
        learners: string[];

        /** ConfState votersOutgoing. */
        votersOutgoing: string[];

        /**
         * Creates a new ConfState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConfState instance
         */
        static create(properties: gossamer.ConfState.$Shape): gossamer.ConfState & gossamer.ConfState.$Shape;
        static create(properties?: gossamer.ConfState.$Properties): gossamer.ConfState;

        /**
         * Encodes the specified ConfState message. Does not implicitly {@link gossamer.ConfState.verify|verify} messages.
         * @param message ConfState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConfState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.ConfState & gossamer.ConfState.$Shape} ConfState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.ConfState & gossamer.ConfState.$Shape;
    }

    namespace ConfState {

        /** Properties of a ConfState. */
        interface $Properties {

            /** ConfState voters */
            voters?: string[];

            /** ConfState learners */
            learners?: string[];

            /** ConfState votersOutgoing */
            votersOutgoing?: string[];

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConfState. */
        type $Shape = gossamer.ConfState.$Properties;
    }

    /**
     * Properties of a SnapshotMeta.
     * @deprecated Use gossamer.SnapshotMeta.$Properties instead.
     */
    interface ISnapshotMeta extends gossamer.SnapshotMeta.$Properties {
    }

    /** Represents a SnapshotMeta. */
    class SnapshotMeta {

        /**
         * Constructs a new SnapshotMeta.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.SnapshotMeta.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SnapshotMeta index. */
        index: number;

        /** SnapshotMeta term. */
        term: number;

        /** SnapshotMeta confState. */
        confState: gossamer.ConfState;

        /**
         * Creates a new SnapshotMeta instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotMeta instance
         */
        static create(properties: gossamer.SnapshotMeta.$Shape): gossamer.SnapshotMeta & gossamer.SnapshotMeta.$Shape;
        static create(properties?: gossamer.SnapshotMeta.$Properties): gossamer.SnapshotMeta;

        /**
         * Encodes the specified SnapshotMeta message. Does not implicitly {@link gossamer.SnapshotMeta.verify|verify} messages.
         * @param message SnapshotMeta message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.SnapshotMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotMeta message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.SnapshotMeta & gossamer.SnapshotMeta.$Shape} SnapshotMeta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.SnapshotMeta & gossamer.SnapshotMeta.$Shape;
    }

    namespace SnapshotMeta {

        /** Properties of a SnapshotMeta. */
        interface $Properties {

            /** SnapshotMeta index */
            index?: number;

            /** SnapshotMeta term */
            term?: number;

            /** SnapshotMeta confState */
            confState?: gossamer.ConfState.$Properties;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SnapshotMeta. */
        type $Shape = gossamer.SnapshotMeta.$Properties;
    }

    /** RaftMessageType enum. */
    enum RaftMessageType {

        /** RAFT_UNKNOWN value */
        RAFT_UNKNOWN = 0,

        /** RAFT_PRE_VOTE value */
        RAFT_PRE_VOTE = 1,

        /** RAFT_PRE_VOTE_RESPONSE value */
        RAFT_PRE_VOTE_RESPONSE = 2,

        /** RAFT_VOTE value */
        RAFT_VOTE = 3,

        /** RAFT_VOTE_RESPONSE value */
        RAFT_VOTE_RESPONSE = 4,

        /** RAFT_APPEND value */
        RAFT_APPEND = 5,

        /** RAFT_APPEND_RESPONSE value */
        RAFT_APPEND_RESPONSE = 6,

        /** RAFT_HEARTBEAT value */
        RAFT_HEARTBEAT = 7,

        /** RAFT_HEARTBEAT_RESPONSE value */
        RAFT_HEARTBEAT_RESPONSE = 8,

        /** RAFT_SNAPSHOT value */
        RAFT_SNAPSHOT = 9,

        /** RAFT_SNAPSHOT_RESPONSE value */
        RAFT_SNAPSHOT_RESPONSE = 10,

        /** RAFT_TIMEOUT_NOW value */
        RAFT_TIMEOUT_NOW = 11,

        /** RAFT_READ_INDEX value */
        RAFT_READ_INDEX = 12,

        /** RAFT_READ_INDEX_RESPONSE value */
        RAFT_READ_INDEX_RESPONSE = 13
    }

    /**
     * Properties of a RaftMessage.
     * @deprecated Use gossamer.RaftMessage.$Properties instead.
     */
    interface IRaftMessage extends gossamer.RaftMessage.$Properties {
    }

    /** Represents a RaftMessage. */
    class RaftMessage {

        /**
         * Constructs a new RaftMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.RaftMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RaftMessage type. */
        type: gossamer.RaftMessageType;

        /** RaftMessage from. */
        from: string;

        /** RaftMessage to. */
        to: string;

        /** RaftMessage term. */
        term: number;

        /** RaftMessage logTerm. */
        logTerm: number;

        /** RaftMessage index. */
        index: number;

        /** RaftMessage entries. */
        entries: gossamer.Entry[];

        /** RaftMessage commit. */
        commit: number;

        /** RaftMessage reject. */
        reject: boolean;

        /** RaftMessage rejectHint. */
        rejectHint: number;

        /** RaftMessage rejectTerm. */
        rejectTerm: number;

        /** RaftMessage context. */
        context: Uint8Array;

        /** RaftMessage snapshot. */
        snapshot: gossamer.SnapshotMeta;

        /** RaftMessage snapshotOffset. */
        snapshotOffset: number;

        /** RaftMessage snapshotData. */
        snapshotData: Uint8Array;

        /** RaftMessage snapshotDone. */
        snapshotDone: boolean;

        /** RaftMessage snapshotDigest. */
        snapshotDigest: Uint8Array;

        /**
         * Creates a new RaftMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RaftMessage instance
         */
        static create(properties: gossamer.RaftMessage.$Shape): gossamer.RaftMessage & gossamer.RaftMessage.$Shape;
        static create(properties?: gossamer.RaftMessage.$Properties): gossamer.RaftMessage;

        /**
         * Encodes the specified RaftMessage message. Does not implicitly {@link gossamer.RaftMessage.verify|verify} messages.
         * @param message RaftMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.RaftMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RaftMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.RaftMessage & gossamer.RaftMessage.$Shape} RaftMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.RaftMessage & gossamer.RaftMessage.$Shape;
    }

    namespace RaftMessage {

        /** Properties of a RaftMessage. */
        interface $Properties {

            /** RaftMessage type */
            type?: gossamer.RaftMessageType;

            /** RaftMessage from */
            from?: string;

            /** RaftMessage to */
            to?: string;

            /** RaftMessage term */
            term?: number;

            /** RaftMessage logTerm */
            logTerm?: number;

            /** RaftMessage index */
            index?: number;

            /** RaftMessage entries */
            entries?: gossamer.Entry.$Properties[];

            /** RaftMessage commit */
            commit?: number;

            /** RaftMessage reject */
            reject?: boolean;

            /** RaftMessage rejectHint */
            rejectHint?: number;

            /** RaftMessage rejectTerm */
            rejectTerm?: number;

            /** RaftMessage context */
            context?: Uint8Array;

            /** RaftMessage snapshot */
            snapshot?: gossamer.SnapshotMeta.$Properties;

            /** RaftMessage snapshotOffset */
            snapshotOffset?: number;

            /** RaftMessage snapshotData */
            snapshotData?: Uint8Array;

            /** RaftMessage snapshotDone */
            snapshotDone?: boolean;

            /** RaftMessage snapshotDigest */
            snapshotDigest?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RaftMessage. */
        type $Shape = gossamer.RaftMessage.$Properties;
    }

    /** PeerKind enum. */
    enum PeerKind {

        /** PEER_UNKNOWN value */
        PEER_UNKNOWN = 0,

        /** PEER_MEMBER value */
        PEER_MEMBER = 1,

        /** PEER_ADMIN value */
        PEER_ADMIN = 2,

        /** PEER_CLIENT value */
        PEER_CLIENT = 3,

        /** PEER_ANONYMOUS value */
        PEER_ANONYMOUS = 4
    }

    /**
     * Properties of a HandshakeHello.
     * @deprecated Use gossamer.HandshakeHello.$Properties instead.
     */
    interface IHandshakeHello extends gossamer.HandshakeHello.$Properties {
    }

    /** Represents a HandshakeHello. */
    class HandshakeHello {

        /**
         * Constructs a new HandshakeHello.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.HandshakeHello.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HandshakeHello version. */
        version: number;

        /** HandshakeHello cluster. */
        cluster: string;

        /** HandshakeHello kind. */
        kind: gossamer.PeerKind;

        /** HandshakeHello id. */
        id: string;

        /** HandshakeHello nonce. */
        nonce: Uint8Array;

        /**
         * Creates a new HandshakeHello instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HandshakeHello instance
         */
        static create(properties: gossamer.HandshakeHello.$Shape): gossamer.HandshakeHello & gossamer.HandshakeHello.$Shape;
        static create(properties?: gossamer.HandshakeHello.$Properties): gossamer.HandshakeHello;

        /**
         * Encodes the specified HandshakeHello message. Does not implicitly {@link gossamer.HandshakeHello.verify|verify} messages.
         * @param message HandshakeHello message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.HandshakeHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HandshakeHello message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.HandshakeHello & gossamer.HandshakeHello.$Shape} HandshakeHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.HandshakeHello & gossamer.HandshakeHello.$Shape;
    }

    namespace HandshakeHello {

        /** Properties of a HandshakeHello. */
        interface $Properties {

            /** HandshakeHello version */
            version?: number;

            /** HandshakeHello cluster */
            cluster?: string;

            /** HandshakeHello kind */
            kind?: gossamer.PeerKind;

            /** HandshakeHello id */
            id?: string;

            /** HandshakeHello nonce */
            nonce?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HandshakeHello. */
        type $Shape = gossamer.HandshakeHello.$Properties;
    }

    /**
     * Properties of a HandshakeChallenge.
     * @deprecated Use gossamer.HandshakeChallenge.$Properties instead.
     */
    interface IHandshakeChallenge extends gossamer.HandshakeChallenge.$Properties {
    }

    /** Represents a HandshakeChallenge. */
    class HandshakeChallenge {

        /**
         * Constructs a new HandshakeChallenge.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.HandshakeChallenge.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HandshakeChallenge acceptorId. */
        acceptorId: string;

        /** HandshakeChallenge nonce. */
        nonce: Uint8Array;

        /** HandshakeChallenge proof. */
        proof: Uint8Array;

        /**
         * Creates a new HandshakeChallenge instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HandshakeChallenge instance
         */
        static create(properties: gossamer.HandshakeChallenge.$Shape): gossamer.HandshakeChallenge & gossamer.HandshakeChallenge.$Shape;
        static create(properties?: gossamer.HandshakeChallenge.$Properties): gossamer.HandshakeChallenge;

        /**
         * Encodes the specified HandshakeChallenge message. Does not implicitly {@link gossamer.HandshakeChallenge.verify|verify} messages.
         * @param message HandshakeChallenge message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.HandshakeChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HandshakeChallenge message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.HandshakeChallenge & gossamer.HandshakeChallenge.$Shape} HandshakeChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.HandshakeChallenge & gossamer.HandshakeChallenge.$Shape;
    }

    namespace HandshakeChallenge {

        /** Properties of a HandshakeChallenge. */
        interface $Properties {

            /** HandshakeChallenge acceptorId */
            acceptorId?: string;

            /** HandshakeChallenge nonce */
            nonce?: Uint8Array;

            /** HandshakeChallenge proof */
            proof?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HandshakeChallenge. */
        type $Shape = gossamer.HandshakeChallenge.$Properties;
    }

    /**
     * Properties of a HandshakeProof.
     * @deprecated Use gossamer.HandshakeProof.$Properties instead.
     */
    interface IHandshakeProof extends gossamer.HandshakeProof.$Properties {
    }

    /** Represents a HandshakeProof. */
    class HandshakeProof {

        /**
         * Constructs a new HandshakeProof.
         * @param [properties] Properties to set
         */
        constructor(properties?: gossamer.HandshakeProof.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HandshakeProof proof. */
        proof: Uint8Array;

        /**
         * Creates a new HandshakeProof instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HandshakeProof instance
         */
        static create(properties: gossamer.HandshakeProof.$Shape): gossamer.HandshakeProof & gossamer.HandshakeProof.$Shape;
        static create(properties?: gossamer.HandshakeProof.$Properties): gossamer.HandshakeProof;

        /**
         * Encodes the specified HandshakeProof message. Does not implicitly {@link gossamer.HandshakeProof.verify|verify} messages.
         * @param message HandshakeProof message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: gossamer.HandshakeProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HandshakeProof message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {gossamer.HandshakeProof & gossamer.HandshakeProof.$Shape} HandshakeProof
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossamer.HandshakeProof & gossamer.HandshakeProof.$Shape;
    }

    namespace HandshakeProof {

        /** Properties of a HandshakeProof. */
        interface $Properties {

            /** HandshakeProof proof */
            proof?: Uint8Array;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HandshakeProof. */
        type $Shape = gossamer.HandshakeProof.$Properties;
    }
}
