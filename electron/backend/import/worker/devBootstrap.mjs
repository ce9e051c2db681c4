// The import worker from source: tsx compiles the TypeScript inside the worker thread (a
// worker does not inherit the parent's loader). The packaged app runs its bundled worker.
import { register } from 'tsx/esm/api';

register();
await import('./importWorker.ts');
