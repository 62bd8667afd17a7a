// Valences for the sentiment measure (`sentiment.ts`), hand-written on a -1 (very negative) to
// +1 (very positive) scale in the spirit of AFINN, for the words that carry feeling in prompts and
// customer conversations. Lower-case; inflections are listed rather than stemmed so an entry
// never matches a word it was not meant for.

export const VALENCE: ReadonlyMap<string, number> = new Map([
  // positive
  ['good', 0.5], ['great', 0.7], ['excellent', 0.8], ['wonderful', 0.8], ['fantastic', 0.8],
  ['amazing', 0.8], ['awesome', 0.8], ['brilliant', 0.8], ['perfect', 0.7], ['nice', 0.5],
  ['best', 0.6], ['better', 0.4], ['love', 0.7], ['loved', 0.7], ['lovely', 0.7], ['enjoy', 0.6],
  ['enjoyed', 0.6], ['happy', 0.7], ['glad', 0.6], ['pleased', 0.6], ['delighted', 0.8],
  ['pleasure', 0.6], ['thanks', 0.5], ['thank', 0.5], ['grateful', 0.6], ['appreciate', 0.5],
  ['appreciated', 0.5], ['welcome', 0.4], ['helpful', 0.5], ['kind', 0.5], ['kindly', 0.3],
  ['friendly', 0.5], ['warm', 0.4], ['warmly', 0.4], ['positive', 0.4], ['success', 0.6],
  ['successful', 0.6], ['successfully', 0.6], ['resolved', 0.4], ['easy', 0.4], ['easily', 0.3],
  ['safe', 0.3], ['calm', 0.3], ['patient', 0.3], ['polite', 0.3], ['respectful', 0.3], ['fun', 0.6],
  ['exciting', 0.6], ['excited', 0.6], ['enthusiastic', 0.6], ['cheerful', 0.6], ['encourage', 0.4],
  ['encouraging', 0.4], ['hope', 0.4], ['hopefully', 0.3], ['lucky', 0.5], ['smile', 0.5],
  ['celebrate', 0.6], ['congratulations', 0.8], ['beautiful', 0.7], ['benefit', 0.4],
  ['confident', 0.4], ['comfortable', 0.4], ['care', 0.4], ['caring', 0.5], ['gentle', 0.4],
  ['gently', 0.3], ['generous', 0.5], ['reassure', 0.4], ['reassuring', 0.4], ['support', 0.3],
  ['win', 0.5], ['reward', 0.5], ['correct', 0.3], ['clear', 0.2], ['ready', 0.2],
  ['cool', 0.4], ['sweet', 0.4], ['favourite', 0.5], ['favorite', 0.5], ['fine', 0.2],
  ['valid', 0.2], ['accurate', 0.3], ['trust', 0.4], ['honest', 0.4], ['sincerely', 0.3],
  // negative
  ['bad', -0.5], ['wrong', -0.5], ['error', -0.4], ['errors', -0.4], ['fail', -0.5],
  ['failed', -0.5], ['failure', -0.6], ['fails', -0.5], ['problem', -0.4], ['problems', -0.4],
  ['issue', -0.2], ['issues', -0.2], ['frustrating', -0.6], ['frustrated', -0.6],
  ['frustration', -0.6], ['angry', -0.7], ['anger', -0.7], ['upset', -0.6], ['annoyed', -0.5],
  ['annoying', -0.5], ['sorry', -0.3], ['unfortunately', -0.4], ['complaint', -0.4],
  ['complain', -0.4], ['rude', -0.6], ['harmful', -0.7], ['harm', -0.6], ['dangerous', -0.7],
  ['illegal', -0.6], ['abuse', -0.8], ['abusive', -0.8], ['hate', -0.8], ['hateful', -0.8],
  ['terrible', -0.8], ['awful', -0.8], ['horrible', -0.8], ['poor', -0.4], ['worse', -0.5],
  ['worst', -0.7], ['disappointed', -0.6], ['disappointing', -0.6], ['difficult', -0.3],
  ['confusing', -0.4], ['confused', -0.4], ['stressful', -0.6], ['stressed', -0.6], ['stress', -0.5],
  ['worry', -0.4], ['worried', -0.5], ['worrying', -0.5], ['sad', -0.6], ['unhappy', -0.6],
  ['painful', -0.6], ['pain', -0.6], ['loss', -0.5], ['damage', -0.5], ['damaged', -0.5],
  ['broken', -0.5], ['break', -0.3], ['delay', -0.3], ['delayed', -0.3], ['late', -0.3],
  ['reject', -0.4], ['rejected', -0.4], ['refuse', -0.3], ['deny', -0.3], ['denied', -0.4],
  ['penalty', -0.5], ['violation', -0.5], ['threat', -0.6], ['threaten', -0.6], ['risk', -0.3],
  ['risks', -0.3], ['unsafe', -0.6], ['offensive', -0.6], ['insult', -0.7], ['mistake', -0.4],
  ['inconvenience', -0.4], ['blame', -0.5], ['harsh', -0.5], ['hostile', -0.7], ['toxic', -0.7],
  ['scam', -0.8], ['fraud', -0.8], ['spam', -0.5], ['banned', -0.5], ['punish', -0.6],
  ['fault', -0.4], ['lose', -0.4], ['lost', -0.4], ['crash', -0.5], ['bug', -0.3],
  ['grief', -0.7],
  ['negative', -0.3], ['missing', -0.3], ['useless', -0.7], ['stupid', -0.8], ['ugly', -0.6],
  ['boring', -0.4], ['unacceptable', -0.6],
]);

/** Words that flip the valence of what follows ("not helpful", "never rude"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'without', 'nor', 'neither', 'hardly', 'cannot', 'avoid', 'refrain', 'nothing',
]);

/** Multipliers for the next sentiment word ("very helpful", "slightly annoying"). */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.3], ['really', 1.3], ['extremely', 1.5], ['so', 1.2], ['incredibly', 1.5], ['truly', 1.3],
  ['super', 1.3], ['absolutely', 1.4], ['highly', 1.3], ['deeply', 1.4], ['completely', 1.3],
  ['slightly', 0.6], ['somewhat', 0.7], ['bit', 0.7], ['little', 0.7], ['mildly', 0.6],
]);
