// Fake access tokens: who a token acts as, and whether it may write.
import { GraphFailure } from '../errors';
import { ME_ID, PAGE_ID } from './store';

export interface Identity {
  /** The node `me` stands for. */
  readonly meId: string;
  readonly canWrite: boolean;
}

/** Tokens that always exist, besides the configured valid ones (which act as the user). */
export const SPECIAL_TOKENS = {
  page: 'page-token',
  readOnly: 'read-only-token',
  expired: 'expired-token',
} as const;

export type TokenCheck = (token: string | undefined) => Identity;

/** Returns the identity of a token, or throws the Graph error the service sends for it. */
export function tokenChecker(validTokens: readonly string[]): TokenCheck {
  const valid = new Set(validTokens);
  return (token) => {
    if (token === undefined || token === '') throw new GraphFailure('tokenMissing');
    if (valid.has(token)) return { meId: ME_ID, canWrite: true };
    if (token === SPECIAL_TOKENS.page) return { meId: PAGE_ID, canWrite: true };
    if (token === SPECIAL_TOKENS.readOnly) return { meId: ME_ID, canWrite: false };
    if (token === SPECIAL_TOKENS.expired) throw new GraphFailure('tokenExpired');
    throw new GraphFailure('tokenInvalid');
  };
}

/** The token of an `Authorization: OAuth <token>` (or `Bearer`) header. */
export function tokenFromAuthorization(header: string | undefined): string | undefined {
  const match = /^\s*(?:OAuth|Bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
