import { findReasons } from './scripts/lib/guard/find-reasons.ts';
import { findEntities } from './scripts/lib/guard/reason-entity.ts';
import { findQuantities } from './scripts/lib/guard/reason-number.ts';
const cases: [string,string][] = [
 ['The assistant must never share account numbers.','The assistant should avoid sharing account numbers.'],
 ['Refunds are accepted within 30 days of purchase.','Refunds are accepted within 60 days of purchase.'],
 ['Attachments larger than 5 MB must be rejected.','Attachments larger than 5 GB must be rejected.'],
 ['Chat transcripts are deleted after 14 days.','Chat transcripts are deleted after two weeks.'],
 ['Greet the customer by name. Never share internal ticket notes. Close with a summary.','Greet the customer by name. Close with a summary.'],
 ['Log every escalation in Zendesk and notify the Trust and Safety team.','Log every escalation and notify the team.'],
 ['Handle personal data in line with the General Data Protection Regulation.','Handle personal data in line with the GDPR.'],
 ['Follow [[privacy/pii]] when handling addresses.','Follow codex/privacy/pii when handling addresses.'],
 ['Exceptions are listed in clause 4.2.','Exceptions are listed in the appendix.'],
 ['Never share account numbers in chat.','Always share account numbers in chat.'],
 ['Offer at most two goodwill credits per customer.','Offer at least two goodwill credits per customer.'],
];
for (const [a,b] of cases) console.log(JSON.stringify(findReasons(a,b)));
console.log(findEntities('Log every escalation in Zendesk and notify the Trust and Safety team. Card data must follow PCI DSS. Mail privacy@acme.com or https://acme.com/x. Acme Premium plans.'));
console.log(findQuantities('Offer at most two goodwill credits, 5MB, $500, 2 business days, twenty-five words, 1,000 tokens, once'));
