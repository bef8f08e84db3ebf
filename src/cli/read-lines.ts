import { createInterface } from 'node:readline';

/** Reads a stream line by line (UTF-8), yielding each line with its 1-based number. */
export async function* readLines(stream: NodeJS.ReadableStream): AsyncGenerator<{ line: string; number: number }> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const line of rl) {
    number++;
    yield { line: number === 1 ? line.replace(/^\uFEFF/, '') : line, number };
  }
}
