import { describe, expect, it } from 'vitest';
import { countWords, MASK, SPECIAL_TOKENS, trainWordPiece, UNK, WordPieceTokenizer, words } from './wordpiece';

const corpus = ['Ann visited Ohio on Monday .', 'Bob visited Ohio on Tuesday .', 'Ann joined Ohio Bank .', 'Annabel visited Texas .'];

describe('WordPiece', () => {
  it('splits words from punctuation, keeping case', () => {
    expect(words("Ann's bank, Ohio.")).toEqual(['Ann', "'", 's', 'bank', ',', 'Ohio', '.']);
  });

  it('learns frequent words whole and rare ones in pieces, special tokens first, the same vocabulary every time', () => {
    const counts = countWords(corpus);
    const vocabulary = trainWordPiece(counts, { vocabularySize: 60 });
    expect(vocabulary.tokens.slice(0, SPECIAL_TOKENS.length)).toEqual([...SPECIAL_TOKENS]);
    expect(vocabulary.tokens[MASK]).toBe('[MASK]');
    expect(vocabulary.tokens).toContain('visited');
    expect(vocabulary.tokens.length).toBeLessThanOrEqual(60);
    expect(trainWordPiece(countWords(corpus), { vocabularySize: 60 })).toEqual(vocabulary);
  });

  it('encodes greedily, longest piece first, continuing pieces marked ##, and an unknown character makes the word [UNK]', () => {
    const tokenizer = new WordPieceTokenizer({ tokens: [...SPECIAL_TOKENS, 'A', 'Ann', '##a', '##abel', '##bel', 'b'] });
    expect(tokenizer.encodeWord('Annabel').map((id) => tokenizer.vocabulary.tokens[id])).toEqual(['Ann', '##abel']);
    expect(tokenizer.encodeWord('Anx')).toEqual([UNK]);
    expect(tokenizer.decode(tokenizer.encode('Annabel'))).toBe('Annabel');
  });

  it('covers every word of its corpus without [UNK]', () => {
    const tokenizer = new WordPieceTokenizer(trainWordPiece(countWords(corpus), { vocabularySize: 40 }));
    for (const line of corpus) expect(tokenizer.encode(line)).not.toContain(UNK);
    expect(tokenizer.decode(tokenizer.encode(corpus[3]!))).toBe('Annabel visited Texas .');
  });
});
