require('tsx/cjs/api').register();
require('./csvReaderWorker.ts');
