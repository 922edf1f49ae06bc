/**
 * The benchmark's baseline, run in the same pool as extraction: bare kuromoji tokenization of
 * Japanese texts and a bare compromise parse of English ones (body and comments), nothing else.
 * It answers with an empty extraction; only the time matters.
 */
import nlp from 'compromise';
import { serveExtractions } from '../../ingest/extract-worker-loop.js';
import { loadJaTokenizer } from '../../src/extract/ja/tokenizer.js';

await serveExtractions(async () => {
  const tokenizer = await loadJaTokenizer();
  let sink = 0;
  const parse = (text: string, lang: string | null) => {
    if (lang === 'en') sink += (nlp(text) as unknown as { document: unknown[] }).document.length;
    else sink += tokenizer.tokenize(text).length;
  };
  return {
    extractArticle(article) {
      parse(article.body, article.lang);
      for (const c of article.comments) parse(c.text, c.lang ?? article.lang);
      return { articleId: article.id, body: { mentions: [], roles: [] }, comments: {}, entities: sink < 0 ? [] : [] };
    },
  };
});
