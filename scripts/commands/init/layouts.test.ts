import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectLayouts, KNOWN_LAYOUTS } from '../../lib/config/known-layouts.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

// `init` on a repository that already has prompt files where the common tools keep them proposes
// those globs, says what it found, and keeps node_modules out of git.

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const FILES: Record<string, string> = {
  '.claude/agents/reviewer.md': '---\nname: reviewer\ndescription: Reviews code\n---\nYou review code.\n',
  '.claude/agents/ops/deployer.md': '---\nname: deployer\n---\nYou deploy.\n',
  '.claude/commands/fix-issue.md': '---\nargument-hint: [issue]\n---\nFix issue $ARGUMENTS.\n',
  'skills/pdf/SKILL.md': '---\nname: pdf\ndescription: Reads PDFs\n---\nRead the PDF.\n',
  '.github/prompts/explain.prompt.md': '---\nmode: ask\n---\nExplain the selection.\n',
  '.github/instructions/ts.instructions.md': '---\napplyTo: "**/*.ts"\n---\nUse strict TypeScript.\n',
  '.github/copilot-instructions.md': '# Repository instructions\n\nRun npm test before proposing a change.\n',
  '.cursor/rules/style.mdc': '---\ndescription: Style\nalwaysApply: true\n---\nShort functions.\n',
  'flows/summarize.prompt': '---\nmodel: googleai/gemini-2.0-flash\n---\nSummarize {{text}}.\n',
  'docs/guide.md': '# Not a prompt\n',
};

function setUp(gitignore?: string): void {
  repo = createRepo({ hooks: false });
  repo.remove('.gitignore');
  if (gitignore !== undefined) repo.write('.gitignore', gitignore);
  for (const [file, text] of Object.entries(FILES)) repo.write(file, text);
  expect(repo.commit('the prompts we have', '2026-01-02').code).toBe(0);
}

/** A repository holding `files` (committed), after `promptvault init`: init's result. */
function initOn(files: Record<string, string>) {
  repo = createRepo({ hooks: false });
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  expect(repo.commit('what the repository holds', '2026-01-02').code).toBe(0);
  const result = repo.cli(['init']);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

function configuredPrompts(): string[] {
  return (parse(repo.read('.promptvault.yaml')) as { prompts: string[] }).prompts;
}

describe('promptvault init on the layouts teams already have', () => {
  it('finds the known layouts, says so, and writes their globs into the config', () => {
    setUp();
    const result = repo.cli(['init']);
    expect(result.code, result.stderr).toBe(0);
    const expected = ['.claude/agents/**/*.md', '.claude/commands/**/*.md', 'skills/*/SKILL.md', '.github/prompts/*.prompt.md', '.github/instructions/*.instructions.md', '.github/copilot-instructions.md', '.cursor/rules/**/*.mdc', '**/*.prompt'];
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'promptvault init: found 2 Claude Code subagents (.claude/agents/**/*.md), 1 Claude Code slash commands (.claude/commands/**/*.md), 1 Claude Code skills (skills/*/SKILL.md), 1 GitHub Copilot prompt files (.github/prompts/*.prompt.md), 1 GitHub Copilot instructions (.github/instructions/*.instructions.md), 1 GitHub Copilot repository instructions (.github/copilot-instructions.md), 1 Cursor rules (.cursor/rules/**/*.mdc), 1 Dotprompt files (**/*.prompt)',
      `promptvault init: prompts: ${expected.join(', ')} (what was found; change with --prompts GLOB or in .promptvault.yaml)`,
    ]);
    expect(configuredPrompts()).toEqual(expected);
    // The review gate starts closed to all but the person setting it up (git's identity).
    expect(parse(repo.read('.promptvault.yaml')).review).toEqual({ reviewers: ['Ada Reviewer <ada@example.com>'] });
    // Every file found is read as a prompt by those globs (a literal path as well): all but docs/guide.md.
    expect(repo.cli(['check']).stdout).toContain('promptvault check: 9 prompts, 0 clauses');
    // No .gitignore before: one is created that keeps node_modules out.
    expect(repo.read('.gitignore')).toBe('node_modules/\n');
    expect(result.stdout).toContain('promptvault init: wrote .gitignore');
    // The closing line names every file it wrote: run as printed, nothing init made stays untracked.
    const add = /^promptvault init: done\. Stage these files: git add (.+)$/m.exec(result.stdout);
    expect(add, result.stdout).not.toBeNull();
    expect(repo.git(['add', ...add![1]!.split(' ')]).code).toBe(0);
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout.split('\n').filter((line) => line.startsWith('??'))).toEqual([]);
  });

  it('names the files to stage as seen from the folder it was run in', () => {
    setUp();
    const sub = path.join(repo.dir, 'docs', 'team notes');
    fs.mkdirSync(sub, { recursive: true });
    // Run in a subfolder, as the shell is: the repository helper's `cli` runs at the root.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_') && !key.startsWith('PROMPTVAULT_') && key !== 'HUSKY'));
    const cli = path.join(import.meta.dirname, '../../cli.ts');
    const result = spawnSync(process.execPath, [cli, 'init'], { cwd: sub, env: { ...env, HOME: repo.dir }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const add = /^promptvault init: done\. Stage these files: git add (.+)$/m.exec(result.stdout);
    expect(add?.[1]).toContain('../../.promptvault.yaml');
    // Run as printed, from there (through a shell, for its quotes), nothing init made stays untracked.
    expect(spawnSync('sh', ['-c', `git add ${add![1]}`], { cwd: sub, env }).status).toBe(0);
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout.split('\n').filter((line) => line.startsWith('??'))).toEqual([]);
  });

  it('names the lockfile the install of promptvault wrote among the files to stage, so CI\'s npm ci finds package.json and the lockfile in step', () => {
    repo = createRepo({ hooks: false });
    repo.write('package.json', '{\n  "name": "acme",\n  "private": true\n}\n');
    repo.write('yarn.lock', '# an old lockfile nobody touched\n');
    repo.write('.claude/agents/triage.md', '---\nname: triage\n---\nTriage tickets.\n');
    expect(repo.commit('the prompts we have', '2026-01-02').code).toBe(0);
    // What `npm install -D promptvault` leaves: package.json and a new package-lock.json.
    repo.write('package.json', '{\n  "name": "acme",\n  "private": true,\n  "devDependencies": { "promptvault": "file:promptvault-0.1.0.tgz" }\n}\n');
    repo.write('package-lock.json', '{ "name": "acme", "lockfileVersion": 3, "packages": {} }\n');
    const result = repo.cli(['init']);
    expect(result.code, result.stderr).toBe(0);
    const add = /^promptvault init: done\. Stage these files: git add (.+)$/m.exec(result.stdout);
    const files = add![1]!.split(' ');
    expect(files).toContain('package-lock.json');
    expect(files).toContain('package.json');
    // A lockfile committed and unchanged is not named.
    expect(files).not.toContain('yarn.lock');
    expect(repo.git(['add', ...files]).code).toBe(0);
    // Nothing left unstaged or untracked (.gitignore was there and kept node_modules out already).
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout.split('\n').filter((line) => line && line[1] !== ' ')).toEqual([]);
  });

  it('writes the glob that keeps an agent and a slash command of one name apart, instead of the found globs that give them one id', () => {
    setUp();
    repo.write('.claude/commands/reviewer.md', '---\ndescription: Review the diff\n---\nReview $ARGUMENTS.\n');
    expect(repo.commit('a command named like the agent', '2026-01-03').code).toBe(0);
    const result = repo.cli(['init']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('promptvault init: .claude/agents/reviewer.md and .claude/commands/reviewer.md would both be the prompt "reviewer" under their own globs, '
      + "so '.claude/**/*.md' was written for them: their ids keep the folders that tell them apart (agents/reviewer, commands/reviewer)\n");
    expect(result.stdout).not.toContain('warning');
    expect(result.stdout).not.toContain('also takes in');
    expect(configuredPrompts()).toEqual(['.claude/**/*.md', 'skills/*/SKILL.md', '.github/prompts/*.prompt.md', '.github/instructions/*.instructions.md', '.github/copilot-instructions.md', '.cursor/rules/**/*.mdc', '**/*.prompt']);
    // Every file is a prompt of its own: the first commit through the hook is not blocked.
    const checked = repo.cli(['check']);
    expect(checked.stdout).toContain('promptvault check: 10 prompts, 0 clauses');
    expect(checked.stdout).not.toContain('id-duplicate');
  });

  it('names the files the wider glob takes in that no found layout did (a skill\'s reference file), as prompts from now on', () => {
    repo = createRepo({ hooks: false });
    repo.write('.claude/agents/reviewer.md', FILES['.claude/agents/reviewer.md']!);
    repo.write('.claude/commands/reviewer.md', '---\ndescription: Review the diff\n---\nReview $ARGUMENTS.\n');
    repo.write('.claude/skills/pdf/SKILL.md', '---\nname: pdf\ndescription: Reads PDFs\n---\nRead the PDF. See forms.md.\n');
    repo.write('.claude/skills/pdf/forms.md', 'A file the skill loads, not a prompt.\n');
    expect(repo.commit('claude code files', '2026-01-02').code).toBe(0);
    const result = repo.cli(['init']);
    expect(result.code, result.stderr).toBe(0);
    expect(configuredPrompts()).toEqual(['.claude/**/*.md']);
    expect(result.stdout).toContain('promptvault init: the wider glob also takes in 1 file(s) no layout found named as prompts, now prompts too: .claude/skills/pdf/forms.md\n  fix: ');
  });

  it('warns of files given one id by globs passed with --prompts, naming a glob that keeps them apart, and writes the globs as given', () => {
    setUp();
    repo.write('.claude/commands/reviewer.md', '---\ndescription: Review the diff\n---\nReview $ARGUMENTS.\n');
    expect(repo.commit('a command named like the agent', '2026-01-03').code).toBe(0);
    const result = repo.cli(['init', '--prompts', '.claude/agents/**/*.md', '--prompts', '.claude/commands/**/*.md']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('promptvault init: warning: .claude/agents/reviewer.md and .claude/commands/reviewer.md both give the prompt id "reviewer"; a commit adding or editing them will be blocked\n'
      + "  fix: rename one of them, or replace their globs in .promptvault.yaml by '.claude/**/*.md' (ids then keep the folders that tell them apart), or narrow the globs\n");
    expect(configuredPrompts()).toEqual(['.claude/agents/**/*.md', '.claude/commands/**/*.md']);
  });

  it('--prompts overrides what was found', () => {
    setUp('dist/');
    const result = repo.cli(['init', '--prompts', '.claude/agents/**/*.md']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('promptvault init: found 2 Claude Code subagents');
    expect(result.stdout).toContain('promptvault init: prompts: .claude/agents/**/*.md (as given with --prompts)');
    expect(configuredPrompts()).toEqual(['.claude/agents/**/*.md']);
    // An existing .gitignore without node_modules gets it appended, on a line of its own.
    expect(repo.read('.gitignore')).toBe('dist/\nnode_modules/\n');
  });

  it('run again with other --prompts before anything was committed, names every file of both runs to stage', () => {
    setUp();
    expect(repo.cli(['init']).code).toBe(0);
    repo.remove('.promptvault.yaml');
    const again = repo.cli(['init', '--prompts', '.claude/agents/**/*.md']);
    expect(again.code, again.stderr).toBe(0);
    const add = /^promptvault init: done\. Stage these files: git add (.+)$/m.exec(again.stdout);
    expect(add![1]!.split(' ').sort()).toEqual(['.gitattributes', '.gitignore', '.husky/post-commit', '.husky/post-rewrite', '.husky/pre-commit', '.husky/pre-merge-commit', '.promptvault.yaml', 'vault/README.md']);
    expect(repo.git(['add', ...add![1]!.split(' ')]).code).toBe(0);
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout.split('\n').filter((line) => line.startsWith('??'))).toEqual([]);
  });

  it('falls back to prompts/**/*.md when no layout is found, and keeps a .gitignore that has node_modules', () => {
    const result = initOn({ '.gitignore': '/node_modules\n', 'notes/todo.md': '# todo\n' });
    expect(result.stdout).toContain('promptvault init: found none of the common prompt layouts');
    expect(result.stdout).toContain('promptvault init: prompts: prompts/**/*.md (the default;');
    expect(result.stdout).toContain('promptvault init: codex: codex/**/*.md (the default; no clause file found: --codex GLOB, or codex: in .promptvault.yaml, where yours are)');
    expect(repo.read('.gitignore')).toBe('/node_modules\n');
    expect(result.stdout).not.toContain('wrote .gitignore');
  });
});

describe('promptvault init before the first commit', () => {
  it('finds the layouts of prompt files not yet added to git, and leaves out ignored ones', () => {
    repo = createRepo({ hooks: false });
    repo.write('.github/prompts/rotate.prompt.md', '---\nmode: agent\n---\nRotate the key for ${input:service}.\n');
    repo.write('.gitignore', '/node_modules\n/scratch/\n');
    repo.write('scratch/.cursor/rules/draft.mdc', '---\ndescription: Draft\n---\nNot ours.\n');
    const result = repo.cli(['init']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('.github/prompts/*.prompt.md');
    expect(configuredPrompts()).toEqual(['.github/prompts/*.prompt.md']);
  });
});

describe('promptvault init on Claude Code project skills', () => {
  it('finds the skills under .claude/skills/ (where Claude Code keeps a project\'s skills) and records them', () => {
    const result = initOn({
      '.claude/skills/pdf-report/SKILL.md': '---\nname: pdf-report\ndescription: Builds the monthly PDF report\n---\nRead the metrics export.\n',
      '.claude/skills/release notes/SKILL.md': '---\nname: release-notes\n---\nDraft the notes.\n',
      '.claude/skills/pdf-report/reference.md': 'A file the skill loads, not a prompt.\n',
    });
    expect(result.stdout).toContain('promptvault init: found 2 Claude Code skills (.claude/skills/*/SKILL.md)');
    expect(configuredPrompts()).toEqual(['.claude/skills/*/SKILL.md']);
    expect(repo.cli(['check']).stdout).toContain('promptvault check: 2 prompts, 0 clauses');
  });
});

describe('promptvault init on the root memory files the agents read', () => {
  it('proposes CLAUDE.md and AGENTS.md beside the agents, and records them as prompts CLAUDE and AGENTS', () => {
    const result = initOn({
      'CLAUDE.md': '# Project memory\r\n\r\nRun npm test before proposing a change.\r\n',
      'AGENTS.md': '\uFEFF# Agents\n\nUse the scripts in scripts/.\n',
      '.claude/agents/reviewer.md': '---\nname: reviewer\n---\nYou review code.\n',
    });
    expect(result.stdout).toContain('promptvault init: found 1 Claude Code subagents (.claude/agents/**/*.md), 1 Claude Code project memory (CLAUDE.md), 1 AGENTS.md agent instructions (AGENTS.md)');
    expect(configuredPrompts()).toEqual(['.claude/agents/**/*.md', 'CLAUDE.md', 'AGENTS.md']);
    expect(repo.cli(['backfill']).code).toBe(0);
    expect(repo.git(['diff', '--cached', '--name-only', '--', 'vault/checkpoints/']).stdout).toMatch(/^vault\/checkpoints\/CLAUDE\/0001-[0-9a-f]{12}\.yaml$/m);
    // backfill staged the records; the hooks init installed need the package installed, not here.
    const adopted = repo.commit('Adopt promptvault', '2026-01-03', { env: { HUSKY: '0' } });
    expect(adopted.code, adopted.stderr + adopted.stdout).toBe(0);
    const log = repo.cli(['log', 'AGENTS']);
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toMatch(/^AGENTS v1·[0-9a-f]{6}/);
  });
});

describe('detectLayouts', () => {
  it('matches every known layout on a path of its own, and nothing else', () => {
    const paths = ['.claude/agents/a.md', '.claude/commands/deep/b.md', '.claude/skills/q/SKILL.md', 'plugins/billing/agents/c.md', 'commands/d.md', 'agents/r.md', 'skills/e/SKILL.md',
      '.github/prompts/f.prompt.md', '.github/instructions/g.instructions.md', '.github/copilot-instructions.md', '.github/chatmodes/h.chatmode.md',
      '.github/agents/o.agent.md', '.cursor/rules/i/j.mdc', 'k.prompt', 'flows/l.prompty', 'models/p.prompt.yml', 'prompts/m/n.md', 'README.md', 'skills/e/notes.md', 'plugins/billing/agents/deep/x.md', 'CLAUDE.md', 'AGENTS.md', 'apps/web/CLAUDE.md'];
    expect(detectLayouts(paths).map((layout) => `${layout.glob}=${layout.files}`)).toEqual(KNOWN_LAYOUTS.map((layout) => `${layout.glob}=1`));
  });
});
