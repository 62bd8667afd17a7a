// Pure: the message of the one commit that adopts promptvault (init's files and backfill's records
// together). init's closing line, backfill's and the README's "Adopting an existing repository"
// name it; backfill said "Backfill the prompt vault" where the other two said this.

/** The adoption commit's message, as init, backfill and the README suggest it. */
const ADOPTION_COMMIT_MESSAGE = 'Adopt promptvault';

/** The command that makes the adoption commit, quoted for a shell. */
export const ADOPTION_COMMIT_COMMAND = `git commit -m "${ADOPTION_COMMIT_MESSAGE}"`;
