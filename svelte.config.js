import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; libraries keep whatever mode they were written in.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered: the site is static files and works from any file server.
		adapter: adapter({ fallback: undefined, strict: true }),
		// The layout registers the service worker itself, so that a refusal is caught: a page framed on another site
		// (an embed) may be refused one, and works without it. Kit's own inline registration leaves it uncaught.
		serviceWorker: { register: false },
		// Content Security Policy. With adapter-static there are no response headers, so Kit writes it as a
		// <meta http-equiv> tag in every prerendered page, with hashes of its own inline bootstrap script ('hash'
		// mode: nonces cannot work in static files). https://svelte.dev/docs/kit/configuration#csp
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// No 'unsafe-inline': only our bundled files and the hashed bootstrap script run.
				'script-src': ['self'],
				// MapLibre starts its worker from our own worker file, and can also start one from a blob: URL.
				'worker-src': ['self', 'blob:'],
				// 'unsafe-inline' for styles is a deliberate trade-off: MapLibre and Kit's app.html set inline style
				// attributes (positions of markers and popups, `display: contents`), which a hash cannot cover.
				// Inline styles cannot run script, so the script policy above still holds.
				'style-src': ['self', 'unsafe-inline'],
				// MapLibre decodes images through data: and blob: URLs.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Everything the map loads (geometry, fonts) is our own prerendered files: no tile server, no API.
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
