// What the machine refused (a full disk, a read-only folder, a file where a folder should be)
// is the user's to fix, not our bug: these turn Node's system errors into UserErrors that say
// which file, why, and what to do. Pure: looks at the error's `code`, never at the disk.
import { UserError } from './errors.ts';

interface SystemError {
  code: string;
  syscall?: string;
  path?: string;
  message: string;
}

/** Errno codes the environment raises whatever our code does: reported as the user's to fix. */
const CAUSES: Record<string, { what: string; fix: string }> = {
  ENOSPC: { what: 'no space is left on the device', fix: 'free some disk space, then run the command again' },
  EDQUOT: { what: 'your disk quota is used up', fix: 'free some space or ask for a larger quota, then run the command again' },
  EACCES: { what: 'permission denied', fix: 'make the folder writable for you (e.g. `chmod u+w FOLDER`, or fix its owner with `chown`), then run the command again' },
  EPERM: { what: 'the operation is not permitted', fix: 'check the file\'s owner and permissions (and that no other program holds it), then run the command again' },
  EROFS: { what: 'the file system is read-only', fix: 'run the command in a writable checkout (or remount the file system read-write)' },
  EISDIR: { what: 'a folder is where a file was expected', fix: 'give the path of a file, not of a folder' },
  ENOTDIR: { what: 'a part of the path is a file where a folder was expected', fix: 'move or rename that file, or choose another path' },
  EEXIST: { what: 'a file is in the way', fix: 'move or rename the file in the way, or choose another path' },
  ENAMETOOLONG: { what: 'the path is too long for the file system', fix: 'use shorter file or folder names' },
  ELOOP: { what: 'the path runs through a loop of symbolic links', fix: 'fix the symbolic links on the path' },
  EMFILE: { what: 'too many files are open', fix: 'raise the open-file limit (`ulimit -n`), then run the command again' },
  ENFILE: { what: 'the system has too many files open', fix: 'close other programs or raise the system\'s open-file limit, then run the command again' },
  EIO: { what: 'the device reported an input/output error', fix: 'check the disk, then run the command again' },
  EBUSY: { what: 'the file or folder is busy', fix: 'close the program holding it, then run the command again' },
  ETXTBSY: { what: 'the file is busy', fix: 'close the program holding it, then run the command again' },
};

function isSystemError(error: unknown): error is SystemError {
  return typeof error === 'object' && error !== null && typeof (error as SystemError).code === 'string' && typeof (error as SystemError).message === 'string'
    && typeof (error as SystemError).syscall === 'string';
}

/** Whether the error is the environment refusing a file operation (see CAUSES), not our bug. */
export function isEnvironmentError(error: unknown): boolean {
  return isSystemError(error) && error.code in CAUSES;
}

/**
 * The system error as a UserError naming `file` (as the user knows it: repository-relative where
 * there is a repository), or the error itself when it is not one the user can fix.
 * `doing` completes "could not ...", e.g. `write vault/checkpoints/a/0001-....yaml`.
 */
export function fileSystemError(error: unknown, file: string, doing: string, note = ''): unknown {
  if (!isSystemError(error) || !(error.code in CAUSES)) return error;
  const cause = CAUSES[error.code]!;
  const code = `fs-${error.code.toLowerCase()}`;
  const where = error.path && !error.path.endsWith(file) ? ` at ${error.path}` : '';
  return new UserError(code, `promptvault: could not ${doing}${note ? `; ${note}` : ''}`, [{ code, file, message: `${cause.what} (${error.code}${where})`, fix: cause.fix }], { cause: error });
}
