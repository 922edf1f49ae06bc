import { describe, expect, it } from 'vitest';
import { isMetaLine } from '../../../ingest/body-parts.js';
import { parseHtml } from '../../../ingest/html-reader.js';

const ARTICLE = '<article><h1>Harbour dredging to start in May</h1><p>The port authority said on Tuesday that dredging of the main channel will start in May and last about six months, allowing larger container ships to call.</p><p>Local fishermen have asked for compensation for the months in which the channel will be closed to small boats.</p></article>';
const page = (comments: string) => `<!doctype html><html lang="en"><head><title>Harbour dredging to start in May</title></head><body>${ARTICLE}${comments}</body></html>`;
const read = (html: string) => parseHtml(html, 'inline.html').articles[0]!;
const shape = (html: string) => read(html).comments.map((c) => [c.id, c.parentId, c.depth, c.author, c.postedAt, c.votes, c.text]);

describe('comment markups in the DOM', () => {
  it.each([
    [
      'an older WordPress theme (li wrapper, div#comment-N, cite.fn, date in .comment-meta a)',
      '<div class="comments-wrapper"><div id="comments"><h2 class="comments-title">2 replies</h2><ol class="commentlist"><li class="comment even" id="li-comment-7"><div id="comment-7"><div class="comment-author vcard"><cite class="fn">Kim</cite> <span class="says">says:</span></div><div class="comment-meta commentmetadata"><a href="#comment-7">August 21, 2021 at 3:05 pm</a></div><p>About time they dredged it.</p><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></div><ul class="children"><li class="comment odd" id="li-comment-8"><div id="comment-8"><div class="comment-author vcard"><cite class="fn">Lee</cite></div><div class="comment-meta commentmetadata"><a href="#comment-8">August 22, 2021 at 9:00 am</a></div><p>Six months is too long.</p></div></li></ul></li></ol></div></div>',
      [
        ['li-comment-7', null, 0, 'Kim', '2021-08-21T15:05', null, 'About time they dredged it.'],
        ['li-comment-8', 'li-comment-7', 1, 'Lee', '2021-08-22T09:00', null, 'Six months is too long.'],
      ],
    ],
    [
      'Blogger-style threads (li.comment, .comment-replies, cite.user, .datetime)',
      '<div class="comments" id="comments"><div class="comment-thread"><ol><li class="comment" id="c1001"><div class="comment-block"><div class="comment-header"><cite class="user"><a href="#">Ana</a></cite><span class="datetime"><a href="#">2024-03-04</a></span></div><p class="comment-content">Will the ferry run during the work?</p></div><div class="comment-replies"><div class="comment-thread inline-thread"><ol><li class="comment" id="c1002"><div class="comment-block"><div class="comment-header"><cite class="user"><a href="#">Harbour Office</a></cite><span class="datetime"><a href="#">2024-03-05</a></span></div><p class="comment-content">Yes, on a reduced timetable.</p></div></li></ol></div></div></li></ol></div></div>',
      [
        ['c1001', null, 0, 'Ana', '2024-03-04', null, 'Will the ferry run during the work?'],
        ['c1002', 'c1001', 1, 'Harbour Office', '2024-03-05', null, 'Yes, on a reduced timetable.'],
      ],
    ],
    [
      'BEM classes and a vote count (c-comment, comment__author, comment__likes)',
      '<section class="c-comments"><div class="c-comment" data-id="1"><span class="c-comment__author">Mo</span><time datetime="2024-03-06T08:00:00Z">6 Mar</time><div class="c-comment__text">Good for trade.</div><span class="c-comment__likes">12</span></div><div class="c-comment" data-id="2"><span class="c-comment__author">Jo</span><div class="c-comment__text">Bad for the fish.</div><span class="c-comment__likes">3</span></div></section>',
      [
        ['c1', null, 0, 'Mo', '2024-03-06T08:00:00Z', 12, 'Good for trade.'],
        ['c2', null, 0, 'Jo', null, 3, 'Bad for the fish.'],
      ],
    ],
    [
      'a list that is itself classed as a comment (ul.js-comment > li.entry-comment)',
      '<div class="comment-box"><ul class="comment js-comment"><li class="entry-comment"><p class="entry-comment-meta"><a class="comment-user-name">tanaka</a> <time datetime="2024-03-07T10:00:00+09:00">2024-03-07</time></p><p class="entry-comment-text">浚渫の工期は短縮できないのでしょうか。</p></li><li class="entry-comment"><p class="entry-comment-meta"><a class="comment-user-name">suzuki</a></p><p class="entry-comment-text">漁業補償の額が気になります。</p></li></ul></div>',
      [
        ['c1', null, 0, 'tanaka', '2024-03-07T10:00:00+09:00', null, '浚渫の工期は短縮できないのでしょうか。'],
        ['c2', null, 0, 'suzuki', null, null, '漁業補償の額が気になります。'],
      ],
    ],
    [
      'FC2-style comment boxes (comment_body, name and date in comment_foot)',
      '<div id="comment"><div class="comment" id="comment9"><div class="comment_head">Re: 浚渫</div><div class="comment_body">工事中は釣りができなくなるのでしょうか。</div><div class="comment_foot">名無し 2021/08/21(土) 10:00:15</div></div><div class="comment" id="comment10"><div class="comment_body">補償の説明会はいつですか。</div><div class="comment_foot">漁師 2021/08/22(日) 07:30:00</div></div></div>',
      [
        ['comment9', null, 0, null, '2021-08-21T10:00:15', null, '工事中は釣りができなくなるのでしょうか。'],
        ['comment10', null, 0, null, '2021-08-22T07:30:00', null, '補償の説明会はいつですか。'],
      ],
    ],
    [
      'a German site (class kommentar)',
      '<div id="kommentare"><div class="kommentar" id="k1"><p>Endlich wird der Hafen ausgebaggert, das war überfällig.</p></div><div class="kommentar" id="k2"><p>Und wer bezahlt das am Ende?</p></div></div>',
      [
        ['k1', null, 0, null, null, null, 'Endlich wird der Hafen ausgebaggert, das war überfällig.'],
        ['k2', null, 0, null, null, null, 'Und wer bezahlt das am Ende?'],
      ],
    ],
    [
      'a comment section whose items have no telling class',
      '<section id="comments"><h2>2 comments</h2><ul><li><b>Ann</b><p>Larger ships mean more jobs at the terminal.</p><ul><li><b>Ben</b><p>Or more automation and fewer jobs.</p></li></ul></li><li><b>Cy</b><p>What about the noise at night?</p></li></ul></section>',
      [
        ['c1', null, 0, null, null, null, 'Ann\nLarger ships mean more jobs at the terminal.'],
        ['c1.1', 'c1', 1, null, null, null, 'Ben\nOr more automation and fewer jobs.'],
        ['c2', null, 0, null, null, null, 'Cy\nWhat about the noise at night?'],
      ],
    ],
  ])('%s', (_name, comments, expected) => {
    expect(shape(page(comments))).toEqual(expected);
    expect(read(page(comments)).body).not.toMatch(/dredged it|ferry run|Good for trade|Endlich|noise at night/);
  });

  it('comment ids stay unique when the page uses ids like the positional ones', () => {
    const html = page('<div id="comments"><div class="comment" id="c2"><p>First comment, whose page id is c2.</p></div><div class="comment"><p>Second comment without an id of its own.</p></div></div>');
    const ids = read(html).comments.map((c) => c.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it('a page without comments has none', () => {
    expect(read(page('<div class="add-comment"><a href="#">Leave a comment</a></div>')).comments).toEqual([]);
  });
});

describe('JSON-LD articleBody', () => {
  it('is the body when it holds the whole text', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour dredging to start in May', articleBody: 'The port authority said on Tuesday that dredging of the main channel will start in May and last about six months, allowing larger container ships to call.\nLocal fishermen have asked for compensation for the months in which the channel will be closed to small boats.\nThe work will cost 40 million euros.' };
    const html = `<!doctype html><html lang="en"><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${ARTICLE}<div class="promo"><p>Subscribe to our newsletter for the latest port news every morning, delivered to your inbox.</p></div></body></html>`;
    expect(read(html).body.split('\n\n')).toEqual(ld.articleBody.split('\n'));
  });
});

describe('page furniture inside the article is not body text', () => {
  const context = { title: 'Ferry fares rise', category: '政治', site: 'Harbour News', author: '中村 陽子', host: null };
  it.each([
    ['2021/08/23 21:40 （最終更新 2021/08/24 08:15） 政治部 中村 陽子', true],
    ['政治', true],
    ['By Hannah Moore, industry correspondent', true],
    ['Tags: Afghanistan, NATO, Kabul', true],
    ['Fri 2 Feb 2024 14.45 GMT', true],
    ['Published March 4, 2024 at 10:15 am', true],
    ['The vote is on March 4, 2024.', false],
    ['選挙は2024年3月4日に行われる。', false],
    ['The port authority said on Tuesday that dredging will start in May.', false],
  ])('%s → %s', (line, expected) => {
    expect(isMetaLine(line, context)).toBe(expected);
  });
});

describe('not comments', () => {
  it('code comments in a tech article stay in the body and are no reader comments', () => {
    const html = page('').replace('</article>', '<pre><code><span class="hljs-comment">// depth in metres</span>\nconst depth = 16;\n<span class="token comment">/* after dredging */</span></code></pre><p>The new depth will be sixteen metres, enough for the largest ships now in service.</p></article>');
    const article = read(html);
    expect(article.comments).toEqual([]);
    expect(article.body).toContain('// depth in metres');
  });
});
