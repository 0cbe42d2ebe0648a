import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import bg from 'i18n-iso-countries/langs/bg.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import wc from 'world-countries';
countries.registerLocale(en);
countries.registerLocale(bg);
countries.registerLocale(ko);
for (const c of [
	'US',
	'GB',
	'TR',
	'VA',
	'CZ',
	'DE',
	'CN',
	'KG',
	'RU',
	'KR',
	'KP',
	'XK',
	'PS',
	'TW',
	'MK',
	'CI'
]) {
	const w = wc.find((x) => x.cca2 === c);
	console.log(
		c,
		JSON.stringify(countries.getName(c, 'en', { select: 'all' })),
		JSON.stringify(countries.getName(c, 'bg', { select: 'all' })),
		JSON.stringify(countries.getName(c, 'ko', { select: 'all' })),
		w?.name.common,
		JSON.stringify(w?.altSpellings),
		w?.translations?.kor?.common
	);
}
