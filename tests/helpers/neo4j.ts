/** For integration test files: a driver to the test server and a clean graph at the start of the file. */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import { connect } from '../../graph/driver.js';
import { wipeGraph } from '../../graph/wipe.js';

export { wipeGraph };

/** Registers hooks and returns a getter for the driver (available from beforeAll on). */
export function useTestGraph(): () => Driver {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = await connect(inject('neo4j'));
    await wipeGraph(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return () => {
    if (!driver) throw new Error('useTestGraph: the driver is only available inside tests and hooks');
    return driver;
  };
}
