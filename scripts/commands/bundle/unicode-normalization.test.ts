import { afterAll, describe, expect, it } from 'vitest';
import { loadBundle, PromptvaultError } from '../../runtime/index.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { bundle } from './index.ts';

// newcomer37: a prompt at `prompts/équipe/résumé client.md` asked for with its id typed in the
// other Unicode form (é as e + a combining accent: macOS file names, text pasted from some
// editors) got `no prompt "équipe/résumé client" in this bundle. Did you mean "équipe/résumé
// client"?`, two names that look the same. The error now says what differs and what to ask for.

let repo: TestRepo;
const extra: TestRepo[] = [];
afterAll(() => [repo, ...extra].forEach((one) => one?.cleanup()));

describe('an id that differs from a bundled one only in its Unicode form', () => {
  it('is named as such, with the id to ask for', async () => {
    repo = createRepo();
    repo.write('prompts/équipe/résumé client.md', promptFile({ title: 'Résumé' }, 'Résume le dossier de {{client}}.'));
    const committed = repo.commit('a prompt with accents', '2026-01-02');
    expect(committed.code, committed.stderr).toBe(0);
    const prompts = loadBundle((await bundle({ cwd: repo.dir })).json);
    const nfc = 'équipe/résumé client'.normalize('NFC');
    expect(prompts.get(nfc).render({ client: 'Zoé' }).trim()).toBe('Résume le dossier de Zoé.');
    const nfd = nfc.normalize('NFD');
    let thrown: unknown;
    try {
      prompts.get(nfd);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PromptvaultError);
    expect((thrown as PromptvaultError).code).toBe('prompt-unknown');
    expect((thrown as PromptvaultError).message).toContain('differs from the id "équipe/résumé client" of this bundle only in how its accented letters are encoded');
    expect((thrown as PromptvaultError).message).toContain(".normalize('NFC')");
  });
});

describe('an id whose bundled name mixes the two Unicode forms', () => {
  it('is not told to normalize (no one form gives the name back): it is told the id as the bundle writes it', async () => {
    const mixed = repoWith('prompts/équipe/résumé mixte.md');
    const prompts = loadBundle((await bundle({ cwd: mixed.dir })).json);
    const bundled = `${'équipe'.normalize('NFC')}/${'résumé'.normalize('NFD')} mixte`;
    let thrown: unknown;
    try {
      prompts.get(bundled.normalize('NFC'));
    } catch (error) {
      thrown = error;
    }
    expect((thrown as PromptvaultError).code).toBe('prompt-unknown');
    expect((thrown as PromptvaultError).message).toContain('a mix of forms in the bundle');
    expect((thrown as PromptvaultError).message).not.toContain('.normalize(');
    expect((thrown as PromptvaultError).message).toContain(`get(${JSON.stringify(bundled)})`);
    expect(prompts.get(bundled).render({}).trim()).toBe('Un résumé.');
  });
});

/** A repository with one prompt at `file`, its folder in NFC and its name in NFD (as a mix of editors can leave it). */
function repoWith(file: string): TestRepo {
  const mixed = createRepo();
  extra.push(mixed);
  const [folder, name] = [file.slice(0, file.lastIndexOf('/')), file.slice(file.lastIndexOf('/') + 1)];
  mixed.write(`${folder.normalize('NFC')}/${name.normalize('NFD')}`, promptFile({ title: 'Mixte' }, 'Un résumé.'));
  const committed = mixed.commit('a prompt named in two forms', '2026-01-02');
  expect(committed.code, committed.stderr).toBe(0);
  return mixed;
}
