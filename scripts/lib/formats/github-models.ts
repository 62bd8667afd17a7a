import { isRecord, namedFields, pickSettings, type ShapeDefinition, type ShapeReader } from './kinds.ts';

// GitHub Models prompt files (`*.prompt.yml`, `*.prompt.yaml`): a YAML file, no Markdown body, with
// `name`, `description`, `model`, `modelParameters`, `messages` (a list of `{ role, content }`),
// `testData` and `evaluators`. promptvault reads it: the text of the prompt is its messages, each
// as a `role:` line followed by its content, so a change to any message is a new version and the
// `{{input}}` variables are found as in Markdown prompts.

const readGithubModels: ShapeReader = (data) => {
  const fields = namedFields(data);
  pickSettings(data, ['modelParameters', 'responseFormat', 'jsonSchema'], fields.settings);
  const messages = Array.isArray(data.messages) ? data.messages : [];
  if (!Array.isArray(data.messages)) fields.warnings.push({ code: 'github-models-no-messages', key: 'messages', message: 'has no "messages" list; recorded with an empty text', expected: 'messages:\n  - role: system\n    content: You are ...' });
  fields.body = messages
    .flatMap((message) => (isRecord(message) && typeof message.content === 'string' ? [`${typeof message.role === 'string' ? message.role : 'user'}:\n${message.content.trimEnd()}`] : []))
    .join('\n\n') + (messages.length > 0 ? '\n' : '');
  return fields;
};

// A whole YAML file, parsed as YAML by GitHub Models: no key is read as text.
export const GITHUB_MODELS: ShapeDefinition = { read: readGithubModels, textKeys: new Set() };
