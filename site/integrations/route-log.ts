// The Astro integration that writes the build's route log one route a line (scripts/lib/site/
// route-log.ts says why): Astro's loggers share one options object, whose destination every log
// event goes through, so the integration's logger reaches the build's.
import type { AstroIntegration } from 'astro';
import { routeLineJoiner, type LogEvent } from '../../scripts/lib/site/route-log.ts';

export function routeLog(): AstroIntegration {
  return {
    name: 'promptvault-route-log',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const destination = logger.options.destination;
        if ((destination as { routeLines?: boolean }).routeLines) return;
        const joiner = routeLineJoiner((event) => destination.write(event as Parameters<typeof destination.write>[0]));
        logger.options.destination = {
          routeLines: true,
          write: (event: LogEvent) => joiner.write(event),
          flush: () => {
            joiner.flush();
            destination.flush?.();
          },
          close: () => {
            joiner.flush();
            destination.close?.();
          },
        } as typeof destination;
      },
    },
  };
}
