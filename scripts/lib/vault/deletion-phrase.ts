// Pure (no Node built-ins: the runtime imports it): the one wording of where a prompt was
// deleted, shared by `show` / `diff` and `promptvault/runtime`, so an application and a developer
// read the same "deleted in commit <commit> ("<subject>")" for the same deletion.

/** Where a prompt id went: the commit that deleted its last file, and the id it was moved to first. */
export interface DeletionPlace {
  /** The commit that deleted the file (full id); null when this clone's history does not hold it (shallow). */
  commit: string | null;
  /** That commit's subject line; null with `commit`. */
  subject: string | null;
  /** The id the prompt was moved to before it was deleted (absent: deleted under this very id). */
  movedTo?: string;
}

/** `it was deleted in commit 0123456789ab ("drop the faq")`, or `it was moved to "b", which was deleted in ...`. */
export function deletionPhrase(place: DeletionPlace): string {
  const commit = place.commit === null ? null : place.commit.slice(0, 12);
  const where = commit !== null ? `deleted in commit ${commit} ("${place.subject ?? ''}")` : 'has no file any more (deleted)';
  const moved = place.movedTo !== undefined ? `was moved to "${place.movedTo}", which ${commit !== null ? 'was ' : ''}` : commit !== null ? 'was ' : '';
  return `it ${moved}${where}`;
}
