// What can be wrong in the JSON of a .fbbatch file, as found by the parser (tree.ts).

export type JsonSyntaxErrorKind =
  | 'InvalidSymbol'
  | 'PropertyNameExpected'
  | 'ValueExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'EndOfFileExpected'
  | 'UnexpectedEndOfComment'
  | 'UnexpectedEndOfString'
  | 'UnexpectedEndOfNumber'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter'
  /** Ours, not jsonc-parser's: nesting past MAX_DEPTH, which no batch file needs, is skipped unread. */
  | 'NestedTooDeeply';

export interface JsonSyntaxError {
  readonly kind: JsonSyntaxErrorKind;
  readonly offset: number;
  readonly length: number;
}
