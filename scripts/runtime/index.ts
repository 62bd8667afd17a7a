// `promptvault/runtime`: serves the prompts of a bundle written by `promptvault bundle` to an
// application. No git, Astro or Node built-ins: it runs in Node, Deno, Bun, browsers and edge
// functions. A test walks this entry point's imports to keep it that way.
export { loadBundle, type BundleTypes, type Prompt, type PromptBundle, type PromptVariableMap, type UntypedBundle } from './load-bundle.ts';
export { BUNDLE_FORMAT, type Bundle, type BundledPrompt, type ModelSettings, type PromptValue } from './bundle-format.ts';
export { PromptvaultError, type RuntimeErrorCode } from './errors.ts';
export { renderTemplate } from './render.ts';
