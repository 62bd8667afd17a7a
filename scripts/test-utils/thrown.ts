// What a call into the runtime throws, for the suites that read its code, data and message.
import type { PromptvaultError } from '../runtime/index.ts';

/** The error `run` throws, as the runtime's PromptvaultError; throws itself when `run` returns. */
export function thrownBy(run: () => unknown): PromptvaultError {
  try {
    run();
  } catch (error) {
    return error as PromptvaultError;
  }
  throw new Error('expected an error');
}
