/** A command's input: text consumed as it is read (so successive `read`s see successive lines). */
export class Input {
  private pos = 0;

  constructor(private readonly text: string) {}

  readAll(): string {
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest;
  }

  /** The next line without its newline; undefined at end of input. */
  readLine(): string | undefined {
    if (this.pos >= this.text.length) return undefined;
    const end = this.text.indexOf('\n', this.pos);
    const line = this.text.slice(this.pos, end === -1 ? undefined : end);
    this.pos = end === -1 ? this.text.length : end + 1;
    return line;
  }
}

export type Writer = (chunk: string) => void;

/** The three standard streams of a command. */
export interface Io {
  stdin: Input;
  stdout: Writer;
  stderr: Writer;
  /** Output goes to a pipe (yes, ls one-per-line): producers may stop early. */
  stdoutIsPipe: boolean;
}

/** Collects what a command writes (pipes, $(...)). */
export function collector(): { writer: Writer; text: () => string } {
  const chunks: string[] = [];
  return { writer: (chunk) => chunks.push(chunk), text: () => chunks.join('') };
}
