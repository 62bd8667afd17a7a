// `npm start` printed Astro's route lines run together ("├─ /a├─ /b├─ /c (+77ms)"): with four
// routes rendering at once, each path was written before the previous one's end.
import { describe, expect, it } from 'vitest';
import { routeLog } from '../../../site/integrations/route-log.ts';
import { routeLineJoiner, type LogEvent } from './route-log.ts';

const path = (route: string): LogEvent => ({ label: null, level: 'info', message: `  ├─ ${route}`, newLine: false });
const end = (message: string): LogEvent => ({ label: 'SKIP_FORMAT', level: 'info', message, newLine: true });
const info = (message: string): LogEvent => ({ label: null, level: 'info', message, newLine: true });

/** The text a terminal shows for `events`: a line end after each event that has one. */
function shown(events: LogEvent[]): string {
  const out: LogEvent[] = [];
  const joiner = routeLineJoiner((event) => out.push(event));
  for (const event of events) joiner.write(event);
  joiner.flush();
  return out.map((event) => `${event.message}${event.newLine ? '\n' : ''}`).join('');
}

describe('the build\'s route log', () => {
  it('four routes rendering at once: one route a line, the times that cannot be told apart left out', () => {
    const events = [info(' generating static routes '), path('/a/index.html'), path('/b/index.html'), path('/c/index.html'), end(' (+77ms) '), path('/d/index.html'), end(' (+12ms) '), end(' (+98ms) '), end(' (+139ms) '), info('✓ Completed in 1.52s.')];
    // As Astro wrote them: paths run together.
    expect(events.map((event) => `${event.message}${event.newLine ? '\n' : ''}`).join('')).toContain('├─ /a/index.html  ├─ /b/index.html');
    expect(shown(events)).toBe(' generating static routes \n  ├─ /a/index.html\n  ├─ /b/index.html\n  ├─ /c/index.html\n  ├─ /d/index.html\n✓ Completed in 1.52s.\n');
  });

  it('a route rendering alone keeps its time on its line, and a cached one its note', () => {
    const events = [path('/a/index.html'), end(' (+30ms) '), path('/b/index.html'), end(' (cached)'), info('✓ Completed in 40ms.')];
    expect(shown(events)).toBe('  ├─ /a/index.html (+30ms) \n  ├─ /b/index.html (cached)\n✓ Completed in 40ms.\n');
  });

  it('a note beyond the time (a file not created) keeps a line of its own when it cannot be put on its route', () => {
    const events = [path('/a/index.html'), path('/b/index.html'), end(' (+5ms) (file not created, response body was empty)'), end(' (+7ms) ')];
    expect(shown(events)).toBe('  ├─ /a/index.html\n  ├─ /b/index.html\n  (+5ms) (file not created, response body was empty)\n');
  });

  it('the integration puts the joiner in front of the build\'s log destination, once, and only for a build', () => {
    const written: LogEvent[] = [];
    const options = { destination: { write: (event: LogEvent) => written.push(event) } as unknown as { write(event: LogEvent): void }, level: 'info' };
    const setup = routeLog().hooks['astro:config:setup'] as unknown as (args: { command: string; logger: { options: typeof options } }) => void;
    setup({ command: 'dev', logger: { options } });
    options.destination.write(path('/a'));
    expect(written).toHaveLength(1);
    written.length = 0;
    setup({ command: 'build', logger: { options } });
    setup({ command: 'build', logger: { options } });
    for (const event of [path('/a'), path('/b'), end(' (+1ms)'), end(' (+2ms)')]) options.destination.write(event);
    expect(written.map((event) => [event.message, event.newLine])).toEqual([['  ├─ /a', true], ['  ├─ /b', true]]);
  });
});
