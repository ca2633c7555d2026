export {
  createSeatApi,
  type SearchOptions,
  type SeatApi,
  type SeatsOptions,
  type SeatsResult,
} from './client';
export type { SeatApiOptions } from './config';
export {
  isSeatApiError,
  SeatApiError,
  type SeatApiErrorCode,
  type SeatApiErrorDetails,
  toSeatApiError,
} from './errors';
export * from './schemas';
