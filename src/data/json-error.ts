/**
 * Where text stops being JSON, and why, the same in every engine (their own messages differ, and
 * not all say where). For the data checker, which runs it only on text that `JSON.parse` refused.
 */

/** What was wrong at the spot. */
export type JsonProblem =
  | 'end' // the text ends in the middle of the data
  | 'value' // a value belongs here
  | 'name' // a name in double quotes belongs here (in an object)
  | 'colon' // a colon belongs after a name
  | 'comma-array' // a comma or ] belongs here
  | 'comma-object' // a comma or } belongs here
  | 'trailing-comma' // a comma right before } or ]
  | 'control' // a line break or tab inside a text
  | 'escape' // a backslash that starts no escape
  | 'number' // a number that JSON does not write so
  | 'after'; // something after the end of the data

export interface JsonError {
  /** Index into the text (UTF-16 code units). */
  offset: number;
  /** Line and column, both from 1; a column counts characters (code points) on its line. */
  line: number;
  column: number;
  problem: JsonProblem;
  /** What stands there: a word, or one character; nothing at the end. */
  found?: string;
}

/** The first place `text` is not JSON, or `undefined` when it is. */
export function findJsonError(text: string): JsonError | undefined {
  let i = 0;
  const fail = (problem: JsonProblem, at = i): never => {
    throw { at, problem };
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  /** The next character that is not white space; the text may not end before it. */
  const next = () => {
    space();
    if (i >= text.length) fail('end');
    return text[i];
  };
  let comma = 0;
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail('end');
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail('control');
      if (c === '\\') {
        const next = text[i + 1];
        if (next === undefined) fail('end');
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 6 > text.length ? 'end' : 'escape');
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next)) fail('escape');
        i += 2;
        continue;
      }
      i++;
    }
  };
  const value = (): void => {
    const c = next();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      if (next() === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          const k = next();
          if (k !== '"') fail(k === '}' ? 'trailing-comma' : 'name', k === '}' ? comma : i);
          string();
          if (next() !== ':') fail('colon');
          i++;
        } else if (next() === ']') fail('trailing-comma', comma);
        value();
        const after = next();
        if (after === close) {
          i++;
          return;
        }
        if (after !== ',') fail(c === '{' ? 'comma-object' : 'comma-array');
        comma = i++;
      }
    }
    if (c === '"') return string();
    const rest = text.slice(i);
    const word = /^(true|false|null)/.exec(rest);
    if (word) {
      i += word[0].length;
      return;
    }
    if (/^[-0-9]/.test(c)) {
      const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(rest);
      if (!number) fail(rest === '-' ? 'end' : 'number');
      const start = i;
      i += number![0].length;
      if (/^[0-9.eE]/.test(text.slice(i))) fail('number', start);
      return;
    }
    fail('value');
  };

  try {
    value();
    space();
    if (i < text.length) fail('after');
    return undefined;
  } catch (thrown) {
    const { problem } = thrown as { problem: JsonProblem };
    // The end of the data is where the last character stands, not after the blank lines below it.
    const at = problem === 'end' ? text.trimEnd().length : (thrown as { at: number }).at;
    const before = text.slice(0, at).split('\n');
    return {
      offset: at,
      line: before.length,
      column: [...before.at(-1)!].length + 1,
      problem,
      // A word (`tru`, `None`) whole, else one character.
      found: problem === 'end' ? undefined : (/^[A-Za-z_]+/.exec(text.slice(at))?.[0] ?? String.fromCodePoint(text.codePointAt(at)!)),
    };
  }
}
