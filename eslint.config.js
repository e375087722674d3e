import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** D3 that owns the DOM (selections, zoom, brush, drag, transitions): attachments only. */
const domOwningD3 = {
	group: ['d3-selection', 'd3-zoom', 'd3-brush', 'd3-drag', 'd3-transition'],
	message: 'DOM-owning D3 belongs in src/lib/attachments.'
};

/** lib/data and lib/layout stay pure: no Svelte, no SvelteKit, no DOM-owning D3. */
const pureModuleImports = {
	patterns: [
		{ group: ['svelte', 'svelte/*', '$app/*'], message: 'Pure modules must not import Svelte.' },
		domOwningD3,
		{
			group: ['$lib/state/*', '$lib/charts/*', '$lib/ui/*', '$lib/attachments/*'],
			message: 'Imports point one way: data → layout → state → charts/ui → routes.'
		}
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'build-bench/',
			'.svelte-kit-bench/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/data/**/*.ts', 'src/lib/layout/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', pureModuleImports] }
	},
	{
		// Only attachments touch the page through D3; the rest of the app lets Svelte own the DOM.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/attachments/**', 'src/lib/data/**', 'src/lib/layout/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [domOwningD3] }] }
	},
	{
		// Charts draw; the page's controls and panels are the ui's. A chart needs nothing from it.
		files: ['src/lib/charts/**/*.ts', 'src/lib/charts/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						domOwningD3,
						{
							group: ['$lib/ui/*', '$lib/ui/**'],
							message:
								'Charts do not import from ui/: labels are in data/, attachments in attachments/.'
						}
					]
				}
			]
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	},
	{
		// The URL sync only changes the query of the current page; there is no route to resolve.
		files: ['src/lib/state/urlSync.svelte.ts'],
		rules: {
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignorePushState: true, ignoreReplaceState: true }
			]
		}
	},
	{
		// State holds Maps and Sets in $state.raw / $derived: they are replaced, never mutated.
		files: ['src/lib/state/**/*.svelte.ts'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	}
);
