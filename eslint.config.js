import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/*
 * Imports point one way, down the data flow: components → map → view → atlas; server/view → view;
 * server/atlas → pipeline → atlas; reader → pipeline, view; only server code imports $lib/server (SvelteKit also
 * refuses it in browser code). The pipeline is pure so that the build (server/atlas, which reads the files) and the
 * browser's reader worker (reader/) run the same code.
 * A folder is matched as `$lib/<folder>` or as a relative path that climbs (`../view/`, `../../atlas/`).
 */
const folder = (name) => `^(\\$lib/|(\\.\\./)+)${name}(/|$)`;
const FLOW = 'components → map → view → atlas';
const PIPELINE = 'server/atlas → pipeline → atlas; view models of its output go in server/view';
const READER = 'reader → pipeline, view, atlas; components use the reader';
const rule = (regex, message) => ({ regex, message });
const NO_SERVER = rule(
	folder('server'),
	'Only server code imports $lib/server: move what the browser needs out of it.'
);
const NO_COMPONENTS = (from, flow = FLOW) =>
	rule(folder('components'), `${from}/ must not import components/ (${flow}).`);
const NO_MAP = (from, flow = FLOW) => rule(folder('map'), `${from}/ must not import map/ (${flow}).`);
const NO_VIEW = (from, flow = FLOW) => rule(folder('view'), `${from}/ must not import view/ (${flow}).`);
/** The rune file is for components; pure modules take the options from view/options.ts. */
const NO_RUNES = rule(
	'state\\.svelte$',
	'A pure module must not import the ViewState rune file: take LayerId, FillMode and the defaults from view/options.ts.'
);
const restrict = (files, patterns, ignores = []) => ({
	files,
	ignores,
	rules: { 'no-restricted-imports': ['error', { patterns }] }
});
/** ESLint replaces a rule's options per block, so each block lists every pattern its files are held to. */
const importDirection = [
	restrict(['src/lib/components/**'], [NO_SERVER]),
	restrict(['src/lib/map/**'], [NO_SERVER, NO_COMPONENTS('map')]),
	restrict(['src/lib/map/**/*.ts'], [NO_SERVER, NO_COMPONENTS('map'), NO_RUNES], ['**/*.svelte.ts']),
	restrict(['src/lib/view/**'], [NO_SERVER, NO_COMPONENTS('view'), NO_MAP('view')]),
	restrict(
		['src/lib/view/**/*.ts'],
		[NO_SERVER, NO_COMPONENTS('view'), NO_MAP('view'), NO_RUNES],
		['**/*.svelte.ts']
	),
	restrict(['src/lib/shell/**'], [NO_SERVER, NO_COMPONENTS('shell')]),
	restrict(['src/lib/atlas/**'], [NO_SERVER, NO_COMPONENTS('atlas'), NO_MAP('atlas'), NO_VIEW('atlas')]),
	restrict(
		['src/lib/pipeline/**'],
		[
			NO_SERVER,
			NO_COMPONENTS('pipeline', PIPELINE),
			NO_MAP('pipeline', PIPELINE),
			NO_VIEW('pipeline', PIPELINE),
			rule(folder('reader'), `pipeline/ must not import reader/ (${READER}).`)
		]
	),
	restrict(['src/lib/reader/**'], [NO_SERVER, NO_COMPONENTS('reader', READER), NO_MAP('reader', READER)]),
	restrict(
		['src/lib/server/atlas/**'],
		[
			NO_COMPONENTS('server/atlas', PIPELINE),
			NO_MAP('server/atlas', PIPELINE),
			NO_VIEW('server/atlas', PIPELINE),
			rule(
				folder('geo'),
				`server/atlas/ must not import server/geo/: the pipeline reads documents, not geometry.`
			)
		]
	),
	restrict(['src/lib/server/view/**'], [NO_COMPONENTS('server/view'), NO_MAP('server/view')]),
	restrict(['src/lib/server/geo/**'], [NO_COMPONENTS('server/geo'), NO_VIEW('server/geo')])
];

/*
 * A language is data: its module in src/lib/pipeline/languages/ says what the pipeline needs of it, and no code
 * elsewhere branches on a language code ("lang === 'ko'"). Codes of the languages read now and of those likely next.
 */
const LANGUAGE_CODE = '/^(?:bg|ko|en|ru|uk|kk|ky|uz|tg|tk|mn|de|fr|es|it|ja|zh|tr|ar|fa)(?:-.*)?$/';
const LANGUAGE_BRANCH =
	'Do not branch on a language code here: put what differs in the language modules (src/lib/pipeline/languages/) and ask languageFor(tag).';
const languageAsData = {
	files: ['src/**/*.ts', 'src/**/*.svelte', 'scripts/place-names.ts', 'scripts/browser-gazetteer.ts'],
	ignores: ['src/lib/pipeline/languages/**'],
	rules: {
		'no-restricted-syntax': [
			'error',
			{
				selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=${LANGUAGE_CODE}]`,
				message: LANGUAGE_BRANCH
			},
			{ selector: `SwitchCase > Literal.test[value=${LANGUAGE_CODE}]`, message: LANGUAGE_BRANCH }
		]
	}
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
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
	...importDirection,
	languageAsData
);
