/** The live ForceAtlas2 refine: graphology's worker supervisor, started and stopped on demand. */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from '../shared/cjs-default.js';
import type { ExplorerGraph } from './graph-model.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);
const Supervisor = cjsDefault(FA2LayoutSupervisor);

export interface Refiner {
  start(): void;
  stop(): void;
  kill(): void;
}

export function createRefiner(graph: ExplorerGraph): Refiner {
  let supervisor: InstanceType<typeof Supervisor> | null = null;
  return {
    start() {
      // A new supervisor each time: it reads the graph's current size and positions when created.
      supervisor?.kill();
      supervisor = new Supervisor(graph, {
        settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, slowDown: 5 },
        getEdgeWeight: 'weight',
      });
      supervisor.start();
    },
    stop() {
      supervisor?.stop();
    },
    kill() {
      supervisor?.kill();
      supervisor = null;
    },
  };
}
