import { findCommand, COMMANDS } from './commands';
import { commandList } from './commands/help';
import { describeFailure, EXIT_OK, UsageError } from './errors';
import { processIo, type CliIo } from './io';

/**
 * The `csm` command line. Resolves with the exit code: 0 done, 1 the work failed, 2 the
 * command line was wrong. Every failure is one line on stderr, never a stack trace
 * (set CSM_DEBUG=1 to see the stack of an unexpected error).
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h') {
      io.stdout(commandList(COMMANDS));
      return EXIT_OK;
    }
    const command = findCommand(name);
    if (!command) {
      throw new UsageError(
        name.startsWith('-')
          ? `expected a command before ${name}; run \`csm help\` to see the commands`
          : `unknown command "${name}"; run \`csm help\` to see the commands`,
      );
    }
    return await command.execute(rest, io);
  } catch (error) {
    const { line, exitCode } = describeFailure(error);
    io.stderr(line + '\n');
    if (io.env.CSM_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    return exitCode;
  }
}
