import { defineCommand, helpText, type Command } from '../command';
import { EXIT_OK, UsageError } from '../errors';

export function commandList(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'usage: csm <command> [options]',
    '',
    'CSM Workbench on the command line. Commands:',
    ...lines,
    '',
    'Run `csm help <command>` for its options.',
  ].join('\n') + '\n';
}

/** `csm help [command]`; takes the list lazily because it is part of that list. */
export function createHelpCommand(getCommands: () => readonly Command[]): Command {
  return defineCommand({
    name: 'help',
    summary: 'Show the commands, or one command\'s options.',
    usage: 'help [COMMAND]',
    options: {},
    maxPositionals: 1,
    async run({ positionals }, io) {
      const [name] = positionals;
      if (name === undefined) {
        io.stdout(commandList(getCommands()));
        return EXIT_OK;
      }
      const command = getCommands().find((candidate) => candidate.name === name);
      if (!command) throw new UsageError(`unknown command "${name}"; run \`csm help\` to see the commands`);
      io.stdout(helpText(command));
      return EXIT_OK;
    },
  });
}
