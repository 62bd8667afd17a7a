// Pure: what a pre-commit hook file runs after promptvault has recorded the commit. promptvault
// records the staged text; a step after it that rewrites staged files (lint-staged, a formatter,
// `npx lint-staged` appended by its own setup after `init` wrote our line) changes prompts once
// their versions are written, and the commit holds records of a text it does not hold. Found on
// an adopter trial: husky + lint-staged with `prettier --write`, the commit went through and
// `check` then blamed a commit "made without the hook".

export interface StepAfterRecord {
  /** 1-based line of the hook file. */
  line: number;
  /** The command as written on that line. */
  command: string;
}

/**
 * A line that ends the block our line stands in, or the hook (`fi`, `done`, `esac`, `}`, `exit $?`):
 * no step that could rewrite a file. A hook that runs promptvault inside an `if` is no step after it.
 */
const BLOCK_END = /^(?:(?:fi|done|esac|\}|\)|;;)\s*;?|exit(?:\s+\S+)?)$/;

/**
 * The commands after the first line that runs `marker` (`record --hook pre-commit`): every line
 * that is not blank, not a comment and not the end of a block or of the hook. Empty when the
 * marker is last, or absent.
 */
export function stepsAfterRecord(text: string, marker: string): StepAfterRecord[] {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((line) => !line.trimStart().startsWith('#') && line.includes(marker));
  if (at < 0) return [];
  return lines.slice(at + 1).flatMap((line, index) => {
    const command = line.trim();
    return command === '' || command.startsWith('#') || BLOCK_END.test(command) ? [] : [{ line: at + index + 2, command }];
  });
}
