/**
 * Where a command writes and what it may read from its surroundings. main() takes one, so tests
 * can run commands in-process and capture their output.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Relative --workspace paths resolve against this. */
  cwd: string;
  /** Resolves (with the signal's name) when a long-running command such as serve should stop. */
  waitForShutdown(): Promise<string>;
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const signals = ['SIGINT', 'SIGTERM'] as const;
    const onSignal = (signal: string) => {
      for (const name of signals) process.off(name, onSignal);
      resolve(signal);
    };
    for (const name of signals) process.on(name, onSignal);
  });
}

export function processIo(): CliIo {
  // `csm accounts --json | head` closes the pipe early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    waitForShutdown: waitForSignal,
  };
}
