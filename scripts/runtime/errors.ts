// The runtime's one error type: a string `code` and structured `data`, as isomorphic-git does.

export type RuntimeErrorCode = 'bundle-invalid' | 'prompt-unknown' | 'label-unknown' | 'version-unknown' | 'variable-missing' | 'variable-unknown' | 'variable-invalid' | 'template-logic';

export class PromptvaultError extends Error {
  readonly code: RuntimeErrorCode;
  readonly data: Record<string, unknown>;
  constructor(code: RuntimeErrorCode, message: string, data: Record<string, unknown> = {}) {
    super(message);
    this.name = 'PromptvaultError';
    this.code = code;
    this.data = data;
  }
}
