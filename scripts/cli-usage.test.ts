import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './cli-commands.ts';
import { PROJECT_ROOT } from './test-utils/repo.ts';

// Each command explains itself: `promptvault <command> --help` prints that command's usage and
// options, and a wrong option names the options the command does take. None of this needs a
// repository, so it runs in a plain temporary folder.

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/cli.ts'), ...args], { cwd: os.tmpdir(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('help and usage of each command', () => {
  it('check --help prints the usage and options of check only, exit 0', () => {
    const result = cli(['check', '--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: promptvault check [--format text|github] [--stale] [--since REF]

      Validates every prompt, clause, record and label at HEAD, compares the vault with the files and
      lists unreviewed regressions; every problem at once, the verdict on the last line.

      Options:
        --format F     text (default) or github (workflow annotations)
        --stale        also warn of labels behind their prompt's current version
        --since REF    judge again the audits and list the label moves of the commits since REF (github format default: on a pull request origin/$GITHUB_BASE_REF, on a push its before sha, else HEAD~1)
        --cwd DIR      the repository (default: the current directory)
        -h, --help     this help

      Exit: 0 clean, or nothing checked (not set up at this commit), 1 out of sync or an unreviewed regression, 2 invalid input
      All commands: promptvault --help
      "
    `);
  });

  it('every command has its own --help (also -h and `promptvault help <command>`)', () => {
    for (const command of Object.keys(COMMANDS)) {
      const result = cli([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout.split('\n')[0]).toBe(`Usage: promptvault ${COMMANDS[command]!.synopsis}`);
      for (const option of Object.keys(COMMANDS[command]!.options)) expect(result.stdout).toContain(`--${option}`);
    }
    expect(cli(['backfill', '-h']).stdout).toBe(cli(['backfill', '--help']).stdout);
    expect(cli(['help', 'backfill']).stdout).toBe(cli(['backfill', '--help']).stdout);
  });

  it('--version prints the version of package.json, exit 0', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `promptvault ${version}\n`, stderr: '' });
  });

  it('the overview (promptvault --help) names every option of each command', () => {
    const overview = cli(['--help']).stdout;
    const lines = overview.slice(overview.indexOf('Commands:\n'), overview.indexOf('\nOptions:')).split('\n').slice(1);
    const blocks = new Map<string, string>();
    let current = '';
    for (const line of lines) {
      const start = /^  ([a-z]+)\b/.exec(line);
      if (start) current = start[1]!;
      blocks.set(current, `${blocks.get(current) ?? ''}${line}\n`);
    }
    // repair's --hook is what the hooks pass, not for people.
    const internal = new Set(['repair --hook']);
    for (const [command, usage] of Object.entries(COMMANDS)) {
      for (const option of Object.keys(usage.options)) {
        if (internal.has(`${command} --${option}`)) continue;
        expect(blocks.get(command) ?? '', `${command} --${option}`).toContain(`--${option}`);
      }
    }
  });

  it('the overview\'s descriptions start in one column, a usage too long for it on a line of its own', () => {
    // `diff <id>@<v> [<id>@<v>|<id>]` ran into its description one space on, past the column.
    const overview = cli(['--help']).stdout;
    const lines = overview.slice(overview.indexOf('Commands:\n'), overview.indexOf('\nOptions:')).split('\n').slice(1).filter((line) => line.trim() !== '');
    const column = /^ +\S+(?: \S+)* {2,}/.exec(lines[0]!)![0].length;
    lines.forEach((line, i) => {
      const gap = /^ +\S+(?: \S+)* {2,}/.exec(line);
      if (gap) expect(gap[0].length, line).toBe(column);
      // A command's line without its description: the next line holds it, at the column.
      else if (line.search(/\S/) < column) expect(lines[i + 1]?.search(/\S/), line).toBe(column);
    });
  });

  it('an unknown option names the options of the command it was given to', () => {
    const result = cli(['export', '--fromat', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('promptvault export: unknown option --fromat; the options of export are --format, --mutations, --out, --cwd, --help');
    expect(result.stderr).toContain('Usage: promptvault export --format csv|json [--mutations] [--out FILE]');
    expect(result.stderr).not.toContain('Usage: promptvault <command>');
  });

  it("another command's option, or an argument too many, is refused with the command's options", () => {
    const foreign = cli(['--cwd', '.', 'check', '--mutations']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr.split('\n')[0]).toBe('promptvault check: does not take --mutations; its options are --format, --stale, --since, --cwd, --help');
    const extra = cli(['check', 'prompts/a.md']);
    expect(extra.code).toBe(2);
    expect(extra.stderr.split('\n')[0]).toBe('promptvault check: takes no arguments, received "prompts/a.md"');
  });

  it('an unknown command names the nearest commands; it, or none, prints the list of commands, exit 2', () => {
    const unknown = cli(['chek']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('promptvault: unknown command "chek". Did you mean "check"?\n');
    expect(cli(['lgo']).stderr).toContain('promptvault: unknown command "lgo". Did you mean "log"?\n');
    expect(cli(['zzzzzz']).stderr).toContain('promptvault: unknown command "zzzzzz"\n');
    expect(unknown.stderr).toContain('Usage: promptvault <command> [options]');
    expect(cli([]).code).toBe(2);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of Object.keys(COMMANDS)) expect(help.stdout).toContain(`  ${command} `);
  });
});
