export { startServer, LOOPBACK, type RunningServer, type ServerOptions } from './server';
