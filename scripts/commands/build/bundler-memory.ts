// Node-only (process environment): how the bundler's native allocator holds memory. Astro bundles
// the site with rolldown, whose Rust code allocates through mimalloc; by default mimalloc commits
// its arenas eagerly and returns freed pages after a delay, so the memory of the bundling stays
// resident for the rest of the build, beside the vault and the pages: a 20-checkpoint site peaked
// at 468 MB, a 50,000-checkpoint one at 930-990 MB. With arenas committed as used and freed pages
// purged at once: 339 MB and 828-841 MB, the same CPU. mimalloc reads its options from the
// environment when rolldown's binding loads, so they are set before Astro is imported; a value
// the user set is kept.

const DEFAULTS: Record<string, string> = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
};

/** Sets mimalloc's memory options in `env` where unset; call before the first import of Astro (or Vite) in this process. */
export function limitBundlerMemory(env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, value] of Object.entries(DEFAULTS)) env[name] ??= value;
}
