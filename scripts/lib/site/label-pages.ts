// Pure: how a label's prompts and history are spread over pages. Page 1 of every label is on
// /labels/; pages 2, 3, ... of one label are labels/<label>/<n>/. Page n holds the n-th
// `pageSize` slice of its prompts and the n-th slice of its history (newest first).

/** Pages a label needs: enough for the longer of its two lists, at least one. */
export function labelPageCount(label: { entries: readonly unknown[]; history: readonly unknown[] }, pageSize: number): number {
  return Math.max(1, Math.ceil(Math.max(label.entries.length, label.history.length) / pageSize));
}
