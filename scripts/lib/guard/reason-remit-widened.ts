// `scope-widened` for a remit that grew: a sentence that says what an assistant does or what a
// text contains is kept word for word and a new task or item is appended to it ("Answer questions
// about session times, skate hire and lessons" -> "..., and also give medical advice about
// sprains"; "Show notes list the guest's name, role and links" -> "..., plus our affiliate
// links"). A remit lists what is allowed, so anything appended is something the old rule did not
// permit; a duty is different: "Check the exits at opening, and also at closing" asks for more
// and is stricter. So a sentence is a remit when its clause names an assistant ("You are the
// club's assistant") or when it is a plain present statement of what a text or bot does (no modal,
// a subject before the verb). The appended part must bring a new task or object (no content word
// of the old sentence's verb), and must not be a prohibition or a limit ("and never give legal
// advice" narrows the remit). Pure.
import type { Reason } from '../schema/records.ts';
import { quote, splitSentences, tokenizeWords } from './_text.ts';
import { stemSet } from './_statements.ts';

const JOIN = /^\s*(?:,\s*)?(?:and also|and|plus|as well as|along with|together with|and additionally)\s+/i;

/** A clause that gives an assistant its role: every plain sentence in it is the assistant's remit. */
const ROLE = /\byou are (?:a|an|the|our)\b[^.]*\b(?:assistant|bot|chatbot|agent|helper|adviser|advisor|concierge|guide)\b/i;

/** A duty or limit word: a sentence with one states a rule, not a remit. */
const RULE_WORD = /\b(?:must|shall|should|never|always|only|not|no|cannot|can't|don't|required?|ensure|may)\b/i;

/** A plain present statement with a subject: "Show notes list ...", "The chatbot answers ...". */
const STATEMENT = /^(?:the |our |all |every |each )?(?:[a-z'-]+ ){0,3}[a-z'-]+s? (?:list|lists|include|includes|contain|contains|cover|covers|answer|answers|show|shows|summarise|summarises|summarize|summarizes|describe|describes|give|gives|mention|mentions|feature|features|handle|handles|offer|offers)\b/i;

/** A modal in the appended part makes it a duty of its own ("..., and must not discuss a candidate"). */
const MODAL = /\b(?:must|shall|should|may|never|always|cannot|can't|won't|will not|is not allowed)\b/i;

const LIMIT = /^(?:never|not|no|only|don't|do not|without|except|unless|nothing|none)\b/i;

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'about', 'their', 'our', 'your', 'its', 'they', 'them', 'we', 'us', 'you', 'it', 'also', 'any', 'every', 'all', 'each', 'that', 'this', 'when', 'how', 'what']);

function contentStems(text: string): Set<string> {
  return new Set(tokenizeWords(text).filter((word) => !STOP.has(word)).flatMap((word) => [...stemSet(word)]));
}

/** One reason per remit sentence of `previous` kept whole in `next` with a new task or item appended. */
export function findRemitsWidened(previous: string, next: string): Reason[] {
  const hasRole = ROLE.test(previous) && ROLE.test(next);
  const reasons: Reason[] = [];
  for (const sentence of splitSentences(previous)) {
    const body = sentence.trim().replace(/[.!?;:]+$/, '').trim();
    if (body.split(/\s+/).length < 3 || ROLE.test(body) || RULE_WORD.test(body)) continue;
    if (!hasRole && !STATEMENT.test(body)) continue;
    const at = next.indexOf(body);
    if (at < 0) continue;
    const after = next.slice(at + body.length);
    const join = JOIN.exec(after);
    if (!join) continue;
    const end = after.slice(join[0].length).search(/[.!?;](?:\s|$)|\n/);
    const rest = end < 0 ? after.slice(join[0].length) : after.slice(join[0].length, join[0].length + end);
    if (rest.trim().split(/\s+/).length < 3 || LIMIT.test(rest.trim()) || MODAL.test(rest)) continue;
    // "..., and also check them again at closing" goes on with the old task: no new one.
    const old = contentStems(body);
    const added = [...contentStems(rest)];
    if (added.length === 0 || added.filter((stem) => old.has(stem)).length * 2 >= added.length) continue;
    // Two sentences joined: "Quotes include fitting. They also include removal of old blinds." ->
    // "Quotes include fitting and removal of old blinds" appends what a sentence that went said (round 28a).
    // The sentence that went says the remit's own words and the appended ones, nothing else ("They also include ...").
    const said = new Set([...old, ...added]);
    const went = splitSentences(previous).filter((other) => other !== sentence && !next.includes(other.trim())).map(contentStems).filter((stems) => [...stems].every((stem) => said.has(stem)));
    if (added.every((stem) => went.some((stems) => stems.has(stem)))) continue;
    reasons.push({ code: 'scope-widened', message: `remit widened: ${quote(body)} now also takes in ${quote(rest.trim())}, which the old rule did not permit` });
  }
  return reasons;
}
