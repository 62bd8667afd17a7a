// The shipped verdict weights are what `npm run fit:verdict` gives on the labelled sets today: a
// reading changed since the fit changes the reasons the weights were fitted on, and this fails
// until the weights are fitted again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpSignals } from '../../bench/_verdict-signals.ts';
import { fitWeights, weightsModule, WEIGHTS_FILE } from '../../bench/verdict-fit.ts';

describe('the shipped verdict weights', () => {
  it('are what the fitting script writes from the released labelled sets (run npm run fit:verdict if not)', async () => {
    const signals = await dumpSignals();
    expect(readFileSync(WEIGHTS_FILE, 'utf8')).toBe(weightsModule(fitWeights(signals)));
  }, 900_000);
});
