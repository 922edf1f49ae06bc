/**
 * Teams named by their nickname after "the": "the Patriots", "the Blue Jays lost", "traded to the
 * Bruins". The nicknames of the major North American leagues (NFL, MLB, NBA, NHL, a few former
 * ones) and of well-known college teams. Nicknames that as often name peoples, clergy or myths
 * (Vikings, Saints, Cardinals, Angels, Giants, Kings) are left out; a nickname inside a longer
 * name (the Toronto Blue Jays) or before "of" (the Pirates of Penzance) is left to other rules.
 */
import { TIER } from '../candidate.js';
import type { EnglishCandidate, Word } from './candidates.js';

const NICKNAMES = [
  // NFL
  'Bills', 'Dolphins', 'Patriots', 'Jets', 'Ravens', 'Bengals', 'Browns', 'Steelers', 'Texans', 'Colts', 'Jaguars', 'Titans', 'Broncos', 'Chiefs', 'Raiders', 'Chargers',
  'Cowboys', 'Eagles', 'Commanders', 'Redskins', 'Bears', 'Lions', 'Packers', 'Falcons', 'Panthers', 'Buccaneers', 'Seahawks', '49ers', 'Rams', 'Oilers',
  // MLB
  'Orioles', 'Red Sox', 'Yankees', 'Rays', 'Devil Rays', 'Blue Jays', 'White Sox', 'Guardians', 'Indians', 'Tigers', 'Royals', 'Twins', 'Astros', 'Athletics', 'Mariners', 'Rangers',
  'Braves', 'Marlins', 'Mets', 'Phillies', 'Nationals', 'Expos', 'Cubs', 'Reds', 'Brewers', 'Pirates', 'Diamondbacks', 'Rockies', 'Dodgers', 'Padres',
  // NBA
  'Celtics', 'Nets', 'Knicks', '76ers', 'Raptors', 'Bulls', 'Cavaliers', 'Pistons', 'Pacers', 'Bucks', 'Hawks', 'Hornets', 'Heat', 'Magic', 'Wizards', 'Bullets',
  'Nuggets', 'Timberwolves', 'Thunder', 'Trail Blazers', 'Jazz', 'Warriors', 'Clippers', 'Lakers', 'Suns', 'Mavericks', 'Rockets', 'Grizzlies', 'Pelicans', 'Spurs', 'SuperSonics', 'Sonics',
  // NHL
  'Bruins', 'Sabres', 'Red Wings', 'Canadiens', 'Senators', 'Lightning', 'Maple Leafs', 'Hurricanes', 'Blue Jackets', 'Devils', 'Islanders', 'Flyers', 'Penguins', 'Capitals',
  'Blackhawks', 'Avalanche', 'Stars', 'Wild', 'Predators', 'Blues', 'Flames', 'Canucks', 'Ducks', 'Coyotes', 'Sharks', 'Kraken', 'Golden Knights', 'Whalers', 'Nordiques', 'Thrashers',
  // College
  'Longhorns', 'Crimson Tide', 'Buckeyes', 'Wolverines', 'Sooners', 'Gators', 'Hoosiers', 'Razorbacks', 'Jayhawks', 'Tar Heels', 'Blue Devils', 'Nittany Lions', 'Cornhuskers',
  'Hawkeyes', 'Badgers', 'Fighting Irish', 'Huskies', 'Wildcats', 'Bulldogs', 'Gophers', 'Boilermakers', 'Spartans', 'Hokies', 'Cougars', 'Mustangs', 'Horned Frogs',
];
/** By first word; the value lists the nickname's words. */
const BY_FIRST = new Map<string, string[][]>();
for (const n of NICKNAMES) {
  const parts = n.split(' ');
  (BY_FIRST.get(parts[0]!) ?? BY_FIRST.set(parts[0]!, []).get(parts[0]!)!).push(parts);
}

export function teamNicknames(words: Word[], from: number, to: number): EnglishCandidate[] {
  const out: EnglishCandidate[] = [];
  for (let i = from + 1; i < to; i++) {
    const the = words[i - 1]!;
    if (the.lower !== 'the' || the.breakAfter) continue;
    for (const parts of BY_FIRST.get(words[i]!.text) ?? []) {
      const j = i + parts.length;
      if (j > to || parts.some((p, k) => words[i + k]!.text !== p || (k < parts.length - 1 && words[i + k]!.breakAfter))) continue;
      const next = words[j];
      // Inside a longer name (the Blue Jays Foundation) or before "of" (the Pirates of Penzance): not the team alone.
      if (j < to && !words[j - 1]!.breakAfter && next !== undefined && (/^[A-Z]/.test(next.text) || next.lower === 'of')) continue;
      out.push({ start: words[i]!.start, end: words[j - 1]!.end, kind: 'organization', tier: TIER.rule, rule: 'team-nickname' });
      break;
    }
  }
  return out;
}
