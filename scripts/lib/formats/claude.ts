import { listField, namedFields, pickArgumentHint, pickSettings, type ShapeDefinition, type ShapeReader } from './kinds.ts';
import { toolVariables } from './tool-variables.ts';

// Claude Code subagents (`.claude/agents/*.md`, `plugins/*/agents/*.md`), slash commands
// (`commands/*.md`) and skills (`skills/*/SKILL.md`): Markdown with front matter `name`,
// `description`, `model` (`sonnet`, `opus`, `haiku`, `inherit` or a model id), `tools` /
// `allowed-tools` (a comma-separated string or a list), `color`, `argument-hint`. A command's
// arguments are `$ARGUMENTS` and `$1`..`$9` in its body; they are its variables.
// Claude Code documents `argument-hint: [pr-number] [priority]` (a hint shown as typed, which
// strict YAML rejects as a list followed by text) and tool patterns such as
// `allowed-tools: Bash(git add:*), Bash(git status:*)`: those values are read as their text.

const readClaude: ShapeReader = (data, body) => {
  const fields = namedFields(data);
  for (const key of ['tools', 'allowed-tools', 'disallowed-tools'] as const) {
    const list = listField(data[key]);
    if (list) fields.settings[key] = list;
  }
  pickSettings(data, ['color', 'disable-model-invocation', 'permissionMode'], fields.settings);
  pickArgumentHint(data, fields.settings);
  fields.variables = toolVariables(body, 'claude-arguments');
  return fields;
};

export const CLAUDE: ShapeDefinition = { read: readClaude, textKeys: new Set(['argument-hint', 'allowed-tools', 'tools', 'disallowed-tools']) };
