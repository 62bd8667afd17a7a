// Words for the parties a rule deals with: people named by what they do ("broker", "landlord"),
// roles writers use for one another ("supervisor", "manager"), and the generic words for the
// person a rule is about ("customer", "user"). Shared by the detectors that read a party swapped.
// Pure.

/** Nouns naming people by what they do: -er, -or, -ist, -ian, -holder, -ee, -ant. */
const ROLE_SUFFIX = /(?:[^e]er|or|ist|ian|holder|ee|ant)s?$/;
/** Role-shaped words that name things, not people. */
const NOT_PEOPLE = new Set([
  'number', 'order', 'letter', 'paper', 'error', 'folder', 'center', 'server', 'computer', 'printer', 'browser', 'filter', 'header',
  'footer', 'counter', 'border', 'cover', 'cluster', 'register', 'ledger', 'water', 'answer', 'matter', 'manner', 'other', 'either',
  'neither', 'whether', 'together', 'door', 'floor', 'color', 'colour', 'factor', 'sector', 'monitor', 'indicator', 'calculator',
  'elevator', 'fee', 'committee', 'guarantee', 'coffee', 'plant', 'restaurant', 'warrant', 'grant', 'instant', 'list', 'playlist',
  'checklist', 'shortlist', 'wishlist', 'waitlist', 'meter', 'chapter', 'quarter', 'corner', 'banner', 'container',
]);
/** People named by other roles too: a swap among these needs no suffix to be a party. */
const PEOPLE = new Set([
  'nurse', 'doctor', 'parent', 'guardian', 'spouse', 'partner', 'family', 'friend', 'child', 'landlord', 'tenant', 'student', 'patient',
  'resident', 'agent', 'client', 'police', 'bank', 'insurer', 'garage', 'school', 'court', 'regulator', 'lawyer', 'solicitor', 'auditor',
  'auditors', 'hr', 'finance', 'legal', 'security', 'vendor', 'supplier', 'carrier', 'courier', 'colleague', 'colleagues', 'manager',
]);
/**
 * Words for the person a rule is about in general: "the policyholder" -> "the customer" names the
 * same person in other words, so a swap to one of these is a rewording, not another party.
 */
export const GENERIC_PARTIES: ReadonlySet<string> = new Set([
  'customer', 'customers', 'client', 'clients', 'user', 'users', 'person', 'people', 'individual', 'someone', 'member', 'members',
  'caller', 'callers', 'requester', 'requestor', 'applicant', 'account', 'holder', 'owner', 'recipient', 'sender', 'contact',
  'consumer', 'shopper', 'buyer', 'purchaser', 'guest', 'visitor', 'staff', 'employee', 'colleague', 'team', 'they', 'them',
]);

/** Roles a writer uses for one another: a swap inside a group names the same party. */
const SAME_PARTY: readonly string[] = [
  'manager supervisor lead leader boss', 'doctor gp physician clinician', 'lawyer solicitor attorney counsel',
  'tenant renter occupant resident', 'landlord lessor', 'insurer underwriter', 'courier carrier driver',
  'vendor supplier seller merchant', 'teacher tutor instructor', 'pupil student learner', 'adviser advisor counsellor counselor',
];
const PARTY_GROUP: ReadonlyMap<string, number> = new Map(SAME_PARTY.flatMap((group, i) => group.split(' ').flatMap((word) => [[word, i], [`${word}s`, i]] as Array<[string, number]>)));
export const sameParty = (a: string, b: string): boolean => PARTY_GROUP.has(a) && PARTY_GROUP.get(a) === PARTY_GROUP.get(b);

// A plural of a thing is a thing too: "three quarters of an hour", "the containers" (round 24a).
export const isParty = (word: string): boolean => !NOT_PEOPLE.has(word) && !NOT_PEOPLE.has(word.replace(/s$/, '')) && (PEOPLE.has(word) || ROLE_SUFFIX.test(word));

/** The person a rule is about, said generically: "the account holder" -> "the customer" names them in other words. */
export const CUSTOMER_WORDS: ReadonlySet<string> = new Set(['customer', 'customers', 'client', 'clients', 'user', 'users', 'person', 'people', 'individual', 'consumer', 'shopper']);
