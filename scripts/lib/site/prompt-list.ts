// Pure: the entries of the paged prompt list (and the overview's first page of it).
import type { SiteData, SiteModel } from './site-model.ts';

export interface PromptListEntry {
  id: string;
  /** The file's title, else the latest recorded one, else empty. */
  title: string;
  /** Versions recorded. */
  versions: number;
  /** No file in the working tree (the prompt was deleted or moved away). */
  deleted: boolean;
  /** The id it was moved to, when it was moved away rather than deleted. */
  movedTo: string | null;
}

/** Every prompt id (files and recorded ones), sorted, with what the list shows of each. */
export function promptListEntries(data: Pick<SiteData, 'prompts'>, model: Pick<SiteModel, 'promptIds' | 'byPrompt' | 'movedTo'>): PromptListEntry[] {
  const titles = new Map(data.prompts.map((p) => [p.id, typeof p.front_matter.title === 'string' ? p.front_matter.title : null]));
  return model.promptIds.map((id) => {
    const versions = model.byPrompt.get(id) ?? [];
    return { id, title: titles.get(id) ?? versions.at(-1)?.checkpoint.title ?? '', versions: versions.length, deleted: !titles.has(id), movedTo: model.movedTo.get(id) ?? null };
  });
}
