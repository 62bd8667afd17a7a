import { describe, expect, it } from 'vitest';
import { OLD_PREPARE_SCRIPT, PREPARE_SCRIPT, readPrepareScript } from './prepare-script.ts';

describe("init's prepare script: written where missing, an older init's bare one replaced, the user's own kept", () => {
  it('writes the new script where there is none, and after a prepare script of the user that does not run promptvault', () => {
    expect(readPrepareScript(undefined)).toEqual({ state: 'missing', next: PREPARE_SCRIPT });
    expect(readPrepareScript('tsc -b')).toEqual({ state: 'missing', next: `tsc -b && ${PREPARE_SCRIPT}` });
  });

  it("replaces what an older init wrote, alone or after the user's own", () => {
    expect(readPrepareScript(OLD_PREPARE_SCRIPT)).toEqual({ state: 'outdated', next: PREPARE_SCRIPT });
    expect(readPrepareScript(`npm run build && ${OLD_PREPARE_SCRIPT}`)).toEqual({ state: 'outdated', next: `npm run build && ${PREPARE_SCRIPT}` });
  });

  it('keeps its own current script and any the user changed (|| true, husky, a condition)', () => {
    for (const prepare of [PREPARE_SCRIPT, `tsc -b && ${PREPARE_SCRIPT}`, `${OLD_PREPARE_SCRIPT} || true`, 'husky', `is-ci || ${OLD_PREPARE_SCRIPT}`]) {
      expect(readPrepareScript(prepare), prepare).toEqual({ state: 'current' });
    }
  });

  it('reads the same under sh and cmd.exe: double quotes outside, none of $ % ` ! or a double quote inside', () => {
    const inner = /^node -e "(.*)"$/.exec(PREPARE_SCRIPT)?.[1];
    expect(inner).toBeDefined();
    expect(inner).not.toMatch(/[$%`!"\\]/);
  });
});
