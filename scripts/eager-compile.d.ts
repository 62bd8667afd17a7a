/** True when argv (process.argv) runs `promptvault record --hook NAME`, what the git hooks run. */
export function isHookRun(argv: readonly string[]): boolean;
/** In a hook run, loads the built-ins a recording commit uses and turns V8's lazy compilation off; call before enableCompileCache. */
export function compileEagerlyInHooks(argv?: readonly string[]): boolean;
