// Cue words for tone inference (`tone.ts`): words that mark a tone whatever the register.
// Whole lower-case words; stems are written as patterns only where every inflection means the
// same ("frustrat-" in frustrating, frustrated, frustration).

/** Acknowledging feelings, apologising, reassuring. */
export const EMPATHY_CUE =
  /^(?:sorry|apolog\w*|understand(?:s|ing|able)?|frustrat\w*|upset\w*|stress\w*|worr(?:y|ied|ies|ying)|empath\w*|acknowledg\w*|reassur\w*|sympath\w*|inconvenien\w*|overwhelm\w*|anxi(?:ety|ous)|disappoint\w*|compassion\w*|comfort(?:ing)?|gentl[ey]|validat\w*|feelings?|patience|patiently|distress\w*|hurt\w*|griev\w*|grief|condolences?|heartbreak\w*|lonely|concerns?|concerned|unsettl\w*|scared|afraid|struggl\w*|hardship)$/;

/** Jokes, games and exuberance. */
export const PLAYFUL_CUE =
  /^(?:jokes?|joking|puns?|silly|sillier|fun|funny|funniest|hilarious|whimsical|whimsy|playful\w*|goofy|quirky|cheeky|banter|giggl\w*|laugh\w*|humou?r\w*|witty|wit|teas(?:e|ing)|wacky|zany|haha|hehe|lol|woohoo|yay|wink\w*|emoji|emojis|silliness)$/;

/** Warmth and welcome without jokes. */
export const FRIENDLY_CUE =
  /^(?:hi|hello|hey|thanks|thank|welcome|glad|happy|enjoy|cheers|warm|warmly|friendly|friend|pleasure|love|lovely|nice|great|smile|buddy|pal|chat|casual|cheerful|upbeat)$/;

/** Firmness that is not a constraint phrase: limits and exactness. */
export const STRICT_CUE =
  /^(?:strict|strictly|exactly|precisely|solely|exclusively|limit|limits|refuse|reject|forbidden|prohibited|mandatory|nothing|zero|violat\w*|enforce\w*|non-negotiable)$/;
