/**
 * Turns protobufjs's Long support off. It must run before the generated code is evaluated:
 * that code computes the prototype defaults of uint64 fields when it loads, and with Long on
 * an absent field would read as a Long object instead of 0. ES modules evaluate imports in
 * order, so proto.ts imports this module first.
 */
import protobuf from "protobufjs/minimal.js";

protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();
