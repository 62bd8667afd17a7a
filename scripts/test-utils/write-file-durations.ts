// Writes file-durations.json, the longest-first sequencer's list, from the JSON report of a whole
// run (CI's: `.ci/run` writes one with `--reporter=json`), and says what the list's order would
// have made of that run: `npx node scripts/test-utils/write-file-durations.ts <vitest.json>`.
// Run it in the checkout of the run's commit before anything changes there: the files are read in
// the order that run queued them, from the list it read (the one this overwrites) and this
// checkout's shared-process files and sizes (file-costs.ts says why).
import fs from 'node:fs';
import path from 'node:path';
import { fileCosts, relativeToCheckout, simulateRun, type ReportedFile } from './file-costs.ts';
import { FILE_DURATIONS, longestFirst, readFileDurations } from './longest-first-sequencer.ts';
import { sharedProcessTestFiles } from './shared-process-files.ts';

/** vitest.config.ts's test folders: a whole run's files are spread over them. */
const TEST_FOLDERS = ['scripts', 'site'];
/** CI's machine has two cores and vitest.config.ts gives it two workers. */
const WORKERS = 2;

function fail(message: string): never {
  process.stderr.write(`write-file-durations: ${message}\n`);
  process.exit(1);
}

const reportFile = process.argv[2];
if (!reportFile) fail('usage: npx node scripts/test-utils/write-file-durations.ts <a whole run\'s vitest.json> (as .ci/run writes it)');
let report: { startTime?: unknown; testResults?: unknown };
try {
  report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as typeof report;
} catch (error) {
  fail(`${reportFile}: cannot read it as JSON (${(error as Error).message}); give the file Vitest's --reporter=json wrote`);
}
const files = report.testResults;
if (!Array.isArray(files) || !files.every((file: ReportedFile) => typeof file?.name === 'string' && typeof file.startTime === 'number' && typeof file.endTime === 'number')) {
  fail(`${reportFile}: expected Vitest's JSON report, whose "testResults" are files with "name", "startTime" and "endTime"`);
}
const reported = files as ReportedFile[];
const relative = relativeToCheckout(reported.map((file) => file.name), TEST_FOLDERS);
if (!relative) fail(`${reportFile}: its files are not spread over ${TEST_FOLDERS.join('/ and ')}/; the list is read from a whole run (npm test), not a run of some files`);

const root = path.resolve(import.meta.dirname, '../..');
const shared = new Set(sharedProcessTestFiles(root, TEST_FOLDERS));
const queue = longestFirst(reported.map((file) => {
  const relativePath = relative.get(file.name)!;
  return { name: file.name, file: relativePath, groupOrder: 0, shared: shared.has(relativePath), size: fs.statSync(path.join(root, relativePath), { throwIfNoEntry: false })?.size ?? 0 };
}), readFileDurations()).map((file) => file.name);
const costs = fileCosts(reported, WORKERS, queue);
const byFirstTests = fileCosts(reported, WORKERS);
const queueRead = [...costs].some(([name, cost]) => byFirstTests.get(name) !== cost);
const entries: [string, number][] = [...costs].map(([name, cost]) => [relative.get(name)!, Math.round(cost * 10) / 10]);
entries.sort(([a, costA], [b, costB]) => costB - costA || a.localeCompare(b));
const list: Record<string, number> = Object.fromEntries(entries);
fs.writeFileSync(FILE_DURATIONS, `${JSON.stringify(list, null, 1)}\n`);

const reportedWall = (Math.max(...reported.map((file) => file.endTime)) - Math.min(...reported.map((file) => file.startTime))) / 1000;
const simulated = simulateRun(Object.values(list), WORKERS);
const total = Object.values(list).reduce((sum, cost) => sum + cost, 0);
process.stdout.write(`${FILE_DURATIONS}: ${reported.length} files, ${total.toFixed(0)} s of worker time on ${WORKERS} workers, read ${queueRead ? 'in the order the run queued them' : 'by their first tests (the queue did not fit the report, or agrees with it)'}\n`);
process.stdout.write(`the report's run: ${reportedWall.toFixed(0)} s from the first test to the last; queued longest first, simulated: ${simulated.wall.toFixed(0)} s (${simulated.idle.toFixed(0)} s of a worker idle)\n`);
