// Everything the extension needs that touches the network, bundled apart as dist/network.js
// and loaded on first use (see load.ts).
export { fileAttachmentReader, retryIncomplete, runBatch } from '../../core/batch';
export { checkEndpoint, redactSecrets } from '../../core/graph';
export { resumeUpload, startUpload, UploadError, uploadFileType } from '../../core/upload';
