// A file named for a command's output that is a device (/dev/null, /dev/full, /dev/stdout) is
// written to, not replaced: `export --out /dev/full` run as root swapped the device for the CSV
// and said it wrote it. The devices are reached through symbolic links in a temporary folder, so
// a regression replaces a link, never a device.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputFiles } from './output-file-fs.ts';
import { thrownBy } from '../test-utils/thrown.ts';
import type { UserError } from './errors.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-output-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('an output file that is a device', () => {
  it('is written in place, the device left standing', () => {
    const out = path.join(dir, 'null.csv');
    fs.symlinkSync('/dev/null', out);
    writeOutputFiles([{ path: out, content: 'prompt,version\n' }]);
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
    expect(fs.statSync(out).isCharacterDevice()).toBe(true);
  });

  it('that refuses the text (a full disk) is a clear error naming it, not a success', () => {
    const out = path.join(dir, 'full.csv');
    fs.symlinkSync('/dev/full', out);
    const thrown = thrownBy(() => writeOutputFiles([{ path: out, content: 'prompt,version\n' }])) as unknown as UserError;
    expect(thrown.code).toBe('fs-enospc');
    expect(thrown.problems[0]?.message).toMatch(/^no space is left on the device \(ENOSPC/);
    expect(fs.statSync(out).isCharacterDevice()).toBe(true);
  });

  it('beside a regular file, which is still written atomically', () => {
    const csv = path.join(dir, 'vault.csv');
    fs.writeFileSync(csv, 'old\n');
    writeOutputFiles([{ path: csv, content: 'new\n' }, { path: path.join(dir, 'null.csv'), content: 'x' }]);
    expect(fs.readFileSync(csv, 'utf8')).toBe('new\n');
    expect(fs.readdirSync(dir).filter((name) => name.includes('tmp'))).toEqual([]);
  });
});
