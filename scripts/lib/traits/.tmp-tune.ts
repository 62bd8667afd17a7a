import { TONE_EXAMPLES } from './tone-examples.ts';
import { inferTone, measureTone, TONE_LABELS } from './tone.ts';
import { countHardConstraints } from './constraints.ts';
let ok = 0;
for (const e of TONE_EXAMPLES) {
  const got = inferTone(e.text); const m = measureTone(e.text);
  if (got === e.label) ok++;
  console.log(got === e.label ? ' ' : 'X', e.label.padEnd(10), got.padEnd(10), String(m.formality).padStart(5), String(m.sentiment).padStart(5), countHardConstraints(e.text), e.text.slice(0, 70));
}
console.log('accuracy', ok / TONE_EXAMPLES.length);
