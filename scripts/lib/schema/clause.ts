import { z } from 'zod';

/** Front matter of a codex clause, `codex/<clauseId>.md`; the body is the clause text. */
export const clauseFrontMatterSchema = z.looseObject({
  /** Human title of the rule: a name, not blank (`title: ' '` passed `min(1)` and named the clause nowhere). */
  title: z.string().regex(/\S/, { message: 'is blank: a clause is named by its title, e.g. title: Never share account numbers' }),
  /** Expected tone of the clause text, e.g. `formal`; a measured tone moving away from it is flagged. */
  tone: z.string().min(1).optional(),
});

export type ClauseFrontMatter = z.infer<typeof clauseFrontMatterSchema>;

export interface Clause {
  id: string;
  path: string;
  frontMatter: ClauseFrontMatter;
  body: string;
  contentHash: string;
  keyLines: Record<string, number>;
}
