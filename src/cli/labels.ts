import type { Format } from './args.js';
import type { InputFile, Inputs } from './input.js';

/**
 * Whether each output on standard output is named by its input: when there are several files, or a folder
 * was given (as `grep -r` names files), so a script reading `dechaff pages/` gets one shape of output
 * however many files the folder holds.
 * @example namesOutputs(await expandInputs(['a.txt', 'b.txt'])) // true
 */
export const namesOutputs = (inputs: Inputs): boolean => inputs.files.length > 1 || inputs.folders.length > 0;

/**
 * One input's output among several on standard output. Text and Markdown follow a `==> name <==` line, as
 * head(1) writes them; JSON (rendered on one line) becomes a JSON Lines record of the file and the article
 * under `outField`, the shape `--jsonl` writes, so the whole output parses. `index` counts the outputs
 * written before this one.
 * @example labelOutput(file, '{"title":"…"}\n', 0, 'json', 'dechaff') // '{"file":"a.txt","dechaff":{"title":"…"}}\n'
 */
export function labelOutput(file: InputFile, output: string, index: number, format: Format, outField: string): string {
  if (format === 'json') {
    return `{"file":${JSON.stringify(file.path)},${JSON.stringify(outField)}:${output.trimEnd()}}\n`;
  }
  return `${index > 0 ? '\n' : ''}==> ${file.name} <==\n${output}`;
}
