// A .pre-commit-config.yaml that runs promptvault's record as a local hook at the stages it is
// meant for, as an adopter of the pre-commit framework writes it: what init's and doctor's tests
// of the framework start from (they vary it with `.replace`).
export const LOCAL_PRECOMMIT_CONFIG = `repos:
  - repo: local
    hooks:
      - id: promptvault-record
        name: promptvault record
        entry: sh -c 'PATH="$PWD/node_modules/.bin:$PATH" exec promptvault record --hook pre-commit'
        language: system
        pass_filenames: false
        always_run: true
        stages: [pre-commit, pre-merge-commit]
`;
