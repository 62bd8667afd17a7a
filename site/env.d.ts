// Types for Astro's virtual modules and import.meta.env. `astro sync` (run by every build) writes
// the precise collection types to .astro/; without them `astro:content` still type-checks loosely.
/// <reference types="astro/client" />
