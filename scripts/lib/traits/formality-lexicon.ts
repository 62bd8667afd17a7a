// Word lists for the formality measure (`formality.ts`). Hand-written for instructions and
// customer-facing text, lower-case. Small on purpose: each entry should be a word whose presence
// nearly always signals its register, so a reviewer can check the list in one sitting.

/** Casual words and spellings: greetings, fillers, slang, chat abbreviations, interjections. */
export const INFORMAL_WORDS: ReadonlySet<string> = new Set([
  'hey', 'hi', 'hiya', 'yo', 'yeah', 'yep', 'yup', 'nope', 'nah', 'ok', 'okay', 'cool', 'awesome',
  'stuff', 'kinda', 'sorta', 'gonna', 'wanna', 'gotta', 'lol', 'lmao', 'haha', 'hehe', 'btw', 'fyi',
  'guys', 'folks', 'pal', 'dude', 'chill', 'totally', 'super', 'crazy', 'wow',
  'oops', 'whoops', 'yikes', 'yay', 'woohoo', 'ugh', 'hmm', 'tons', 'cheers', 'thx',
  'pls', 'plz', 'ya', "y'all", 'gotcha', 'cute', 'neat', 'sweet', 'grab', 'chat', 'ping', 'tweak',
  'bunch', 'fun', 'silly', 'goofy', 'whatever', 'anyway', 'thanks',
  'stoked', 'vibe', 'vibes', 'nerd', 'geek', 'buddy', 'mate', 'dunno', 'lemme', 'gimme',
]);

/** Formal words: connectives, legal and administrative vocabulary, deferential courtesy. */
export const FORMAL_WORDS: ReadonlySet<string> = new Set([
  'therefore', 'thus', 'hence', 'however', 'furthermore', 'moreover', 'additionally', 'consequently',
  'accordingly', 'regarding', 'concerning', 'pursuant', 'hereby', 'herein', 'whereas', 'wherein',
  'notwithstanding', 'shall', 'prior', 'subsequent', 'subsequently', 'ensure', 'provide', 'assist',
  'assistance', 'request', 'require', 'requirement', 'obtain', 'utilize', 'utilise', 'commence',
  'terminate', 'inquiry', 'enquiry', 'kindly', 'sincerely', 'respectfully', 'regards', 'appropriate',
  'applicable', 'comply', 'compliance', 'policy', 'procedure', 'pertaining', 'documentation', 'verify',
  'facilitate', 'endeavour', 'endeavor', 'henceforth', 'whom', 'upon', 'within', 'thereof',
  'aforementioned', 'relevant', 'respective', 'respectively', 'professional', 'courteous', 'adhere',
  'obligation', 'obligations', 'accordance', 'circumstances', 'necessary', 'sufficient', 'nevertheless',
  'nonetheless', 'inform', 'advise', 'regret', 'indicate', 'demonstrate', 'refrain',
  'furnish', 'pertinent', 'whilst', 'hereinafter', 'therein', 'heretofore',
]);

/** Contractions that lower the register; possessive "'s" is not one, so only these count. */
export const CONTRACTION = /^(?:\p{L}+n['’]t|(?:i|you|we|they|he|she|it|that|there|here|what|who|where|let|how)['’](?:s|re|ve|ll|d|m)|i['’]m)$/iu;

// Heylighen & Dewaele's F-score rates text formal when it has many articles and prepositions and
// casual when it has many pronouns and interjections; without a part-of-speech tagger these
// closed word classes are the part of it we can count exactly.
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'about', 'under', 'over',
  'within', 'without', 'between', 'through', 'during', 'before', 'after', 'upon', 'regarding', 'per',
  'via', 'among', 'against', 'towards', 'toward', 'across', 'concerning', 'following',
]);

export const PRONOUNS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'yourself',
  'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'it', 'its', "i'm", "you're",
  "we're", "they're", "it's", "let's", "i'll", "you'll", "we'll", "i've", "you've", "we've", "you'd",
]);

export const INTERJECTIONS: ReadonlySet<string> = new Set([
  'oh', 'wow', 'hey', 'ah', 'oops', 'hmm', 'yay', 'ugh', 'ha', 'haha', 'yikes', 'whoa',
]);
