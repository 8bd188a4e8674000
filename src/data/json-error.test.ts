import { expect } from '@open-wc/testing';
import { findJsonError, type JsonError } from './json-error.js';

const at = (text: string): Pick<JsonError, 'line' | 'column' | 'problem' | 'found'> | undefined => {
  const error = findJsonError(text);
  // The engine agrees that the text is not JSON.
  expect(() => JSON.parse(text), text).to.throw(SyntaxError);
  return error && { line: error.line, column: error.column, problem: error.problem, found: error.found };
};

describe('findJsonError', () => {
  it('finds nothing wrong with JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [true, false, null, -1.5e3, 0, "\\u00e9\\n\\"", {}]} ', '"x"', '12']) {
      expect(findJsonError(text), text).to.equal(undefined);
    }
  });

  it('says where a value, a name, a colon or a comma belongs', () => {
    expect(at('{\n  "version": 1,\n  "municipalities": [}\n}')).to.deep.equal({ line: 3, column: 22, problem: 'value', found: '}' });
    expect(at('{"a": tru}')).to.deep.equal({ line: 1, column: 7, problem: 'value', found: 'tru' });
    expect(at('{"a": .5}')).to.deep.equal({ line: 1, column: 7, problem: 'value', found: '.' });
    expect(at("{'a': 1}")).to.deep.equal({ line: 1, column: 2, problem: 'name', found: "'" });
    expect(at('{"a" 1}')).to.deep.equal({ line: 1, column: 6, problem: 'colon', found: '1' });
    expect(at('[1 2]')).to.deep.equal({ line: 1, column: 4, problem: 'comma-array', found: '2' });
    expect(at('{"a": 1 "b": 2}')).to.deep.equal({ line: 1, column: 9, problem: 'comma-object', found: '"' });
  });

  it('points at a comma right before } or ]', () => {
    expect(at('{"a": 1,\n}')).to.deep.equal({ line: 1, column: 8, problem: 'trailing-comma', found: ',' });
    expect(at('{"a": [1, 2, ]}')).to.deep.equal({ line: 1, column: 12, problem: 'trailing-comma', found: ',' });
  });

  it('finds line breaks and stray backslashes in texts, and numbers JSON does not write', () => {
    expect(at('{"a": "x\ny"}')).to.deep.equal({ line: 1, column: 9, problem: 'control', found: '\n' });
    expect(at('{"a": "\\q"}')).to.deep.equal({ line: 1, column: 8, problem: 'escape', found: '\\' });
    expect(at('{"a": "\\u12"}')).to.deep.equal({ line: 1, column: 8, problem: 'escape', found: '\\' });
    expect(at('{"a": 01}')).to.deep.equal({ line: 1, column: 7, problem: 'number', found: '0' });
    expect(at('{"a": 1.}')).to.deep.equal({ line: 1, column: 7, problem: 'number', found: '1' });
    expect(at('{"a": -x}')).to.deep.equal({ line: 1, column: 7, problem: 'number', found: '-' });
  });

  it('says when the text ends in the middle, pointing after its last character, and when more follows the end', () => {
    expect(at('{"version": 1, "municipalities": [\n\n')).to.deep.equal({ line: 1, column: 35, problem: 'end', found: undefined });
    for (const text of ['', '{"a": "x', '{"a": "\\', '{"a": "\\u00', '[1,', '-', '{"a"']) {
      expect(at(text)?.problem, text).to.equal('end');
    }
    expect(at('{"a": 1} x')).to.deep.equal({ line: 1, column: 10, problem: 'after', found: 'x' });
  });

  it('counts columns in characters, not in code units', () => {
    expect(at('["😀é" x]')).to.deep.equal({ line: 1, column: 7, problem: 'comma-array', found: 'x' });
  });
});
