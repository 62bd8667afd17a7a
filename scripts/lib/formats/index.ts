// The file shapes promptvault reads: detect the shape from the path, read it into one normalised prompt.
export { detectFormat } from './detect.ts';
export { FORMAT_KINDS, type FormatKind } from './kinds.ts';
export { normalisePrompt, fileTitle, firstHeading, inFile, type NormalisedPrompt, type Normalised } from './normalise.ts';
export { splitFrontMatter, normaliseText, type FrontMatter, type Finding } from './front-matter.ts';
