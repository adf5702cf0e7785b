// ESLint (flat config): Vue 3 + TypeScript rules; formatting is Prettier's job (eslint-config-prettier turns the
// stylistic rules off so the two never disagree). `npm run lint` checks, `npm run format` fixes.
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from 'eslint-config-prettier/flat'
import globals from 'globals'

export default defineConfigWithVueTs(
  {
    name: 'gridwork/files',
    files: ['**/*.{ts,mts,vue,js,mjs}'],
  },
  {
    name: 'gridwork/ignores',
    // schema.d.ts is generated from openapi.yaml (npm run gen:client)
    ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'src/api/schema.d.ts', 'test-results/**'],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'gridwork/rules',
    rules: {
      // Feature screens are named by what they are (App, MobileHome); the feature folder already says whose they are.
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/no-unused-vars': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    name: 'gridwork/node-scripts',
    files: ['scripts/**', 'e2e/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
    // command-line tools report on standard output
    rules: { 'no-console': 'off' },
  },
  skipFormatting,
)
