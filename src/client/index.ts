/**
 * The client library, for tests, the demo and anyone embedding Gossamer: the same functions
 * the CLI verbs call, returning Results instead of exiting.
 */
export { runClient } from "./main";
export { uploadFile, uploadReportJson, uploadWindowChunks, type UploadFaults, type UploadReport, type UploadRequest } from "./upload";
export { downloadFile, downloadReportJson, type DownloadReport, type DownloadRequest } from "./download";
export { listFiles, removeFile, removeFiles, removeNode, type FileEntry, type RemoveReport } from "./cluster-requests";
export { fetchStatus, statusJson, statusTable, type ClusterStatus } from "./cluster-status";
export { clientOptionsFrom, type ClientOptions } from "./options";
export { ClientSession, withSession } from "./client-session";
export { ClientError, exitCodeOf, type ClientErrorKind } from "./errors";
export { connect, TransportError, type ClientTransport } from "./transport";
