/**
 * The `dechaff` command (built to `dist/cli.js`). Exit status: 0 when every record was cleaned, 1 when some
 * failed or the run could not finish, 2 for a usage error, killed by SIGPIPE when the reader of its output went
 * away; every error is one line on standard error.
 */
import pkg from '../../package.json' with { type: 'json' };
import { parseCliArgs, topicOf } from './args.js';
import { runClean } from './clean-command.js';
import { colorFor, paint } from './color.js';
import { dieOfSignal } from './die-of-signal.js';
import { foregroundCheck } from './foreground.js';
import { HELP, helpCommand } from './help.js';
import { onInterrupt } from './interrupt-cleanup.js';
import { runLearn } from './learn-command.js';
import { printable } from './printable.js';
import { StatusLine, showsProgress } from './progress.js';
import { onSuspend } from './suspend.js';
import { UsageError } from './usage-error.js';
import { watchStops } from './watch-stops.js';

/** Standard error's status line once a run has one, so that whatever ends the run can take its progress line away. */
let status: StatusLine | undefined;

async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') process.stdout.write(HELP[args.topic]);
    if (args.command === 'version') process.stdout.write(`${pkg.version}\n`);
    if (args.command !== 'clean' && args.command !== 'learn') return 0;
    const color = colorFor(process.stderr);
    const toStdout = args.command === 'clean' ? args.outDir === undefined : args.out === undefined;
    const bar = showsProgress(process.stderr, process.stdout, { quiet: args.quiet, toStdout });
    const line = new StatusLine(process.stderr, { bar, color, foreground: foregroundCheck() });
    status = line;
    // Why: Ctrl-C or Ctrl-Z in the middle of a run left the bar on the terminal, the shell's prompt after it; and
    // without a bar, the time stopped with Ctrl-Z (or `kill -STOP`) counted in the summary's duration and rate.
    const undo = [onSuspend(line), watchStops(line.clock), ...(bar ? [onInterrupt(() => line.stop())] : [])];
    const code = args.command === 'clean' ? await runClean(args, line) : await runLearn(args, line);
    for (const done of undo) done();
    return code;
  } catch (error) {
    status?.stop();
    const usage = error instanceof UsageError;
    const message = printable(String(error instanceof Error ? error.message : error).split('\n')[0] ?? '');
    complain(`${message}${usage ? ` (see '${helpCommand(topicOf(argv))}')` : ''}`);
    return usage ? 2 : 1;
  }
}

/** Writes one line of error on standard error, after a `dechaff:` that is red on a terminal. */
function complain(message: string): void {
  process.stderr.write(`${paint('dechaff:', 'red', colorFor(process.stderr))} ${message}\n`);
}

// Why: when the reader of our output goes away (`dechaff … | head`), stop at once and quietly, as cat and grep
// do (killed by SIGPIPE, status 141 in a shell); any other failure to write (a full disk) must not pass for
// success. A standard output closed by the shell (`>&-`) never fails: Node has reopened it on /dev/null before
// this runs, indistinguishable from `>/dev/null`.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  status?.stop();
  if (error.code === 'EPIPE') dieOfSignal('SIGPIPE');
  complain(`cannot write standard output (${error.code ?? error.message})`);
  process.exit(1);
});
// Why: a reader of the messages that went away (`2> >(head -1)`) ends the run as one of the output does; a
// message that cannot be written elsewhere (a full disk) has nowhere to be reported, so the run goes on.
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') dieOfSignal('SIGPIPE');
});

process.exitCode = await main(process.argv.slice(2));
