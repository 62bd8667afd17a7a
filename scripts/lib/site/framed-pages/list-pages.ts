// Pure: pages 2..last of a paged list (the mutation list, the prompt list) as framed pages, page
// 1, the one Astro rendered, their template.
import type { FramedPages } from './handoff.ts';

/** Page `n` of the list: its file under the output folder, its title and (made when written) its <main>. */
export type ListPageOf = (n: number) => { file: string; title: string; main(): string };

export function framedListPages(name: string, last: number, page: ListPageOf): FramedPages {
  return {
    name,
    template: page(1),
    count: last - 1,
    page: (i) => {
      const { file, title, main } = page(i + 2);
      return { file, title, main: main() };
    },
  };
}
