/**
 * The explorer's wiring: loads the overview, draws it with sigma, and binds each control to its
 * slice of state. Display is recomputed from state (reducers.ts); the graph only gets new data.
 */
import louvainModule from 'graphology-communities-louvain';
import Sigma from 'sigma';
import type { EntityKind, SearchHit } from '../shared/api-types.js';
import { cjsDefault } from '../shared/cjs-default.js';
import { ApiRequestError, api } from './api-client.js';
import { byId } from './dom.js';
import { download, exportPng, visibleGexf } from './exporters.js';
import { BucketTable, createGraph, EntityKeys, graphExtent, mergeActivity, mergePayload } from './graph-model.js';
import { deriveFocus, deriveVisibility, edgeReducer, nodeReducer, shownEdges, shownNodes, type View } from './reducers.js';
import { createRefiner } from './refine.js';
import { setColorBy, toggleLabelLang } from './state/appearance.js';
import { INITIAL_STATE, on, type AppState } from './state/app-state.js';
import { setMinWeight, setRange, toggleKind, toggleSite } from './state/filters.js';
import { setRefining } from './state/layout.js';
import { hover, select } from './state/selection.js';
import { createStore } from './state/store.js';
import { bindConsole } from './ui/console-panel.js';
import { renderEntity, renderError, renderLoading } from './ui/entity-panel.js';
import { renderLegend } from './ui/legend.js';
import { bindSearch } from './ui/search-box.js';
import { renderSites } from './ui/sites.js';
import { bindTimeSlider } from './ui/time-slider.js';
import { articleDays, defaultMinWeight } from './visibility.js';
import { seededRandom } from '../../src/random.js';

const louvain = cjsDefault(louvainModule);

async function boot(): Promise<void> {
  const status = byId('status');
  const container = byId('graph');
  const panel = byId('panel');
  const overview = await api.overview();
  performance.mark('newsgraph:overview-loaded');

  const graph = createGraph();
  const table = new BucketTable();
  const keys = new EntityKeys();
  const keyOf = (id: string) => keys.keyOf(id);
  const idOf = (key: string) => graph.getNodeAttribute(key, 'id');
  mergePayload(graph, table, keys, overview);
  performance.mark('newsgraph:graph-built');

  const startWeight = defaultMinWeight(graph.mapEdges((_, a) => a.weight), graph.order);
  const store = createStore<AppState>({ ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, minWeight: startWeight } });
  let communities = new Map<string, number>();
  let communitiesStale = true;
  let view: View;

  const computeView = (state: AppState): View => {
    if (state.appearance.colorBy === 'community' && communitiesStale) {
      communities = graph.size > 0 ? new Map(Object.entries(louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(42) }))) : new Map();
      communitiesStale = false;
    }
    const visibility = deriveVisibility(graph, state, table.buckets);
    return {
      ...visibility,
      ...deriveFocus(graph, state, visibility.visibleNodes, keyOf),
      labelLang: state.appearance.labelLang,
      colorBy: state.appearance.colorBy,
      communities,
    };
  };
  view = computeView(store.get());
  performance.mark('newsgraph:view-derived');

  const renderer = new Sigma(graph, container, {
    nodeReducer: nodeReducer(view),
    edgeReducer: edgeReducer(view, graph),
    labelRenderedSizeThreshold: 4,
    labelDensity: 0.8,
    zIndex: true,
    defaultEdgeType: 'line',
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
  });
  performance.mark('newsgraph:sigma-created');
  // The constructor drew the graph; the next animation frame is when the user sees it (and what
  // the benchmark times). Everything else (legend, filters, search, console, status) is bound
  // after that frame; the page says it is ready once they are.
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      performance.mark('newsgraph:first-frame');
      document.body.dataset.firstFrameMs = String(Math.round(performance.now()));
      setTimeout(resolve, 0);
    }),
  );
  let sites = [...overview.sites];
  let days = articleDays(table.buckets);
  // Sigma does not watch its container, so a real resize (the side panel opening, the console)
  // redraws; the observer's first call only reports the size it started with.
  let size = `${container.offsetWidth}x${container.offsetHeight}`;
  new ResizeObserver(() => {
    const next = `${container.offsetWidth}x${container.offsetHeight}`;
    if (next !== size) renderer.scheduleRefresh();
    size = next;
  }).observe(container);

  const paintStatus = () => {
    const entities = view.visibleNodes?.size ?? graph.order;
    const links = view.visibleEdges?.size ?? shownEdges(graph, view).length;
    status.textContent = `${entities} of ${graph.order} entities · ${links} links shown`;
  };
  const refreshView = () => {
    view = computeView(store.get());
    renderer.setSetting('nodeReducer', nodeReducer(view));
    renderer.setSetting('edgeReducer', edgeReducer(view, graph));
    paintStatus();
  };

  // Filters: legend (kinds), minimum weight, sources, time.
  const legend = byId('legend');
  const kindCounts = () => {
    const counts = new Map<EntityKind, number>();
    graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
    return counts;
  };
  const paintLegend = () =>
    renderLegend(
      legend,
      kindCounts(),
      store.get().filters.hiddenKinds,
      store.get().appearance.labelLang,
      (kind) => store.update(on('filters', (f) => toggleKind(f, kind))),
      store.get().appearance.colorBy === 'community' ? new Set(communities.values()).size : null,
    );
  const minWeight = byId<HTMLInputElement>('min-weight');
  const minWeightValue = byId<HTMLOutputElement>('min-weight-value');
  const paintMinWeight = () => {
    let max = 1;
    graph.forEachEdge((_, a) => (max = Math.max(max, a.weight)));
    minWeight.max = String(max);
    minWeight.value = String(store.get().filters.minWeight);
    minWeightValue.textContent = String(store.get().filters.minWeight);
  };
  minWeight.addEventListener('input', () => store.update(on('filters', (f) => setMinWeight(f, Number(minWeight.value)))));
  const sitesList = byId('sites');
  const paintSites = () =>
    renderSites(sitesList, sites, store.get().filters.sites, (site) => store.update(on('filters', (f) => toggleSite(f, site, sites))));
  const slider = bindTimeSlider((from, to, known) => store.update(on('filters', (f) => setRange(f, from, to, known))));
  slider.setDays(days);
  void api.timeline().then(slider.setHistogram, () => {});

  const graphChanged = () => {
    communitiesStale = true;
    days = articleDays(table.buckets);
    sites = [...new Set([...sites, ...table.buckets.map((a) => a.site).filter((s): s is string => s !== null)])].sort();
    slider.setDays(days);
    paintLegend();
    paintMinWeight();
    paintSites();
    refreshView();
  };

  // Selection: the panel and the camera follow the selected entity.
  let panelRequest = 0;
  const showPanel = async (id: string | null) => {
    const request = ++panelRequest;
    if (id === null) {
      panel.hidden = true;
      return;
    }
    const key = keyOf(id);
    renderLoading(panel, key === undefined ? id : graph.getNodeAttribute(key, 'name'));
    try {
      const details = await api.entity(id);
      if (request !== panelRequest) return;
      renderEntity(panel, details, store.get().appearance.labelLang, {
        expand: (entity) => void expand(entity),
        close: () => store.update(on('selection', (s) => select(s, null))),
      });
    } catch (error) {
      if (request === panelRequest) renderError(panel, error instanceof ApiRequestError ? error.message : String(error));
    }
  };
  const focusCamera = (id: string) => {
    const key = keyOf(id);
    if (key === undefined) return;
    // Display data is normalized by a render; a pending one would hand back raw positions.
    renderer.refresh();
    const shown = renderer.getNodeDisplayData(key);
    if (shown) void renderer.getCamera().animate({ x: shown.x, y: shown.y }, { duration: 400 });
  };
  const expand = async (id: string) => {
    const payload = await api.neighbours(id);
    const key = keyOf(id);
    const center = key === undefined ? { x: 0, y: 0 } : graph.getNodeAttributes(key);
    const added = mergePayload(graph, table, keys, payload, { x: center.x, y: center.y, radius: graphExtent(graph) * 0.25 });
    graphChanged();
    // Where the new entities are mentioned (for the filters) comes apart: it reads all their mentions.
    if (added.length > 0) {
      void api.activity(added).then((activity) => {
        mergeActivity(graph, table, keys, activity);
        graphChanged();
      }, () => {});
    }
  };
  const pick = async (hit: SearchHit) => {
    if (keyOf(hit.id) === undefined) await expand(hit.id);
    store.update(on('selection', (s) => select(s, hit.id)));
    focusCamera(hit.id);
  };

  renderer.on('clickNode', ({ node }) => store.update(on('selection', (s) => select(s, idOf(node)))));
  renderer.on('clickStage', () => store.update(on('selection', (s) => select(s, null))));
  renderer.on('enterNode', ({ node }) => store.update(on('selection', (s) => hover(s, idOf(node)))));
  renderer.on('leaveNode', () => store.update(on('selection', (s) => hover(s, null))));

  // Appearance and layout controls.
  const langButton = byId<HTMLButtonElement>('lang-toggle');
  langButton.addEventListener('click', () => store.update(on('appearance', toggleLabelLang)));
  const colorBy = byId<HTMLSelectElement>('color-by');
  colorBy.addEventListener('change', () => store.update(on('appearance', (a) => setColorBy(a, colorBy.value === 'community' ? 'community' : 'kind'))));
  const refiner = createRefiner(graph);
  const refineButton = byId<HTMLButtonElement>('refine');
  refineButton.addEventListener('click', () => store.update(on('layout', (l) => setRefining(l, !l.refining))));
  window.addEventListener('pagehide', () => refiner.kill());
  byId('export-png').addEventListener('click', () => void exportPng(renderer));
  byId('export-gexf').addEventListener('click', () => download(visibleGexf(graph, renderer), 'newsgraph.gexf', 'application/gexf+xml'));
  const consoleSection = byId('console');
  const consoleButton = byId<HTMLButtonElement>('console-toggle');
  consoleButton.addEventListener('click', () => {
    consoleSection.hidden = !consoleSection.hidden;
    consoleButton.setAttribute('aria-pressed', String(!consoleSection.hidden));
  });
  bindConsole();
  bindSearch(store, (hit) => void pick(hit));

  // Side-effect bindings: each reacts to the slice it depends on.
  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) minWeightValue.textContent = String(state.filters.minWeight);
    if (state.filters !== previous.filters || state.selection !== previous.selection || state.appearance !== previous.appearance) refreshView();
    if (state.appearance.colorBy !== previous.appearance.colorBy) paintLegend();
    if (state.appearance.labelLang !== previous.appearance.labelLang) {
      langButton.textContent = state.appearance.labelLang === 'en' ? '日本語' : 'English';
      paintLegend();
      if (state.selection.selected) void showPanel(state.selection.selected);
    }
    if (state.selection.selected !== previous.selection.selected) void showPanel(state.selection.selected);
    if (state.layout.refining !== previous.layout.refining) {
      if (state.layout.refining) refiner.start();
      else refiner.stop();
      refineButton.textContent = state.layout.refining ? 'Stop refine' : 'Refine layout';
      refineButton.setAttribute('aria-pressed', String(state.layout.refining));
    }
  });

  paintLegend();
  paintMinWeight();
  paintSites();
  paintStatus();
  // Read-only hooks for tests and the benchmark: what is shown, never a way to change it.
  Object.assign(window, {
    newsgraph: {
      visibleEntities: () => shownNodes(graph, view).map(idOf).sort(),
      visibleLinks: () => shownEdges(graph, view).map((edge) => graph.extremities(edge).map(idOf)),
      selected: () => store.get().selection.selected,
      entityCount: () => graph.order,
      positions: () => graph.mapNodes((_, a) => [a.x, a.y]).flat(),
    },
  });
  document.body.dataset.ready = 'true';
}

boot().catch((error: unknown) => {
  const status = document.getElementById('status');
  const message = error instanceof ApiRequestError ? `${error.message}${error.hint ? ` ${error.hint}` : ''}` : `The explorer failed to start: ${String(error)}`;
  if (status) status.textContent = message;
  document.body.dataset.error = message;
});
