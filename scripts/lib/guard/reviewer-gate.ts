// Pure: whether a review decision on a flagged audit counts, by `.promptvault.yaml`
// `review.reviewers` (matched by email) and the git history of the audit file: the commit that
// added it (the clause change, made through the hook) and the last one that changed it (the
// review). `check` and the site both ask; reviewer-gate-git.ts reads the history.
import type { Problem } from '../errors.ts';
import { CONFIG_FILE } from '../schema/config-defaults.ts';
import type { Audit } from '../schema/records.ts';
import { reviewerEmail } from './identity.ts';
import { shellWord } from '../shell-word.ts';

/** The author of one commit that touched an audit file. */
export interface CommitAuthor {
  commit: string;
  /** `Name <email>` as git recorded it. */
  author: string;
  email: string;
  /** The commit's parents, where read: tells whether it is the commit an audit describes. */
  parents?: string[];
}

/** What history says about one audit file; null where history does not hold the commit (a shallow clone). */
export interface AuditFileHistory {
  /** The commit that added the audit: the clause change it is about. */
  added: CommitAuthor | null;
  /** The last commit that changed the audit: the one that wrote the decision. */
  decided: CommitAuthor | null;
}

export interface GateSettings {
  reviewers?: string[];
  allow_self_review: boolean;
}

const short = (commit: string) => commit.slice(0, 7);

// A squash merge folds the change and its review into one commit. The gate rests on two authors,
// the change's and the decision's, and they must differ; one commit names one author. Its
// Co-authored-by trailers are free text that whoever merges can type (the pull request's author
// among them, when allowed to merge), so they cannot tie a decision to a reviewer either: only a
// commit of the reviewer's own can, the same claim the gate trusts everywhere else.
const ONE_COMMIT = 'a squash merge ("Squash and merge") does this, and one commit names one author, so git cannot show that the decision was made by someone other than the author of the change (a Co-authored-by trailer is typed by whoever merges, so check does not count it).';
// A shallow clone cuts off the commits the gate reads: the decision may well be right, and no review
// can make it count there (the new review's commit would show the reviewer, not the change's author).
const CUT_OFF = 'but git history does not hold the commit that made the clause change (a shallow clone)';
// A reviewer with an email the list lacks: naming them fixes it (one with no email cannot be named).
const NOT_NAMED = `who is not a reviewer named in ${CONFIG_FILE} review.reviewers`;
const KEEP_REVIEW_COMMITS = 'merge pull requests that change the codex with a merge commit or rebase-merge, which keep the review a commit of the reviewer\'s';

/**
 * Why `audit`'s decision does not count, or undefined when it does. With no reviewers configured
 * every complete decision counts (the open gate `check` warns about).
 */
export function refuseDecision(audit: Pick<Audit, 'review'> & Partial<Pick<Audit, 'id'>>, history: AuditFileHistory, settings: GateSettings): string | undefined {
  if (!settings.reviewers || audit.review.status === 'pending') return undefined;
  const decision = audit.review.status;
  // Made on another audit and carried here by git (a rename it detected): no decision on this text.
  if (audit.review.of !== undefined && audit.id !== undefined && audit.review.of !== audit.id) return `${decision} on audit ${audit.review.of}, not on this one: git carried that review's lines onto this file (it took the audit this replaced, as an amend of the clause change does, for a rename of it), so nobody has decided this text yet`;
  const by = audit.review.by?.trim() ?? '';
  const email = reviewerEmail(by);
  if (!email) return `${decision} by "${by}", which names no email, so it matches no reviewer named in ${CONFIG_FILE} review.reviewers`;
  const named = new Set(settings.reviewers.map((entry) => reviewerEmail(entry)));
  if (!named.has(email)) return `${decision} by ${email}, ${NOT_NAMED}`;
  if (!history.added || !history.decided) return `${decision} by ${email}, ${CUT_OFF}: fetch the whole history (actions/checkout with fetch-depth: 0) so that check can see who made it and who reviewed it`;
  const oneCommit = history.added.commit === history.decided.commit;
  if (!settings.allow_self_review && history.added.email.toLowerCase() === email) {
    if (oneCommit) return `${decision} by ${email} in the very commit that made the clause change (${short(history.added.commit)}, by ${history.added.author}): ${ONE_COMMIT} Another named reviewer reviews it now; ${KEEP_REVIEW_COMMITS}`;
    return `${decision} by its own author: ${email} made the clause change (commit ${short(history.added.commit)})`;
  }
  if (oneCommit && history.decided.email.toLowerCase() !== email) {
    return `${decision} in the name of ${email} in the very commit that made the clause change (${short(history.decided.commit)}, by ${history.decided.author}): ${ONE_COMMIT} ${email} reviews it again and commits that as themselves; ${KEEP_REVIEW_COMMITS}`;
  }
  if (history.decided.email.toLowerCase() !== email) {
    return `${decision} in the name of ${email}, but the commit that wrote the decision (${short(history.decided.commit)}) is by ${history.decided.author}: a review counts in a commit by the reviewer it names`;
  }
  return undefined;
}

/**
 * Why an audit the hook wrote flagged and a later commit unflagged stays open: only a review
 * closes a flagged audit. The message says to restore the flag first: a review of the unflagged
 * file would still be refused.
 */
export function refuseLoweredFlag(file: string, history: { added: CommitAuthor; decided: CommitAuthor }): string {
  return `regression_flag was true when the hook wrote it (commit ${short(history.added.commit)}) and is false after commit ${short(history.decided.commit)} by ${history.decided.author}: a flag is closed by a review, not by an edit (put it back with \`git checkout ${short(history.added.commit)} -- ${shellWord(file)}\` before the review)`;
}

/**
 * What turns a refused decision into one that counts, by why it was refused (`refusal`, from
 * refuseDecision): in a shallow clone, the whole history (another review would be refused the
 * same way); for a reviewer not named, a review by one who is, or naming them; else a review by a
 * named reviewer in a commit of their own.
 */
export function refusalFix(audit: Pick<Audit, 'clause' | 'id'>, refusal = ''): string {
  if (refusal.includes(CUT_OFF)) return 'fetch the whole history (`git fetch --unshallow`; in CI, actions/checkout with fetch-depth: 0) and run check again: the decision is not wrong, this clone cannot show who made the change and who decided it';
  const review = `a reviewer named in ${CONFIG_FILE} review.reviewers, other than the clause's author, runs \`npx promptvault review ${shellWord(audit.clause)} --audit ${audit.id} --accept|--reject --note "why"\` and commits it as themselves`;
  return refusal.endsWith(NOT_NAMED) ? `${review}; or add that reviewer to review.reviewers (a change the CODEOWNERS of ${CONFIG_FILE} approve)` : review;
}

/**
 * Who may close a flagged audit, said wherever the command to run is given (check's fix line, the
 * pull request report): the named reviewers, never the change's author, in a commit of their own.
 * Empty while no reviewer is named (any identity counts; check warns of that apart).
 */
export function whoReviews(settings: Pick<GateSettings, 'reviewers' | 'allow_self_review'> | undefined): string {
  if (!settings?.reviewers) return '';
  const shown = settings.reviewers.slice(0, 4).join(', ') + (settings.reviewers.length > 4 ? ` and ${settings.reviewers.length - 4} more` : '');
  return `, run by a reviewer named in ${CONFIG_FILE} review.reviewers (${shown})${settings.allow_self_review ? '' : ' other than the change\'s author'} and committed as themselves`;
}

/** The warning `check` prints while no reviewer is configured and flagged audits exist. */
export function openGateWarning(): Problem {
  return {
    code: 'review-gate-open', file: CONFIG_FILE,
    message: 'names no review.reviewers, so the CI gate opens for anyone: an accept by any git identity counts, the author of the flagged change included',
    fix: `add the people who may review to ${CONFIG_FILE}, e.g. review: { reviewers: ["Dana Lee <dana@example.com>"] } (promptvault README, "Review and CI")`,
  };
}
