/** The time slider: two range inputs over the article days, and a histogram of articles per day. */
import type { TimelineDay } from '../../shared/api-types.js';
import { byId, clear, el } from '../dom.js';

const MAX_BARS = 60;

export interface TimeSlider {
  setDays(days: readonly string[]): void;
  setHistogram(timeline: readonly TimelineDay[]): void;
  showRange(range: { from: string; to: string } | null): void;
}

export function bindTimeSlider(onChange: (from: string, to: string, days: readonly string[]) => void): TimeSlider {
  const from = byId<HTMLInputElement>('time-from');
  const to = byId<HTMLInputElement>('time-to');
  const fromValue = byId<HTMLOutputElement>('time-from-value');
  const toValue = byId<HTMLOutputElement>('time-to-value');
  const histogram = byId('histogram');
  let days: readonly string[] = [];
  let counts = new Map<string, number>();

  const paint = () => {
    const low = Math.min(Number(from.value), Number(to.value));
    const high = Math.max(Number(from.value), Number(to.value));
    fromValue.textContent = days[low] ?? '—';
    toValue.textContent = days[high] ?? '—';
    // Many days (years of articles) are grouped into at most MAX_BARS bars so each stays visible.
    const bars = Math.min(MAX_BARS, days.length);
    const per = days.length / Math.max(1, bars);
    const totals = Array.from({ length: bars }, (_, b) => {
      let sum = 0;
      for (let i = Math.floor(b * per); i < Math.floor((b + 1) * per); i++) sum += counts.get(days[i]!) ?? 0;
      return sum;
    });
    const max = Math.max(1, ...totals);
    clear(histogram);
    totals.forEach((total, b) => {
      const first = Math.floor(b * per);
      const last = Math.max(first, Math.floor((b + 1) * per) - 1);
      const bar = el('div', { attrs: { title: `${days[first]}${last > first ? ` – ${days[last]}` : ''}: ${total} articles` } });
      bar.style.height = `${Math.max(4, (100 * total) / max)}%`;
      if (last < low || first > high) bar.classList.add('out');
      histogram.append(bar);
    });
  };
  const changed = () => {
    paint();
    const low = Math.min(Number(from.value), Number(to.value));
    const high = Math.max(Number(from.value), Number(to.value));
    if (days.length > 0) onChange(days[low]!, days[high]!, days);
  };
  from.addEventListener('input', changed);
  to.addEventListener('input', changed);

  return {
    setDays(next) {
      const oldFrom = days[Number(from.value)];
      const oldTo = days[Number(to.value)];
      const wasFull = Number(from.value) === 0 && Number(to.value) === days.length - 1;
      days = next;
      const last = Math.max(0, days.length - 1);
      from.max = to.max = String(last);
      from.disabled = to.disabled = days.length < 2;
      from.value = String(oldFrom && !wasFull ? Math.max(0, days.indexOf(oldFrom)) : 0);
      to.value = String(oldTo && !wasFull && days.includes(oldTo) ? days.indexOf(oldTo) : last);
      paint();
    },
    setHistogram(timeline) {
      counts = new Map(timeline.map((t) => [t.day, t.articles]));
      paint();
    },
    showRange(range) {
      if (!range) return;
      from.value = String(Math.max(0, days.indexOf(range.from)));
      to.value = String(Math.max(0, days.indexOf(range.to)));
      paint();
    },
  };
}
