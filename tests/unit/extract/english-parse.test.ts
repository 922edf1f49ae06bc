import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { parseEnglish, type Term } from '../../../src/extract/en/parse.js';

type Stock = { document: Array<Array<Term & { chunk?: string }>> };
const terms = (document: Term[][]): string[][] => document.map((s) => s.map((t) => `${t.pre}${t.text}${t.post} #${[...t.tags].sort().join(' #')}`));

// Texts that run many of the post-tagger's patterns: titles, names, places, dates, numbers,
// contractions, hyphens, possessives, headlines in capitals, text in lower case, lists, quotes.
const TEXTS = [
  'U.S. Secretary of State Antony Blinken met Prime Minister Boris Johnson in London on Tuesday.',
  'Rear Adm. Peter Vasely said the Taliban would not let people through, and the crowd waited.',
  'BIDEN SAYS TROOPS WILL STAY IN KABUL UNTIL AUGUST 31',
  "she didn't think the new york deli would've sold turkey, but it did.",
  'The well-known 82nd Airborne Division flew 1,200 people out of Hamid Karzai International Airport.',
  "Belgrano's army, the Victoria Hockey Club of Montreal and Macy's Inc. were all mentioned.",
  'Max Carey, Kiki Cuyler and Pie Traynor played for the Pittsburgh Pirates from 1925 to 1927.',
  'He said: "We will leave." Then, after 20 minutes, he left; nobody knew why.',
  'Dr. Jane Smith-Hollis, 45, who was born in Perth, joined Acme Corp. as chief executive last March.',
  'Limited Coordination Between U.S., NATO Allies in Getting Afghanistan Evacuees to Airport',
  // Patterns hooked on two words of the sentence, tried once (these fail when a pattern runs twice).
  "you're a Rangers fan stuck in a make-or-break week in early May at the old park",
  "Late on, Park Ji-Sung's shot went high to the right, wasting a chance to level for Korea.",
  'a show at the Ruth & Carl Webb Museum of Art at Lakeside University in Elmford, Ohio.',
  'a post-modern painter."',
  // Patterns tried in the index's key order (these fail when the order changes).
  'Some beetles were infected with Metarhizium robertsii.',
  'his paintings are as famous as his printed works, his best portraits of Elvis.',
  'the quick brown fox jumps over the lazy dog near the river bank while it is raining heavily',
  '',
];

describe('parseEnglish gives the terms of nlp(text)', () => {
  it.each(TEXTS.map((text) => [text]))('%j', (text) => {
    expect(terms(parseEnglish(text))).toEqual(terms((nlp(text) as unknown as Stock).document));
  });

  it('leaves compromise as it was: nlp() still chunks after a parse of ours', () => {
    parseEnglish('Boris Johnson spoke in London.');
    const doc = (nlp('Boris Johnson spoke in London.') as unknown as Stock).document;
    expect(doc[0]!.map((t) => t.chunk)).toEqual(['Noun', 'Noun', 'Verb', 'Pivot', 'Noun']);
  });

  it('skips the chunking step, which no rule reads (only the chunker makes "in" a pivot)', () => {
    expect(parseEnglish('Boris Johnson spoke in London.')[0]!.map((t) => (t as Term & { chunk?: string }).chunk)).toEqual(['Noun', 'Noun', 'Verb', undefined, 'Noun']);
  });
});
