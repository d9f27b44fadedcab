/**
 * The one error class parallign throws. `code` is stable and meant for programs; `message` is meant for
 * people and names the input and the problem ("source.txt: not UTF-8 text (invalid byte at offset 1043)").
 */
export type ParallignErrorCode =
  | 'USAGE'
  | 'NOT_FOUND'
  | 'NOT_A_FILE'
  | 'UNREADABLE'
  | 'BINARY_INPUT'
  | 'INVALID_ENCODING'
  | 'INVALID_INPUT'
  | 'UNSAFE_XML'
  | 'TOO_LARGE'
  | 'UNWRITABLE';

export class ParallignError extends Error {
  readonly code: ParallignErrorCode;

  constructor(code: ParallignErrorCode, message: string) {
    super(message);
    this.name = 'ParallignError';
    this.code = code;
  }
}
