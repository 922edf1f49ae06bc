import { afterAll } from 'vitest';
import type { PipelineInput } from '../../ingest/pipeline.js';
import { createScaledExtractor, type ScaledExtractor, type ScaledExtractorOptions } from '../../ingest/scaled-extractor.js';
import type { Article } from '../../src/types.js';

/**
 * For a suite that runs the pipeline with real scaled extractors: each one it makes is closed after
 * the suite (their worker threads would otherwise keep vitest alive), and articles read from
 * `fixture` become pipeline inputs. Call inside `describe`.
 */
export function useScaledExtractors(fixture: string) {
  const extractors: ScaledExtractor[] = [];
  afterAll(async () => {
    await Promise.all(extractors.map((e) => e.close()));
  });
  return {
    scaled(workers: number, options: Omit<ScaledExtractorOptions, 'workers'> = {}): ScaledExtractor {
      const extractor = createScaledExtractor({ ...options, workers });
      extractors.push(extractor);
      return extractor;
    },
    inputs: (list: Article[]): PipelineInput[] => list.map((article) => ({ ok: true, input: fixture, article })),
  };
}
