// Pure: git identities as `review` writes them and `check` matches them ("Name <email>", or an
// email alone). Only the email identifies a person: names are spelt many ways.

const EMAIL = /^[^\s<>@]+@[^\s<>@]+$/;

/** The email of `dana@example.com` or `Dana Lee <dana@example.com>`, lower-cased; undefined when there is none. */
export function reviewerEmail(identity: string): string | undefined {
  const text = identity.trim();
  if (EMAIL.test(text)) return text.toLowerCase();
  const match = /^[^<>]*<([^<>]+)>$/.exec(text);
  return match && EMAIL.test(match[1]!.trim()) ? match[1]!.trim().toLowerCase() : undefined;
}
