// What the runner rows measure, bundled as the product ships it (build.ts): the core runner, the
// document parser that hands it a spec (and fills the reference memo the runner shares, as the
// validation before a real run does), and the undici the runner itself sends with, for the peer.
export { request } from 'undici';
export { encodeBatchRequest, fillTokenPlaceholders, planBatch, runBatch } from '../../src/core/batch';
export { DEFAULT_MAX_CONCURRENT_REQUESTS } from '../../src/core/batch/send';
export { parseBatchDocument } from '../../src/core/document/parse';
export { toBatchSpec } from '../../src/core/document/to-spec';
export { buildGraphUrl } from '../../src/core/graph';
