/**
 * The order the `site` files start in. Vitest runs the longest first when it has timings of an
 * earlier run, and otherwise the largest files first; on a clean clone (CI) that would leave the
 * two sweeps, which are small files that take longest, to the end, one after another on one
 * worker. They go first, one per worker; the rest keep Vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isSweep = (spec: TestSpecification): boolean => /\/sweep-\w+\.test\.ts$/.test(spec.moduleId);

export default class SweepsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isSweep), ...sorted.filter((spec) => !isSweep(spec))];
  }
}
