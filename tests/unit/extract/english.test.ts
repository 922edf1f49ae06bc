import { beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../../../src/extract/index.js';
import { rulesExtractor } from './setup.js';

let ex: Extractor;
beforeAll(async () => {
  ex = await rulesExtractor();
}, 60_000);

const TABLE: Array<{ text: string; has: Array<[string, string, string]>; not?: string[] }> = [
  { text: 'U.S. Secretary of State Antony Blinken met Prime Minister Boris Johnson.', has: [['U.S.', 'country', 'country:US'], ['Antony Blinken', 'person', 'person:antony-blinken'], ['Boris Johnson', 'person', 'person:boris-johnson']], not: ['Secretary of State Antony Blinken', 'Prime Minister Boris Johnson'] },
  { text: 'Rear Adm. Peter Vasely said the Taliban let people through.', has: [['Peter Vasely', 'person', 'person:peter-vasely'], ['Taliban', 'organization', 'org:taliban']], not: ['Rear Adm. Peter Vasely', 'the Taliban'] },
  { text: 'The Guardian and Reuters reported that NATO allies were angry.', has: [['The Guardian', 'source', 'source:the-guardian'], ['Reuters', 'source', 'source:reuters'], ['NATO', 'organization', 'org:nato']] },
  { text: 'The Department of Defense said U.S. forces stayed in Kabul.', has: [['Department of Defense', 'organization', 'org:us-dod'], ['U.S. forces', 'organization', 'org:us-military'], ['Kabul', 'location', 'location:kabul']] },
  { text: 'Jordan closed its border, and Michael Jordan watched from Chicago.', has: [['Jordan', 'country', 'country:JO'], ['Michael Jordan', 'person', 'person:michael-jordan']] },
  { text: 'Georgia signed a deal with Russia in Tbilisi.', has: [['Georgia', 'country', 'country:GE'], ['Russia', 'country', 'country:RU']] },
  { text: 'The governor of Georgia spoke in Atlanta about the U.S. state budget.', has: [['Georgia', 'location', 'location:georgia-us']] },
  { text: 'Limited Coordination Between U.S., NATO Allies in Getting Afghanistan Evacuees to Airport', has: [['U.S.', 'country', 'country:US'], ['NATO', 'organization', 'org:nato'], ['Afghanistan', 'country', 'country:AF']], not: ['Limited Coordination', 'Between', 'Allies', 'Evacuees', 'Airport'] },
  { text: 'BIDEN SAYS TROOPS WILL STAY IN KABUL', has: [['BIDEN', 'person', 'person:joe-biden']], not: ['TROOPS', 'SAYS'] },
  { text: 'We ate turkey and fine china in the new york deli.', has: [], not: ['turkey', 'china'] },
  { text: 'Shares of Johnson & Johnson rose.', has: [['Johnson & Johnson', 'organization', 'org:johnson-johnson']], not: ['Johnson'] },
  // A bare surname is the known person only with support; here it is some other Johnson.
  { text: 'Coach Johnson said the team played well.', has: [['Johnson', 'person', 'person:johnson']] },
  { text: 'Britain was told. Johnson said nothing.', has: [['Johnson', 'person', 'person:boris-johnson']] },
  // A common noun before an unknown capitalized run says what it names.
  { text: 'They toured with the band Velvet Lanterns last year.', has: [['Velvet Lanterns', 'organization', 'org:velvet-lanterns']], not: ['band Velvet Lanterns'] },
  { text: 'The album features singer Marla Quenby on two songs.', has: [['Marla Quenby', 'person', 'person:marla-quenby']] },
  { text: 'He joined the band Thirty Ravens to Mars in 2001.', has: [['Thirty Ravens to Mars', 'organization', 'org:thirty-ravens-to-mars']] },
  // A capitalized run before a comma and a known place is a place in it.
  { text: 'The gala was held in Brindlewood, California last week.', has: [['Brindlewood', 'location', 'location:brindlewood'], ['California', 'location', 'location:california']] },
  { text: 'The squadron moved to Hatchley , England in June.', has: [['Hatchley', 'location', 'location:hatchley']] },
  { text: 'Boris Johnson, Britain\'s prime minister, spoke.', has: [['Boris Johnson', 'person', 'person:boris-johnson']], not: ['Johnson'] },
];

describe('English extraction', () => {
  it.each(TABLE)('$text', ({ text, has, not = [] }) => {
    const mentions = ex.extract(text, { lang: 'en' });
    const got = mentions.map((m) => [m.text, m.kind, m.entity.id]);
    for (const want of has) expect(got).toContainEqual(want);
    for (const surface of not) expect(mentions.map((m) => m.text)).not.toContain(surface);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a role named after the person: "Lt. Gen. Jane Fairweather of the U.S. Army"', () => {
    const { roles } = ex.extractText('Lt. Gen. Jane Fairweather of the U.S. Army spoke.', { lang: 'en' });
    expect(roles.map((r) => [r.personId, r.title, r.ofId])).toEqual([['person:jane-fairweather', 'lieutenant general', 'org:us-army']]);
  });

  it('reads "U.S. Secretary of State Antony Blinken" as a role', () => {
    const { roles } = ex.extractText('U.S. Secretary of State Antony Blinken arrived.', { lang: 'en' });
    expect(roles.map((r) => [r.personId, r.title, r.ofId])).toEqual([['person:antony-blinken', 'secretary of state', 'country:US']]);
  });
});
