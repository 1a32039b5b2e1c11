/** A script the shell cannot parse; `token` is what it met ("fi", "end of file"). */
export class ShellSyntaxError extends Error {
  override readonly name = 'ShellSyntaxError';

  constructor(
    readonly token: string,
    readonly kind: 'unexpected' | 'unterminated-quote' | 'bad-substitution',
  ) {
    super(
      kind === 'unexpected'
        ? `syntax error: unexpected "${token}"`
        : kind === 'bad-substitution'
          ? `${token}: bad substitution`
          : 'syntax error: unterminated quoted string',
    );
  }
}
