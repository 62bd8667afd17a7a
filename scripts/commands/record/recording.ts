// What a recording commit needs beyond record/index.ts, behind one dynamic import. The bundle
// (lib/cli-bundle/build-fs.ts) makes a chunk per dynamic import and per set of importers sharing
// code: ten imports here loaded 37 more chunks on top of the 12 a commit touching no prompt loads,
// and Node pays for each (resolving, reading, linking). One import gives the code only recording
// needs one chunk.
export { startTokenCounter } from '../../lib/traits/token-counter-fs.ts';
export { deletesRecords, recordsToRestore } from '../../lib/recorder/restore-deleted.ts';
export { stagedDrops } from '../../lib/repair/staged-drops-fs.ts';
export { readConfigCached } from '../../lib/config/config-cache-fs.ts';
export { recordCommit } from '../../lib/recorder/record-commit.ts';
export { indexView } from '../../lib/recorder/view.ts';
export { DERIVED_TAG_RULE, derivedTagNames, invalidTags, parseUserTags, TAG_RULE } from '../../lib/lineage/tags.ts';
export { writeRecords } from '../../lib/vault/write-fs.ts';
export { PENDING_TAGS_FILE } from '../tag/index.ts';
export { openCitationCache } from '../../lib/recorder/citations-cache-fs.ts';
export { memoryMeasureCache } from '../../lib/traits/measure-cache-fs.ts';
export { promptChunkMeasurer } from '../../lib/traits/chunk-store-fs.ts';
export { recordFolder } from '../../lib/vault/paths.ts';
export { recordUnhookedSeries } from './unhooked-series.ts';
export { changedGlobs, rerootedChanges } from '../../lib/recorder/rerooted-ids-fs.ts';
