// The bundled CLI's entry: run, then exit with the command's code. A standard stream that
// cannot be written (a closed pipe, a full disk behind `> file`) ends as a message, not a crash.
import { describeFsError, holdOptimizingCompilers } from '@slipway/core';
import { EXIT } from './command.js';
import { main } from './main.js';

// A command is a short process, as a step is: V8's optimizing compilers wait for its first second.
holdOptimizingCompilers();

let stdoutError: NodeJS.ErrnoException | undefined;
process.stdout.on('error', (error: NodeJS.ErrnoException) => void (stdoutError ??= error));
// stderr is where a failure would be told; if it cannot be written there is no one to tell.
process.stderr.on('error', () => undefined);

const write = (stream: NodeJS.WriteStream, text: string): void => {
  if (stream === process.stdout && stdoutError) return;
  stream.write(text);
};

const code = await main(process.argv.slice(2), {
  stdout: (t) => write(process.stdout, t),
  stderr: (t) => write(process.stderr, t),
  env: process.env,
  cwd: process.cwd(),
});
// Wait for what was written to reach the file or pipe, so a write error is known before exiting.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
if (stdoutError && stdoutError.code !== 'EPIPE') {
  process.stderr.write(`slipway: cannot write to standard output: ${describeFsError(stdoutError)} (${stdoutError.code ?? 'error'})\n`);
  process.exitCode = code === EXIT.ok ? EXIT.usage : code;
} else {
  // A reader that went away early (`| head`) is not a failure of the command.
  process.exitCode = code;
}
