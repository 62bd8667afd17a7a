// Every relative link of every Markdown file npm packs resolves to a file of the package: the
// README an adopter opens in node_modules/promptvault (or on the registry's page) has no dead link.
// The file list is npm's own (`npm pack --dry-run --json`), so what `files` in package.json
// ships or leaves out is what is checked.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';
import { sharedPackSettled } from '../../test-utils/packed-tarball.ts';
import { deadLinks, relativeLinks } from './readme-links.ts';

describe('relative links of a Markdown file', () => {
  it('finds inline links, images, reference definitions and HTML src, skipping URLs, anchors and code', () => {
    const text = [
      'See [the bench](scripts/bench/README.md#what-the-bench-measures) and ![shot](.github/screenshots/a.jpg "A").',
      '[up](../codex/README.md) [site](https://example.com/x.md) [here](#known-limits) `[code](nothing.md)`',
      '```',
      '[fenced](nothing-either.md)',
      '```',
      '[ref]: docs/guide%20one.md',
      '<img src="img/logo.png">',
    ].join('\n');
    expect(relativeLinks('site/README.md', text).map((link) => [link.line, link.resolved])).toEqual([
      [1, 'site/scripts/bench/README.md'],
      [1, 'site/.github/screenshots/a.jpg'],
      [2, 'codex/README.md'],
      [6, 'site/docs/guide one.md'],
      [7, 'site/img/logo.png'],
    ]);
  });

  it('a link is dead unless the packed list holds its file or a folder of it', () => {
    const packed = ['README.md', 'scripts/cli.ts', 'scripts/lib/errors.ts'];
    expect(deadLinks('README.md', '[a](scripts/lib/) [b](scripts/cli.ts) [c](scripts/bench/README.md)', packed).map((link) => link.target)).toEqual(['scripts/bench/README.md']);
  });

  it('a link whose percent-encoding does not decode is a dead link saying so, not a thrown URIError', () => {
    const packed = ['README.md', 'docs/100% guide.md'];
    const text = 'See [the guide](docs/100%%20guide.md).\n\n[half a character](docs/caf%C3.md) and [fine](docs/100%25%20guide.md)';
    expect(deadLinks('README.md', text, packed).map((link) => [link.line, link.target, link.invalid])).toEqual([
      [1, 'docs/100%%20guide.md', 'its percent-encoding does not decode (write a space as %20 and a % as %25)'],
      [3, 'docs/caf%C3.md', 'its percent-encoding does not decode (write a space as %20 and a % as %25)'],
    ]);
  });
});

describe('the packed package', () => {
  it('every relative link of every Markdown file it ships names a file it ships', async () => {
    // Not while another test file's pack rewrites build/ (npm's walk fails on a folder renamed under it).
    await sharedPackSettled();
    // --ignore-scripts: the list of files is the same without building the CLI bundle (build/ is named by package.json whole).
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const packed = (JSON.parse(result.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
    const markdown = packed.filter((file) => file.endsWith('.md'));
    expect(markdown).toContain('README.md');
    const dead = markdown.flatMap((file) => deadLinks(file, fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), packed).map((link) => `${file}:${link.line}: ${link.target}${link.invalid ? ` (${link.invalid})` : ''}`));
    expect(dead).toEqual([]);
  });
});
