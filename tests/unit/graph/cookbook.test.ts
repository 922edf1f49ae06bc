import { describe, expect, it } from 'vitest';
import { parseCookbook } from '../../../graph/cookbook.js';

describe('parseCookbook', () => {
  it.each([
    {
      name: 'numbered questions with their cypher block',
      markdown: '# T\n\n## 1. Who?\n\n```cypher\nMATCH (n) RETURN n\n```\n\ntext\n\n## 2. Where?\n\ntext\n\n```cypher\nRETURN 1\n```\n',
      expected: [
        { number: 1, question: 'Who?', cypher: 'MATCH (n) RETURN n' },
        { number: 2, question: 'Where?', cypher: 'RETURN 1' },
      ],
    },
    { name: 'a heading without a block is skipped', markdown: '## 1. Empty\n\nno query\n\n## 2. Q\n```cypher\nRETURN 2\n```', expected: [{ number: 2, question: 'Q', cypher: 'RETURN 2' }] },
    { name: 'other code blocks are not queries', markdown: '## 3. Shell\n```sh\nnpx newsgraph\n```\n', expected: [] },
  ])('$name', ({ markdown, expected }) => {
    expect(parseCookbook(markdown)).toEqual(expected);
  });
});
