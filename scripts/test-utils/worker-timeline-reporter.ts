// Vitest reporter (.ci/run passes it beside the default and JSON ones; `npx vitest run
// --reporter=default --reporter=./scripts/test-utils/worker-timeline-reporter.ts` for any run):
// at the run's end, one line of how many files ran at once, each file from its start in its
// worker to its end (worker-occupancy.ts). The start is Vitest's `onTestModuleQueued`, sent by the
// test process as it begins the file, after its own start: so the seconds with fewer files than
// workers are the process starts between files, the run's first start, and the tail.
import type { Reporter, TestModule, TestSpecification, Vitest } from 'vitest/node';
import { describeOccupancy, occupancy, type FileSpan } from './worker-occupancy.ts';

export default class WorkerTimelineReporter implements Reporter {
  private vitest?: Vitest;
  private runStart = 0;
  private readonly starts = new Map<string, number>();
  private readonly spans: FileSpan[] = [];

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunStart(_specifications: readonly TestSpecification[]): void {
    this.runStart = Date.now();
    this.starts.clear();
    this.spans.length = 0;
  }

  onTestModuleQueued(testModule: TestModule): void {
    if (!this.starts.has(testModule.moduleId)) this.starts.set(testModule.moduleId, Date.now());
  }

  onTestModuleEnd(testModule: TestModule): void {
    const start = this.starts.get(testModule.moduleId);
    if (start !== undefined) this.spans.push({ start, end: Date.now() });
  }

  onTestRunEnd(): void {
    if (!this.vitest || this.spans.length === 0) return;
    const workers = this.vitest.config.maxWorkers;
    this.vitest.logger.log(`worker timeline, ${workers} workers: ${describeOccupancy(occupancy(this.spans, this.runStart, Date.now(), workers), workers)}`);
  }
}
