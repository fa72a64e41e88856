// The parser's syntax errors in plain words, each saying what to do.
import type { JsonSyntaxError, JsonSyntaxErrorKind } from './json/errors';
import type { SyntaxProblem } from './model';

const MESSAGES: Readonly<Record<JsonSyntaxErrorKind, string>> = {
  InvalidSymbol: 'Unexpected text here: a value, a "key": value pair, "," or a closing bracket was expected.',
  PropertyNameExpected: 'A property name in double quotes is expected here, e.g. "method".',
  ValueExpected: 'A value is expected here: a "string", a number, true, false, null, an object or an array.',
  ColonExpected: 'A colon is expected after the property name: "key": value.',
  CommaExpected: 'A comma is expected between two entries.',
  CloseBraceExpected: 'This object is not closed: add a "}".',
  CloseBracketExpected: 'This array is not closed: add a "]".',
  EndOfFileExpected: 'Nothing may follow the top-level value: remove the extra text or wrap everything in one array.',
  UnexpectedEndOfComment: 'This block comment is not closed: add "*/".',
  UnexpectedEndOfString: 'This string is not closed: add the closing double quote on the same line.',
  UnexpectedEndOfNumber: 'This number is cut short: add the missing digits.',
  InvalidUnicode: 'A \\u escape needs exactly four hexadecimal digits, e.g. \\u00e9.',
  InvalidEscapeCharacter: 'This escape is not valid in JSON: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX.',
  InvalidCharacter: 'This character is not allowed inside a string: escape it (a tab as \\t, a line break as \\n).',
  NestedTooDeeply: 'This value is nested too deeply to be checked: a batch file needs only a few levels of brackets.',
};

export function toSyntaxProblem(error: JsonSyntaxError): SyntaxProblem {
  return { message: MESSAGES[error.kind], range: { start: error.offset, end: error.offset + error.length } };
}
