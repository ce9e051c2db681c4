// What `npm start` / `npm run serve` will do, decided from the arguments and from whether an
// Electron binary is present. Pure, so it is tested without spawning anything.

export const USAGE = 'usage: npm start -- [--workspace FILE] [--port N] [--browser]';

export const NO_ELECTRON_NOTICE =
  'Electron is not available on this machine (no Electron binary); starting the browser build instead.';

/**
 * @param {readonly string[]} argv  the arguments after `node scripts/start.mjs`
 * @returns {{ browser: boolean, dryRun: boolean, workspace: string | null, port: string | null }}
 * @throws Error with a one-line message naming the bad argument
 */
export function parseStartArgs(argv) {
  const options = { browser: false, dryRun: false, workspace: null, port: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const takeValue = () => {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        throw new Error(`${flag} needs a value. ${USAGE}`);
      }
      return value;
    };
    if (flag === '--browser' && inline === undefined) options.browser = true;
    else if (flag === '--dry-run' && inline === undefined) options.dryRun = true;
    else if (flag === '--workspace') options.workspace = takeValue();
    else if (flag === '--port') {
      const port = takeValue();
      if (!/^\d+$/.test(port) || Number(port) > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${port}". ${USAGE}`);
      options.port = port;
    } else throw new Error(`Unknown argument "${arg}". ${USAGE}`);
  }
  return options;
}

/**
 * @param {{ browser: boolean, workspace: string | null, port: string | null }} options
 * @param {import('./electronBinary.mjs').ElectronDetection} electron
 */
export function planStart(options, electron) {
  if (!options.browser && electron.found) {
    const appArgs = options.workspace ? ['--workspace', options.workspace] : [];
    return { mode: 'electron', notice: null, binary: electron.binary, electronVersion: electron.version, appArgs };
  }
  const serveArgs = ['serve'];
  // The CLI chooses the default workspace itself; pass one only when the user gave it.
  if (options.workspace) serveArgs.push('--workspace', options.workspace);
  serveArgs.push('--if-missing', 'demo');
  if (options.port) serveArgs.push('--port', options.port);
  return { mode: 'browser', notice: options.browser ? null : NO_ELECTRON_NOTICE, serveArgs };
}
