// Public API of the Graph HTTP layer (used by core/batch, core/upload and the CLI).
export {
  API_VERSION_PATTERN,
  buildGraphUrl,
  EDITOR_SETTING_NAMES,
  GraphConfigError,
  settingNamesOf,
  type GraphClientOptions,
  type SettingNames,
} from './options';
export { checkEndpoint, isLoopbackHost } from './endpoint';
export { redactSecrets } from './redact';
export { parseUsageHeaders, UsageCache, USAGE_HEADERS } from './usage';
export { isThrottlingError, isTokenError, isTransientGraphError, isTransientStatus, parseGraphError } from './errors';
export {
  backoffDelay,
  retryAfter,
  retryWithBackoff,
  systemClock,
  type BackoffPolicy,
  type Clock,
  type RetryOptions,
} from './retry';
export { RequestBodyError, sendGraphRequest, type GraphHttpRequest, type GraphHttpResponse } from './transport';
export { GraphTransportError, inCauses, type TransportFailureKind } from './network-failure';
export { dispatcherFor } from './dispatcher';
export { exchange, type ExchangeAnswer, type ExchangeRequest } from './exchange';
export { isExemptFromProxy, noProxyEntries, proxyFor, type ProxySources } from './proxy';
