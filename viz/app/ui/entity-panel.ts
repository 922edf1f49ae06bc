/**
 * The side panel for the selected entity: names and aliases, roles, mentions over time, and the
 * sentences that mention it in articles and in comments, each span marked and linked to its article.
 * Everything is text nodes; only http(s) URLs (checked by the server and again here) become links.
 */
import type { EntityDetails, SentenceHit } from '../../shared/api-types.js';
import { safeHttpUrl } from '../../shared/safe-url.js';
import { KIND_COLORS, KIND_LABELS } from '../colors.js';
import { append, clear, el } from '../dom.js';
import { highlightSegments } from '../highlight.js';

export interface PanelActions {
  expand(id: string): void;
  close(): void;
}

function sentenceItem(hit: SentenceHit): HTMLLIElement {
  const p = el('p', { class: 'sentence' });
  for (const segment of highlightSegments(hit.text, hit.highlights)) {
    p.append(segment.marked ? el('mark', {}, [segment.text]) : document.createTextNode(segment.text));
  }
  const title = hit.articleTitle ?? hit.articleId ?? 'article';
  const url = safeHttpUrl(hit.articleUrl);
  const link = url ? el('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, [title]) : el('span', {}, [title]);
  const meta = el('div', { class: 'meta' }, [
    hit.where === 'comment' ? `Comment${hit.author ? ` by ${hit.author}` : ''} on ` : '',
    link,
    hit.day ? ` · ${hit.day}` : '',
  ]);
  return el('li', { attrs: { 'data-where': hit.where } }, [p, meta]);
}

function timelineChart(details: EntityDetails): HTMLElement {
  if (details.timeline.length === 0) return el('p', { class: 'meta' }, ['No dated mentions.']);
  const max = Math.max(...details.timeline.map((t) => t.mentions));
  const bars = el('div', { class: 'bars' });
  for (const point of details.timeline) {
    const bar = el('div', { attrs: { title: `${point.day}: ${point.mentions}` } });
    bar.style.height = `${(100 * point.mentions) / max}%`;
    bars.append(bar);
  }
  const first = details.timeline[0]!.day;
  const last = details.timeline[details.timeline.length - 1]!.day;
  return el('div', {}, [bars, el('div', { class: 'bars-axis' }, [el('span', {}, [first]), el('span', {}, [last])])]);
}

export function renderLoading(panel: HTMLElement, name: string): void {
  panel.hidden = false;
  clear(panel);
  panel.append(el('p', { class: 'meta' }, [`Loading ${name}…`]));
}

export function renderError(panel: HTMLElement, message: string): void {
  panel.hidden = false;
  clear(panel);
  panel.append(el('p', { class: 'meta', attrs: { role: 'alert' } }, [message]));
}

export function renderEntity(panel: HTMLElement, details: EntityDetails, lang: 'en' | 'ja', actions: PanelActions): void {
  panel.hidden = false;
  clear(panel);
  const title = (lang === 'ja' ? details.nameJa : details.nameEn) ?? details.name;
  const kind = el('span', { class: 'kind' }, [KIND_LABELS[details.kind][lang]]);
  kind.style.background = KIND_COLORS[details.kind];
  const otherNames = [details.nameEn, details.nameJa].filter((n): n is string => n !== null && n !== title);
  const articleHits = details.sentences.filter((s) => s.where === 'article');
  const commentHits = details.sentences.filter((s) => s.where === 'comment');

  append(panel, [
    el('h2', { attrs: { 'data-entity-id': details.id } }, [title]),
    el('div', {}, [kind, ` ${details.mentions} mentions`]),
    otherNames.length ? el('p', { class: 'names' }, [otherNames.join(' · ')]) : null,
    el('div', { class: 'panel-actions' }, [
      el('button', { attrs: { type: 'button', id: 'expand' }, on: { click: () => actions.expand(details.id) } }, ['Expand neighbours']),
      el('button', { attrs: { type: 'button' }, on: { click: () => actions.close() } }, ['Close']),
    ]),
    el('h3', {}, ['Also known as']),
    details.aliases.length ? el('p', { class: 'aliases' }, [details.aliases.join(', ')]) : el('p', { class: 'meta' }, ['No aliases.']),
    el('h3', {}, ['Roles']),
    details.roles.length
      ? el(
          'ul',
          { class: 'roles' },
          details.roles.map((role) =>
            el('li', {}, [
              [role.title ?? role.titleJa ?? 'role', role.title && role.titleJa ? ` (${role.titleJa})` : ''].join(''),
              role.ofName || role.ofNameJa ? ` — ${(lang === 'ja' ? role.ofNameJa : role.ofName) ?? role.ofName ?? role.ofNameJa}` : '',
              role.firstSeen ? ` · ${role.firstSeen}${role.lastSeen && role.lastSeen !== role.firstSeen ? ` – ${role.lastSeen}` : ''}` : '',
            ]),
          ),
        )
      : el('p', { class: 'meta' }, ['No roles found.']),
    el('h3', {}, ['Mentions over time']),
    timelineChart(details),
    el('h3', {}, [`In articles (${articleHits.length})`]),
    articleHits.length ? el('ul', { class: 'sentences', attrs: { id: 'article-sentences' } }, articleHits.map(sentenceItem)) : el('p', { class: 'meta' }, ['None.']),
    el('h3', {}, [`In comments (${commentHits.length})`]),
    commentHits.length ? el('ul', { class: 'sentences', attrs: { id: 'comment-sentences' } }, commentHits.map(sentenceItem)) : el('p', { class: 'meta' }, ['None.']),
    details.truncated ? el('p', { class: 'meta' }, ['More mentions exist than are listed here.']) : null,
  ]);
}
