import { isSeatApiError, type SeatApiErrorCode } from '../lib/api';
import { RulesInputError } from '../lib/rules';
import type { ErrorCode } from '../lib/view/text';
import { TokenProviderError } from './token';

export type FailureCode = SeatApiErrorCode | 'attributes' | 'token-provider' | 'unknown';

/** A failure as the event reports it (`code`, English `message`) and as the panel words it (`shown`). */
export interface Failure {
  code: FailureCode;
  message: string;
  shown: ErrorCode | FailureCode;
}

// In a portal the extension's advice ("check seatguard's options") is wrong: these get the widget's own words.
// A 401 (or a failing tokenProvider) may pass with a fresh token; the others are set-up problems that no refresh
// mends: 403 (a wrong tenant id, or a token for another tenant: the API does not say which), 404, bad attributes.
const SHOWN: Partial<Record<FailureCode, ErrorCode>> = {
  unauthorized: 'widget-token',
  forbidden: 'widget-setup',
  'token-provider': 'widget-token',
  'not-found': 'widget-setup',
  config: 'widget-setup',
  attributes: 'widget-setup',
};

export function failure(code: FailureCode, message: string): Failure {
  return { code, message, shown: SHOWN[code] ?? code };
}

export function failureOf(error: unknown): Failure {
  if (isSeatApiError(error)) return failure(error.code, error.message);
  if (error instanceof TokenProviderError) return failure('token-provider', error.message);
  if (error instanceof RulesInputError) {
    return failure('invalid-response', `The Seat API sent facts the rules cannot read: ${error.message}`);
  }
  return failure('unknown', error instanceof Error ? error.message : String(error));
}
