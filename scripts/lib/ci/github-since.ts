// Which commits `check --format github` judges as this run's own (`--since`): on a pull request its
// base branch (check takes the merge base); on a push every commit the push brought, from the
// event's `before` sha, not only the last one (`HEAD~1` re-judged one commit of a push of several);
// in a merge queue (`merge_group`) every commit of the group, from its `base_sha`.
// Where the range is unknown (a new branch, a force push whose old tip is not in the clone, an
// event without one), `HEAD~1` with a warning saying so. Pure: the event and a lookup are given.

/** The part of a GitHub Actions event payload (GITHUB_EVENT_PATH) read here. */
export interface GithubEvent {
  before?: unknown;
  ref?: unknown;
  repository?: { default_branch?: unknown };
  /** A merge queue's group (`merge_group` event): the commits it tests are those since `base_sha`. */
  merge_group?: { base_sha?: unknown };
}

export interface GithubSince {
  /** What `check` compares with (`--since`). */
  since: string;
  /** Set when the push's range was not known and `since` is a fallback: what was done instead, and why. */
  warning?: string;
}

const NO_COMMIT = /^0+$/;

/**
 * `env`: GITHUB_BASE_REF (set on pull requests), GITHUB_EVENT_NAME. `event`: the payload, undefined
 * when it could not be read. `has`: whether a ref names a commit in this clone.
 */
export async function githubSince(env: Record<string, string | undefined>, event: GithubEvent | undefined, has: (ref: string) => Promise<boolean>): Promise<GithubSince> {
  if (env.GITHUB_BASE_REF) return { since: `origin/${env.GITHUB_BASE_REF}` };
  const eventName = env.GITHUB_EVENT_NAME;
  // Not in GitHub Actions (a local `--format github`): the last commit, as documented.
  if (!eventName) return { since: 'HEAD~1' };
  const fallback = (why: string): GithubSince => ({ since: 'HEAD~1', warning: `${why}: audits are judged again since HEAD~1 only, the last commit's; pass --since REF to judge more` });
  if (eventName === 'merge_group') {
    // A merge queue tests every pull request of the group on top of the base: all of them are its own.
    const base = typeof event?.merge_group?.base_sha === 'string' ? event.merge_group.base_sha : undefined;
    if (!base) return fallback(`the merge_group event (${env.GITHUB_EVENT_PATH ?? 'GITHUB_EVENT_PATH unset'}) could not be read or has no merge_group.base_sha`);
    if (!(await has(base))) return fallback(`the merge group's base ${base.slice(0, 12)} is not in this clone (a shallow checkout: use actions/checkout with fetch-depth: 0)`);
    return { since: base };
  }
  if (eventName !== 'push') return fallback(`a ${eventName} event names no range of commits`);
  const before = typeof event?.before === 'string' ? event.before : undefined;
  if (!before) return fallback(`the push event (${env.GITHUB_EVENT_PATH ?? 'GITHUB_EVENT_PATH unset'}) could not be read or has no "before" sha`);
  if (NO_COMMIT.test(before)) {
    // A new branch: its own commits are those since it left the default branch.
    const main = typeof event?.repository?.default_branch === 'string' ? event.repository.default_branch : undefined;
    const branch = typeof event?.ref === 'string' ? event.ref.replace(/^refs\/heads\//, '') : undefined;
    if (main && main !== branch && (await has(`origin/${main}`))) {
      return { since: `origin/${main}`, warning: `a new branch was pushed (before = 000…): audits are judged again since it left origin/${main} (their merge base)` };
    }
    return fallback('a new branch was pushed (before = 000…) and no default branch to compare with is in this clone');
  }
  if (!(await has(before))) return fallback(`the push's previous tip ${before.slice(0, 12)} is not in this clone (a force push, or a shallow checkout: use actions/checkout with fetch-depth: 0)`);
  return { since: before };
}
