import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

// The builder thread starts here in plain JavaScript and loads its TypeScript through tsx, as npm start does.
await tsImport(workerData.module, import.meta.url);
