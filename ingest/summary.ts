/** What an ingest run reports: the `--json` summary of the CLI and the library's return value. */

export interface RejectedInput {
  input: string;
  /** 1-based line in the input, when the problem has one. */
  line: number | null;
  reason: string;
  /** What to do about it. */
  hint: string | null;
}

export interface IngestSummary {
  /** Articles read and accepted (written, unchanged, or extracted only in a dry run). */
  articles: number;
  /** Articles written to the graph because they were new or changed. */
  written: number;
  /** Articles skipped because the graph already holds exactly this version. */
  unchanged: number;
  /** Comments of the articles written (or, in a dry run, extracted). */
  comments: number;
  /** Distinct entities mentioned by the articles written. */
  entities: number;
  /** Mentions written (every occurrence, from bodies and comments). */
  mentions: number;
  rejected: RejectedInput[];
  seconds: number;
  dryRun: boolean;
}

/** Progress as the pipeline goes; `written + unchanged` reaches `read - failed` at the end. */
export interface IngestProgress {
  read: number;
  written: number;
  unchanged: number;
  rejected: number;
}

export function emptySummary(dryRun: boolean): IngestSummary {
  return { articles: 0, written: 0, unchanged: 0, comments: 0, entities: 0, mentions: 0, rejected: [], seconds: 0, dryRun };
}

/** A few lines for people; the CLI prints them on stderr unless --json. */
export function describeSummary(summary: IngestSummary): string {
  const lines = [
    summary.dryRun
      ? `Dry run: ${summary.articles} articles read and extracted, nothing written.`
      : `${summary.articles} articles: ${summary.written} written, ${summary.unchanged} unchanged.`,
    `${summary.comments} comments, ${summary.entities} entities, ${summary.mentions} mentions in ${summary.seconds.toFixed(1)} s.`,
  ];
  if (summary.rejected.length > 0) {
    lines.push(`${summary.rejected.length} input(s) rejected:`);
    for (const r of summary.rejected) {
      lines.push(`  ${r.input}${r.line === null ? '' : `:${r.line}`}: ${r.reason}`);
      if (r.hint) lines.push(`    ${r.hint}`);
    }
  }
  return lines.join('\n');
}
