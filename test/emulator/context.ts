// What every request handler shares: the graph, the tokens, the faults and the upload sessions.
import type { FaultState } from './faults';
import type { GraphStore } from './graph/store';
import type { TokenCheck } from './graph/tokens';
import type { UploadSessions } from './upload/sessions';

export interface EmulatorContext {
  readonly store: GraphStore;
  readonly checkToken: TokenCheck;
  readonly faults: FaultState;
  readonly uploads: UploadSessions;
  readonly appIds: readonly string[];
  /** http://127.0.0.1:PORT */
  readonly baseUrl: string;
}
