/** Global setup of the e2e project: the app bundle the server serves, built when missing or stale. */
import { ensureAppBuilt } from '../../viz/server/app-build.js';

export default async function setup(): Promise<void> {
  await ensureAppBuilt((line) => process.stderr.write(`[e2e] ${line}\n`));
}
