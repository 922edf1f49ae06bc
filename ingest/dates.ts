/** Dates as pages write them → ISO 8601 (a date, or a date-time as precise as the page is), or null. */

const pad = (n: number | string) => String(n).padStart(2, '0');

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function withTime(date: string, hh?: string, mm?: string, ss?: string): string {
  if (hh === undefined || mm === undefined) return date;
  return `${date}T${pad(hh)}:${mm}${ss === undefined ? '' : `:${ss}`}`;
}

/** Full-width digits and separators → ASCII, so ２０２１年８月 reads like 2021年8月. */
function toAscii(s: string): string {
  return s.replace(/[０-９：／－]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function parseDate(raw: unknown): string | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    // Unix seconds or milliseconds.
    const ms = raw < 1e11 ? raw * 1000 : raw;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof raw !== 'string') return null;
  const s = toAscii(raw.trim());
  if (s === '') return null;

  // ISO 8601 and its near relatives: keep the precision and the offset the input gives.
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (m) {
    const [, y, mo, d, hh, mm, ss, frac, zone] = m;
    if (!valid(+y!, +mo!, +d!)) return null;
    const date = `${y}-${pad(mo!)}-${pad(d!)}`;
    if (hh === undefined) return date;
    const z = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    const fraction = ss !== undefined && frac && !/^\.0+$/.test(frac) ? frac : '';
    return `${withTime(date, hh, mm, ss)}${fraction}${z}`;
  }
  // 2021年 8月 21日 (10:15) — the seed's comment dates.
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:\([^)]*\)|（[^）]*）)?\s*(\d{1,2})[:時]\s*(\d{2})(?:[:分]\s*(\d{2}))?)?/.exec(s);
  if (m) {
    const [, y, mo, d, hh, mm, ss] = m;
    return valid(+y!, +mo!, +d!) ? withTime(`${y}-${pad(mo!)}-${pad(d!)}`, hh, mm, ss) : null;
  }
  // 2021/08/21 10:15, 2021.8.21
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    const [, y, mo, d, hh, mm, ss] = m;
    return valid(+y!, +mo!, +d!) ? withTime(`${y}-${pad(mo!)}-${pad(d!)}`, hh, mm, ss) : null;
  }
  // August 21, 2021 / Aug 21, 2021 at 10:15 am / 21 August 2021
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:(?:\s+at|,)?\s+(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?)?$/i.exec(s)
    ?? null;
  if (m && MONTHS[m[1]!.slice(0, 3).toLowerCase()] !== undefined && !/^\d/.test(s)) {
    const mo = MONTHS[m[1]!.slice(0, 3).toLowerCase()]!;
    const [, , d, y, hh, mm, ap] = m;
    let hour = hh === undefined ? undefined : +hh;
    if (hour !== undefined && ap) hour = (hour % 12) + (/^p/i.test(ap) ? 12 : 0);
    return valid(+y!, mo, +d!) ? withTime(`${y}-${pad(mo)}-${pad(d!)}`, hour === undefined ? undefined : String(hour), mm) : null;
  }
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(s);
  if (m && MONTHS[m[2]!.slice(0, 3).toLowerCase()] !== undefined) {
    const mo = MONTHS[m[2]!.slice(0, 3).toLowerCase()]!;
    return valid(+m[3]!, mo, +m[1]!) ? `${m[3]}-${pad(mo)}-${pad(m[1]!)}` : null;
  }
  // RFC 822 (RSS pubDate) and other forms Date understands when they carry a zone.
  if (/\d{4}/.test(s) && /\d{1,2}:\d{2}/.test(s) && /(GMT|UT|Z|[+-]\d{4}|[A-Z]{3})\s*$/.test(s)) {
    const date = new Date(s);
    if (!Number.isNaN(date.getTime())) return date.toISOString().replace('.000Z', 'Z');
  }
  return null;
}

/** The first date written inside a longer text (`名無し 2021/08/21(土) 10:00`, `Posted March 4, 2024`). */
export function findDate(text: string): string | null {
  if (text.length > 200) return null;
  const s = toAscii(text);
  const m =
    /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?(?:\s*[(（][^)）]{1,4}[)）])?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(s) ??
    null;
  if (m) {
    const [, y, mo, d, hh, mm, ss] = m;
    return valid(+y!, +mo!, +d!) ? withTime(`${y}-${pad(mo!)}-${pad(d!)}`, hh, mm, ss) : null;
  }
  const en = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:(?:\s+at|,)?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}/i.exec(s);
  return en ? parseDate(en[0]) : null;
}

/** Whether a line is only a date (the header line of a comment). */
export function isDateLine(line: string): boolean {
  return parseDate(line) !== null;
}
