import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiAndMockLibraries = [
  { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'src/domain is pure TypeScript: no React.' },
  { group: ['react-admin', 'ra-*', '@mui/*'], message: 'src/domain is pure TypeScript: no react-admin or MUI.' },
  { group: ['msw', 'msw/*'], message: 'src/domain must not know about the mock backend.' },
  { group: ['recharts'], message: 'src/domain is pure TypeScript: no charts.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'coverage', 'test-results', '.tmp-*', '.tmp-scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/main.tsx', 'src/app/mockMode.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/mocks/**', 'msw', 'msw/*'], message: 'The app reaches the mock backend only through src/main.tsx.' }] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: uiAndMockLibraries }],
    },
  },
);
