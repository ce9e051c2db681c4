import { parseCommandArgs, type OptionsConfig, type OptionValues } from './args';
import { EXIT_OK } from './errors';
import type { CliIo } from './io';

const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

export interface CommandSpec<O extends OptionsConfig> {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis after "csm ", e.g. "accounts [--workspace PATH] [--json]". */
  usage: string;
  /** Lines explaining the options, shown by `csm help <name>`. */
  details?: string[];
  options: O;
  /** How many positional arguments the command takes (default none). */
  maxPositionals?: number;
  run(args: { values: OptionValues<O>; positionals: string[] }, io: CliIo): Promise<number>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  details: string[];
  /** Parses argv (throwing UsageError) and runs; resolves with the exit code. */
  execute(argv: string[], io: CliIo): Promise<number>;
}

export function helpText(command: Command): string {
  const lines = [`usage: csm ${command.usage}`, '', command.summary];
  if (command.details.length > 0) lines.push('', ...command.details.map((line) => `  ${line}`));
  return lines.join('\n') + '\n';
}

/** A command from its spec: option parsing, `--help` and usage errors come for free. */
export function defineCommand<const O extends OptionsConfig>(spec: CommandSpec<O>): Command {
  const command: Command = {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    details: spec.details ?? [],
    async execute(argv, io) {
      const options = { ...spec.options, ...helpOption };
      const { values, positionals } = parseCommandArgs(spec.name, argv, options, spec.maxPositionals ?? 0);
      if ((values as { help?: boolean }).help) {
        io.stdout(helpText(command));
        return EXIT_OK;
      }
      return spec.run({ values: values as OptionValues<O>, positionals }, io);
    },
  };
  return command;
}
