// Public API of the batch runner (used by the extension and the CLI).
export { fileAttachmentReader, contentTypeFor, type AttachmentReader } from './attachments';
export { classifyAnswer, notSentResults, type ClassifiedRequest, type RequestContext } from './classify';
export { encodeBatchRequest, formEncodeBody, type EncodedRequest } from './encode';
export { BatchInputError } from './errors';
export { isRetryableFailure } from './failures';
export { incompleteOperations, retryIncomplete } from './incomplete';
export { planBatch, type BatchPlan, type PlannedRequest } from './plan';
export { parentNames, referencedNames } from './references';
export { runBatch } from './run';
export { countOutcomes, runOperations, type RunBatchOptions } from './send';
export { fillTokenPlaceholders, placeholderNames, type TokenLookup } from './tokens';
