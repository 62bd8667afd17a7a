import { expect, it } from 'vitest';
import { TONE_EXAMPLES } from './tone-examples.ts';
import { inferTone, TONE_LABELS, type ToneLabel } from './tone.ts';

it('infers the labelled tone of at least 75% of the example prompts', () => {
  const confusion = new Map<ToneLabel, Map<ToneLabel, number>>(TONE_LABELS.map((label) => [label, new Map()]));
  let correct = 0;
  for (const { text, label } of TONE_EXAMPLES) {
    const measured = inferTone(text);
    if (measured === label) correct += 1;
    const row = confusion.get(label);
    row?.set(measured, (row.get(measured) ?? 0) + 1);
  }
  const accuracy = correct / TONE_EXAMPLES.length;

  const line = (first: string, cells: string[]): string => first.padEnd(18) + cells.map((cell) => cell.padEnd(11)).join('');
  const header = line('label \\ measured', [...TONE_LABELS]);
  const rows = TONE_LABELS.map((label) => line(label, TONE_LABELS.map((measured) => String(confusion.get(label)?.get(measured) ?? 0))));
  console.log(`tone accuracy ${correct}/${TONE_EXAMPLES.length} = ${accuracy.toFixed(3)}\n${header}\n${rows.join('\n')}`);

  expect(TONE_EXAMPLES.length).toBeGreaterThanOrEqual(36);
  for (const label of TONE_LABELS) expect(TONE_EXAMPLES.filter((example) => example.label === label).length).toBeGreaterThanOrEqual(6);
  expect(accuracy).toBeGreaterThanOrEqual(0.75);
});
