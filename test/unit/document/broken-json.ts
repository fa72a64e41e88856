// JSON texts broken in every way the parser recovers from, shared by the tests that hold the own
// parser and reader to jsonc-parser's answers.
export const BROKEN_JSON: readonly string[] = [
  '', '   ', '// only a comment', '[', '[{"method"', '[{"method":', '[{"method": "GE', '[{"method": "GET",',
  '[1, -, -1, 1., 1.5e, 1e+5, 0123, -0, tru, true, nul, "a\tb", "\\q", "\\u12", "x\n"]',
  '{"a" "b": 1}', '{"a": ]}', '{ 1 }', '{,}', '[,]', '[1,,2]', '{"a":1,,"b":2}', '[1,]', '{"a":1,}',
  '[] x', '[] ]', '{"a":}', '{"a"}', '{"a":1 "b":2}', '// c\n[/* x */1]', '[1 / 2]', '"s"', '12',
  '[{"a": {"b": [1, {"c"', '{"a": 1}}', '[1e]', '[-x]', '[.5]', '[1.e5]', '}}}]]]', ',,,', '/* open', '"\\',
];
