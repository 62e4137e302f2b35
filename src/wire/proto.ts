/**
 * The one import point of the generated protobuf code. protobufjs decodes 64-bit integers
 * as Long unless Long is disabled before first use; `--force-number` only changes the
 * typings, so we turn Long off here, where every user of the generated code passes.
 */
import protobuf from "protobufjs/minimal.js";
import { gossamer } from "./generated/proto.js";

protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();

export { gossamer as pb };
