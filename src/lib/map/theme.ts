/**
 * The page's colours and fonts that the SVG renderer writes into its files too (a downloaded map carries no
 * stylesheet): the same values as src/app.css's tokens, which tests/unit/tokens.test.ts compares. MapLibre's own
 * ink and label colours are style.ts's.
 */

/** Secondary text: app.css `--muted`. */
export const MUTED = '#555f69';
/** Lines between boxes and around the world: app.css `--rule-strong`. */
export const RULE_STRONG = '#b8c4ce';
/** The system fonts, with Cyrillic and Hangul: app.css `html { font-family }`. The file embeds none and loads none. */
export const FONT_STACK =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
