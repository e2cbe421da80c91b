/**
 * A WordPiece subword tokenizer (Wu et al., 2016; as in BERT), trained on a corpus of our own. Training starts from
 * characters (a word's first character as is, later ones as `##c`) and repeatedly merges the most frequent adjacent
 * pair, as byte-pair encoding does (and Hugging Face's WordPiece trainer), until the vocabulary is full: frequent
 * words end whole, rare ones in pieces.
 * Encoding is greedy longest-match-first per word; a word with no match is [UNK]. Case is kept: for entities, a
 * capital letter is evidence. Pure: no I/O, the vocabulary is saved with the model as JSON.
 */

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
export const PAD = 0;
export const UNK = 1;
export const CLS = 2;
export const SEP = 3;
export const MASK = 4;

const WORD = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
/** Longer words are one [UNK]: they are rare, and the greedy match is quadratic in their length. */
const MAX_WORD_CHARACTERS = 100;

/** Splits text into words (letters and digits) and single punctuation marks, before subwords. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface WordPieceVocabulary {
  /** Index = token id; the special tokens come first. */
  tokens: string[];
}

export interface TrainOptions {
  vocabularySize: number;
  /** Words seen fewer times than this do not take part in merges (their characters still enter the alphabet). */
  minFrequency?: number;
}

/** Learns a vocabulary from words and how often each was seen. */
export function trainWordPiece(counts: Map<string, number>, { vocabularySize, minFrequency = 2 }: TrainOptions): WordPieceVocabulary {
  const tokens: string[] = [...SPECIAL_TOKENS];
  const idOf = new Map<string, number>(tokens.map((t, i) => [t, i]));
  const intern = (piece: string) => {
    if (!idOf.has(piece)) (idOf.set(piece, tokens.length), tokens.push(piece));
    return idOf.get(piece)!;
  };
  const entries: { parts: number[]; count: number }[] = [];
  for (const [word, count] of counts) {
    if (word.length > MAX_WORD_CHARACTERS) continue;
    const parts = [...word].map((c, i) => intern(i === 0 ? c : `##${c}`));
    if (count >= minFrequency && parts.length > 1) entries.push({ parts, count });
  }
  // Pair counts are kept up to date as merges change words, rather than recounted each round.
  const key = (a: number, b: number) => a * 2 ** 20 + b;
  const pairCounts = new Map<number, number>();
  const pairEntries = new Map<number, Set<number>>();
  const account = (e: number, sign: 1 | -1) => {
    const { parts, count } = entries[e]!;
    for (let i = 1; i < parts.length; i++) {
      const k = key(parts[i - 1]!, parts[i]!);
      pairCounts.set(k, (pairCounts.get(k) ?? 0) + sign * count);
      if (sign > 0) (pairEntries.get(k) ?? pairEntries.set(k, new Set()).get(k)!).add(e);
    }
  };
  entries.forEach((_, e) => account(e, 1));
  while (tokens.length < vocabularySize) {
    let best = -1;
    let bestCount = 0;
    // Ties go to the smaller key (earlier pieces): training is deterministic.
    for (const [k, count] of pairCounts)
      if (count > bestCount || (count === bestCount && count > 0 && k < best)) ((best = k), (bestCount = count));
    if (best < 0) break;
    const a = Math.floor(best / 2 ** 20);
    const b = best % 2 ** 20;
    const merged = intern(tokens[a]! + tokens[b]!.slice(2));
    for (const e of pairEntries.get(best)!) {
      account(e, -1);
      const parts = entries[e]!.parts;
      for (let i = 1; i < parts.length; i++) if (parts[i - 1] === a && parts[i] === b) parts.splice(i - 1, 2, merged);
      account(e, 1);
    }
    pairCounts.delete(best);
    pairEntries.delete(best);
  }
  return { tokens };
}

/** Word → subword ids, with a cache: corpora repeat their words. */
export class WordPieceTokenizer {
  private readonly ids: Map<string, number>;
  private readonly cache = new Map<string, number[]>();
  private readonly longest: number;

  constructor(readonly vocabulary: WordPieceVocabulary) {
    this.ids = new Map(vocabulary.tokens.map((t, i) => [t, i]));
    this.longest = Math.max(...vocabulary.tokens.map((t) => t.length));
  }

  get size(): number {
    return this.vocabulary.tokens.length;
  }

  encodeWord(word: string): number[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const ids: number[] = [];
    const characters = [...word];
    if (characters.length > MAX_WORD_CHARACTERS) return [UNK];
    for (let start = 0; start < characters.length;) {
      let end = Math.min(characters.length, start + this.longest);
      let id: number | undefined;
      for (; end > start; end--) {
        id = this.ids.get((start > 0 ? '##' : '') + characters.slice(start, end).join(''));
        if (id !== undefined) break;
      }
      if (id === undefined) {
        ids.length = 0;
        ids.push(UNK);
        break;
      }
      ids.push(id);
      start = end;
    }
    if (this.cache.size < 200_000) this.cache.set(word, ids);
    return ids;
  }

  /** Token ids of text, without [CLS]/[SEP]. */
  encode(text: string): number[] {
    return words(text).flatMap((w) => this.encodeWord(w));
  }

  decode(ids: readonly number[]): string {
    return ids
      .map((id) => this.vocabulary.tokens[id] ?? '[UNK]')
      .join(' ')
      .replace(/ ##/g, '');
  }
}

/** Word counts of a corpus, for training. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of words(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}
