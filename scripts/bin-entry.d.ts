/** The URL bin.js imports: build/cli/promptvault.js, or in a checkout with newer sources, scripts/cli.ts. */
export function chooseEntry(binUrl: string, env?: Record<string, string | undefined>): string;
