// firstParentEdits' `git log --raw -z` output read as it arrives, commit by commit, so the caller can
// stop git once it has the newest edits it needs: with more paths than are named to git, the walk
// lists every change of every commit, and a caller that wanted 500 edits read all of a long
// history before this. Pure: bytes in, commits out.

/** One commit of the log as git printed it: its header and the `-z` parts of each raw change. */
export interface FirstParentLogCommit {
  commit: string;
  parents: string[];
  /** Committer date, ISO 8601 UTC. */
  date: string;
  /** Each raw change's parts (`:<modes> <oids> <status>`, then its one or two paths), for parseRawDiff. */
  changes: string[][];
}

/** The `-z` parts one raw change takes, its header (`:<modes> <oids> <status>`) included: a rename or copy names two paths. */
export function rawChangeSize(header: string): number {
  const status = header.split(' ')[4]?.charAt(0);
  return status === 'R' || status === 'C' ? 3 : 2;
}

export interface FirstParentLogReader {
  /** Reads a chunk of stdout; returns the commits it completed (a commit ends where the next one starts). */
  push(chunk: Uint8Array): FirstParentLogCommit[];
  /** The output ended: returns the last commit, if any. */
  end(): FirstParentLogCommit[];
}

/**
 * A reader of `git log --raw -z --format=%x01%H%x00%P%x00%cI%x00` output: per commit
 * `\x01<id>\0<parents>\0<date>\0`, then its raw changes (`:<modes> <oids> <status>\0<path>\0`). Read
 * part by part, a path taken where one is due: a path may hold any byte but NUL (`\x01`, a newline,
 * a leading `:`), so it is never split on; a chunk is cut at its last NUL, and the bytes after it
 * wait for the next chunk (NUL is never inside a UTF-8 character).
 */
export function readFirstParentLog(): FirstParentLogReader {
  const decoder = new TextDecoder();
  let tail = new Uint8Array(0);
  let parts: string[] = [];
  let current: FirstParentLogCommit | undefined;

  const consume = (): FirstParentLogCommit[] => {
    const done: FirstParentLogCommit[] = [];
    let at = 0;
    while (at < parts.length) {
      // git ends a commit's header with a NUL and starts its raw changes on a new line.
      const part = parts[at]!.replace(/^\n/, '');
      if (part.startsWith('\x01')) {
        if (at + 3 > parts.length) break;
        if (current) done.push(current);
        const [parents = '', date = ''] = [parts[at + 1], parts[at + 2]];
        current = { commit: part.slice(1), parents: parents.split(' ').filter(Boolean), date: new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z'), changes: [] };
        at += 3;
      } else if (part.startsWith(':') && current) {
        const size = rawChangeSize(part);
        if (at + size > parts.length) break;
        current.changes.push([part, ...parts.slice(at + 1, at + size)]);
        at += size;
      } else {
        at++;
      }
    }
    parts = parts.slice(at);
    return done;
  };

  return {
    push(chunk) {
      const bytes = tail.length > 0 ? concat(tail, chunk) : chunk;
      const last = bytes.lastIndexOf(0);
      if (last < 0) {
        tail = bytes.slice();
        return [];
      }
      tail = bytes.slice(last + 1);
      parts.push(...decoder.decode(bytes.subarray(0, last)).split('\0'));
      return consume();
    },
    end() {
      if (tail.length > 0) parts.push(decoder.decode(tail));
      tail = new Uint8Array(0);
      const done = consume();
      if (current) done.push(current);
      current = undefined;
      return done;
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
