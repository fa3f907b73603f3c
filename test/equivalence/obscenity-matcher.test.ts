import { englishDataset, englishRecommendedTransformers, RegExpMatcher, SyntaxKind, type ParsedPattern } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { BlacklistTransform, ObscenityMatcher, patternExpression } from '../../rules/lib/obscenity-matcher.js';
import { fixtureTexts, randomText, rng } from '../helpers/equivalence.js';

// ObscenityMatcher skips obscenity's full matcher on drafts where no term can match. It must
// answer exactly as the full matcher does: on every fixture draft and on generated text full of
// terms in disguise (leetspeak, confusables, repeats, case, astral characters, lone surrogates).

const dataset = englishDataset.build();
const full = new RegExpMatcher({ ...dataset, ...englishRecommendedTransformers });
// The full matcher's internals, to hold our copies of them to the originals.
const internals = full as unknown as {
  blacklistedTerms: { regExp: RegExp }[];
  blacklistMatcherTransformers: unknown;
  applyTransformers(input: string, set: unknown): [number[], string];
};

/** One spelling of a term: optional parts in or out, wildcards as letters. */
function spell(pattern: ParsedPattern, r: () => number): string {
  let s = '';
  const node = (n: ParsedPattern['nodes'][number]) => {
    if (n.kind === SyntaxKind.Literal) s += String.fromCodePoint(...n.chars);
    else if (n.kind === SyntaxKind.Optional) {
      if (r() < 0.5) node(n.childNode);
    } else s += 'aeiou'[Math.floor(r() * 5)];
  };
  pattern.nodes.forEach(node);
  return s;
}

// Ways a letter can be disguised that the transformers undo (and some they do not).
const DISGUISE: Record<string, string[]> = {
  a: ['@', '4', 'A', 'а', 'aa'],
  e: ['3', 'E', 'е', 'ee'],
  i: ['1', '!', '|', 'I', 'ii'],
  o: ['0', 'O', 'о', 'oo'],
  s: ['$', '5', 'S', 'ss', 'ſ'],
  t: ['7', 'T'],
  c: ['(', 'C', 'с'],
  g: ['6', 'G', 'gg'],
  u: ['U', 'υ', 'uu'],
  k: ['K', 'K'],
};
function disguise(word: string, r: () => number): string {
  return [...word].map((c) => (DISGUISE[c] && r() < 0.4 ? DISGUISE[c][Math.floor(r() * DISGUISE[c].length)]! : c)).join('');
}

function generated(count: number): string[] {
  const r = rng(8);
  const terms = dataset.blacklistedTerms;
  const plain = ['class', 'assessment', 'Scunthorpe', 'therapist', 'cocktail', 'pass', 'hello', 'shitake', 'Dickens', 'analysis'];
  const between = [' ', ' ', '\n', '.', ', ', '-', '_', '😀', '\ud83d', '\ude00', '🤬', '  ', "'", '*', ''];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const pieces: string[] = [];
    for (let k = 0; k < 12; k++) {
      const t = terms[Math.floor(r() * terms.length)]!;
      const word = r() < 0.5 ? spell(t.pattern, r) : plain[Math.floor(r() * plain.length)]!;
      pieces.push(disguise(word, r) + between[Math.floor(r() * between.length)]!);
    }
    out.push(randomText(r, pieces, 8));
  }
  return out;
}

const texts = [...fixtureTexts(), ...generated(3000)];

describe('ObscenityMatcher', () => {
  it("compiles each term to obscenity's own expression", () => {
    expect(dataset.blacklistedTerms.length).toBeGreaterThan(50);
    dataset.blacklistedTerms.forEach((t, i) => {
      const ours = patternExpression(t.pattern);
      expect(`/${ours.source}/${ours.flags}`).toBe(
        `/${internals.blacklistedTerms[i]!.regExp.source}/${internals.blacklistedTerms[i]!.regExp.flags}`,
      );
    });
  });

  it("transforms text exactly as obscenity's blacklist transformers do", () => {
    const transform = new BlacklistTransform(englishRecommendedTransformers.blacklistMatcherTransformers!);
    const long = 'Fuuuck '.repeat(3000) + '😀\ud800x';
    for (const text of [...texts, long, '', '\ud83d', '\ude00\ud83d']) {
      expect(transform.apply(text)).toBe(internals.applyTransformers(text, internals.blacklistMatcherTransformers)[1]);
    }
  });

  it('finds what the full matcher finds, and no more', () => {
    const ours = new ObscenityMatcher();
    let found = 0;
    let skipped = 0;
    for (const text of texts) {
      const expected = full.getAllMatches(text, true);
      expect(ours.getAllMatches(text)).toEqual(expected);
      found += expected.length;
      if (!ours.couldMatch(text)) skipped++;
    }
    // The comparison means something only if the texts hold matches, and the filter pays only if it skips.
    expect(found).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(100);
  });
});
