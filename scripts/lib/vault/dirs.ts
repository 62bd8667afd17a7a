// Pure: the vault's folders, apart from paths.ts so that the hook's first step (is anything
// relevant staged?) can name them without loading what names record files (node:crypto).
export const VAULT_DIR = 'vault';
export const CHECKPOINTS_DIR = `${VAULT_DIR}/checkpoints`;
export const MUTATIONS_DIR = `${VAULT_DIR}/mutations`;
export const AUDITS_DIR = `${VAULT_DIR}/audits`;
export const LABELS_DIR = `${VAULT_DIR}/labels`;
