import { describe, expect, it } from 'vitest';
import { jsonErrorIndex, lineColumn } from '../../../../lib/extension/options/json-position';

describe('jsonErrorIndex', () => {
  it.each([
    '{}',
    '[]',
    ' { "a" : [1, -2.5e+3, 0, true, false, null, "x\\n\\u00e9\\"" ] } ',
    '"just a string"',
    '42',
    '{"nested": {"deep": [[{}]]}}',
  ])('accepts %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorIndex(text)).toBe(-1);
  });

  it.each([
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['[1,]', 3],
    ["{'a': 1}", 1],
    ['{"a": 01}', 7],
    ['{"a": tru}', 6],
    ['"tab\there"', 4],
    ['"bad \\x escape"', 6],
    ['"\\u12G4"', 3],
    ['{"a": 1} x', 9],
    ['', 0],
    ['   ', 3],
    ['[{"id": "a"', 11],
    ['"open', 5],
    ['-', 0],
  ])('finds the error in %j at %i, like JSON.parse would', (text, index) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorIndex(text)).toBe(index);
  });
});

describe('lineColumn', () => {
  it.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\nbc', 3, { line: 2, column: 2 }],
    ['a\n\n', 3, { line: 3, column: 1 }],
  ])('%j at %i', (text, index, expected) => {
    expect(lineColumn(text, index)).toEqual(expected);
  });
});
