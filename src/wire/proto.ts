/**
 * The one import point of the generated protobuf code. 64-bit integers decode as numbers:
 * `--force-number` only changes the typings, so Long is turned off (long-off.ts) before the
 * generated module is evaluated.
 */
import "./long-off";
import { gossamer } from "./generated/proto.js";

export { gossamer as pb };
