/** Export what is shown: a PNG of the canvas (@sigma/export-image) and a GEXF of the visible graph. */
import { downloadAsPNG } from '@sigma/export-image';
import { UndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import type Sigma from 'sigma';
import type { EntityAttributes, ExplorerGraph, LinkAttributes } from './graph-model.js';

type ExplorerSigma = Sigma<EntityAttributes, LinkAttributes>;

export function exportPng(renderer: ExplorerSigma): Promise<void> {
  return downloadAsPNG(renderer as unknown as Sigma, { fileName: 'newsgraph', backgroundColor: '#ffffff' });
}

/** The visible entities and links with the colors, sizes, labels and positions they are drawn with. */
export function visibleGexf(graph: ExplorerGraph, renderer: ExplorerSigma): string {
  const out = new UndirectedGraph();
  graph.forEachNode((id, attributes) => {
    const shown = renderer.getNodeDisplayData(id);
    if (!shown || shown.hidden) return;
    out.addNode(attributes.id, {
      label: shown.label ?? attributes.name,
      kind: attributes.kind,
      mentions: attributes.mentions,
      nameEn: attributes.nameEn ?? '',
      nameJa: attributes.nameJa ?? '',
      color: shown.color,
      size: shown.size,
      x: attributes.x,
      y: attributes.y,
    });
  });
  graph.forEachEdge((key, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const shown = renderer.getEdgeDisplayData(key);
    const [source, target] = [sourceAttributes.id, targetAttributes.id];
    if (!shown || shown.hidden || !out.hasNode(source) || !out.hasNode(target)) return;
    out.addEdge(source, target, { weight: attributes.weight });
  });
  return writeGexf(out, {
    formatNode: (_key: string, a: Record<string, unknown>) => ({
      label: String(a.label),
      attributes: { kind: a.kind, mentions: a.mentions, nameEn: a.nameEn, nameJa: a.nameJa },
      viz: { color: String(a.color), size: Number(a.size), x: Number(a.x), y: Number(a.y) },
    }),
    formatEdge: (_key: string, a: Record<string, unknown>) => ({ weight: Number(a.weight) }),
  });
}

export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
