export {
  type Facts,
  FactsCache,
  type FactsCacheOptions,
  type FactsFetch,
  type FactsStore,
  type Loaded,
  type LoadOptions,
  QUIET_MS,
  SETTLING_MS,
} from './cache';
