/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [['strict', '🔒']],
  ruleDocSectionInclude: ['Examples', 'When Not To Use It'],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'options'],
  urlRuleDoc: 'docs/rules/{name}.md',
};

export default config;
