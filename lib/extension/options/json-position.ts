// JSON.parse names no position for many errors ("Unexpected token '}', … is not valid JSON"), so on failure
// this scanner finds where the text stops being JSON (RFC 8259), the same on every engine.

class Stop {
  constructor(readonly at: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPES = '"\\/bfnrt';
const WORDS = ['true', 'false', 'null'];

/** Index of the first character where `text` is not JSON, `text.length` when it ends too early, -1 when valid. */
export function jsonErrorIndex(text: string): number {
  let i = 0;
  const stop = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const consume = (char: string) => {
    space();
    if (text.charAt(i) !== char) stop();
    i++;
  };
  const matches = (pattern: RegExp) => {
    pattern.lastIndex = i;
    return pattern.exec(text)?.[0] ?? stop();
  };

  function escapeSequence(): void {
    const next = text.charAt(i + 1);
    if (next === 'u') {
      i += 2;
      i += matches(HEX4).length;
      return;
    }
    if (next === '' || !ESCAPES.includes(next)) {
      i++;
      stop();
    }
    i += 2;
  }

  function string(): void {
    consume('"');
    for (let char = text.charAt(i); char !== '"'; char = text.charAt(i)) {
      if (char === '' || char < ' ') stop();
      if (char === '\\') escapeSequence();
      else i++;
    }
    i++;
  }

  function list(close: string, item: () => void): void {
    i++;
    space();
    if (text.charAt(i) === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text.charAt(i) === close) break;
      consume(',');
    }
    i++;
  }

  function member(): void {
    string();
    consume(':');
    value();
  }

  function value(): void {
    space();
    const char = text.charAt(i);
    if (char === '{') list('}', member);
    else if (char === '[') list(']', value);
    else if (char === '"') string();
    else {
      const word = WORDS.find((w) => text.startsWith(w, i));
      i += word ? word.length : matches(NUMBER).length;
    }
  }

  try {
    value();
    space();
    if (i < text.length) stop();
    return -1;
  } catch (error) {
    if (error instanceof Stop) return error.at;
    throw error;
  }
}

/** 1-based line and column of an index, counting columns in UTF-16 units like editors' JSON views. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  const lines = text.slice(0, index).split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
