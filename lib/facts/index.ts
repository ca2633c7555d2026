export {
  type Facts,
  FactsCache,
  type FactsCacheOptions,
  type FactsFetch,
  type FactsStore,
  type Loaded,
  type LoadOptions,
  SETTLING_MS,
} from './cache';
