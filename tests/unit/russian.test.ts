/**
 * Russian, the fourth language module: the case forms of names, dates, sentence ends, cities in their cases, the
 * language told from Bulgarian, and the constructions of diplomatic Russian, one sentence each. The expected values
 * are read from the Russian (a grammar's declension tables, the text's own date), not copied from the program; the
 * sentences are written for these tests, none copied from a test document.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/lib/pipeline/clean';
import { languageOfScript } from '../../src/lib/pipeline/languages/codes';
import { russianBaseForms, russianCaseForms } from '../../src/lib/pipeline/languages/ru-morphology';
import { transliterateRu } from '../../src/lib/pipeline/languages/ru';
import {
	countryName,
	findCountries,
	lookupCountry,
	searchNames
} from '../../src/lib/pipeline/lookup/countries';
import { findDates } from '../../src/lib/pipeline/lookup/dates';
import { resolveCity } from '../../src/lib/pipeline/lookup/places';
import NAMES from '../../src/lib/pipeline/lookup/places/names.json' with { type: 'json' };
import { detectLanguage } from '../../src/lib/pipeline/read';
import { splitSentences } from '../../src/lib/pipeline/sentences';
import { read as readFacts } from '../support/read-facts';

describe('case forms of country names', () => {
	it.each([
		// name, then the genitive, dative, accusative, instrumental and prepositional a grammar gives
		['Россия', ['России', 'России', 'Россию', 'Россией', 'России']],
		['Казахстан', ['Казахстана', 'Казахстану', 'Казахстан', 'Казахстаном', 'Казахстане']],
		['Турция', ['Турции', 'Турции', 'Турцию', 'Турцией', 'Турции']],
		['Украина', ['Украины', 'Украине', 'Украину', 'Украиной', 'Украине']],
		['Мексика', ['Мексики', 'Мексике', 'Мексику', 'Мексикой', 'Мексике']],
		['Польша', ['Польши', 'Польше', 'Польшу', 'Польшей', 'Польше']],
		['Корея', ['Кореи', 'Корее', 'Корею', 'Кореей', 'Корее']],
		['Китай', ['Китая', 'Китаю', 'Китай', 'Китаем', 'Китае']],
		['Беларусь', ['Беларуси', 'Беларуси', 'Беларусь', 'Беларусью', 'Беларуси']],
		['Израиль', ['Израиля', 'Израилю', 'Израиль', 'Израилем', 'Израиле']],
		['Мальдивы', ['Мальдив', 'Мальдивам', 'Мальдивы', 'Мальдивами', 'Мальдивах']],
		['Нидерланды', ['Нидерландов', 'Нидерландам', 'Нидерланды', 'Нидерландами', 'Нидерландах']],
		['Южная Корея', ['Южной Кореи', 'Южной Корее', 'Южную Корею', 'Южной Кореей', 'Южной Корее']],
		['Южный Судан', ['Южного Судана', 'Южному Судану', 'Южный Судан', 'Южным Суданом', 'Южном Судане']],
		[
			'Соединённые Штаты Америки',
			[
				'Соединённых Штатов Америки',
				'Соединённым Штатам Америки',
				'Соединённые Штаты Америки',
				'Соединёнными Штатами Америки',
				'Соединённых Штатах Америки'
			]
		],
		[
			'Босния и Герцеговина',
			[
				'Боснии и Герцеговины',
				'Боснии и Герцеговине',
				'Боснию и Герцеговину',
				'Боснией и Герцеговиной',
				'Боснии и Герцеговине'
			]
		],
		['Гвинея Бисау', ['Гвинеи Бисау', 'Гвинее Бисау', 'Гвинею Бисау', 'Гвинеей Бисау', 'Гвинее Бисау']],
		['Шри Ланка', ['Шри Ланки', 'Шри Ланке', 'Шри Ланку', 'Шри Ланкой', 'Шри Ланке']],
		[
			'Багамские Острова',
			[
				'Багамских Островов',
				'Багамским Островам',
				'Багамские Острова',
				'Багамскими Островами',
				'Багамских Островах'
			]
		],
		[
			'Мальдивская Республика',
			[
				'Мальдивской Республики',
				'Мальдивской Республике',
				'Мальдивскую Республику',
				'Мальдивской Республикой',
				'Мальдивской Республике'
			]
		]
	])('%s', (name, cases) => {
		const forms = new Set([name, ...russianCaseForms(name)]);
		for (const form of cases) expect(forms, form).toContain(form);
	});

	it('leaves indeclinable names as they are', () => {
		// Foreign names in -о, -е, -и, -у and in a vowel and -а do not decline: "в Того", "с Перу", "из Никарагуа".
		for (const name of ['Того', 'Кабо Верде', 'Перу', 'Мали', 'Кирибати', 'Науру', 'Никарагуа', 'Монако'])
			expect(russianCaseForms(name), name).toEqual([]);
	});

	it('writes е for ё too, as most texts do', () => {
		expect(russianCaseForms('Соединённое Королевство')).toEqual(
			expect.arrayContaining([
				'Соединенного Королевства',
				'Соединенное Королевство',
				'Соединённом Королевстве'
			])
		);
	});

	it('finds the names in every case in running text', () => {
		const text =
			'Посольство России в Турции, отношения между Казахстаном и Кыргызстаном, договор с Турцией, ' +
			'на Мальдивах, в Мальдивской Республике, с Республикой Гвинея-Бисау, из Соединенных Штатов Америки, ' +
			'в Шри-Ланке, с Гренадой, Мозамбиком и Камеруном, посол в Беларуси, в РФ.';
		expect(findCountries(text, 'ru').map((m) => `${m.surface} ${m.code}`)).toEqual([
			'России RU',
			'Турции TR',
			'Казахстаном KZ',
			'Кыргызстаном KG',
			'Турцией TR',
			'Мальдивах MV',
			'Мальдивской Республике MV',
			'Гвинея-Бисау GW',
			'Соединенных Штатов Америки US',
			'Шри-Ланке LK',
			'Гренадой GD',
			'Мозамбиком MZ',
			'Камеруном CM',
			'Беларуси BY',
			'РФ RU'
		]);
	});

	it('reads no country inside an island or a state of another', () => {
		// Новая Гвинея is an island, not Guinea; its cases neither.
		expect(findCountries('на острове Новая Гвинея и у берегов Новой Гвинеи', 'ru')).toEqual([]);
	});

	it('names countries as Russian writes them', () => {
		expect(countryName('CN', 'ru')).toBe('Китай');
		expect(countryName('KR', 'ru')).toBe('Южная Корея');
		expect(lookupCountry('Кыргызстан', 'ru')).toBe('KG');
		expect(lookupCountry('Туркменистан', 'ru')).toBe('TM');
		expect(searchNames('KZ').ru).toContain('Казахстан');
		expect(searchNames('KG').ru).toEqual(expect.arrayContaining(['Киргизия', 'Кыргызстан']));
	});
});

describe('cities in their cases', () => {
	it.each([
		['Москве', 'Moscow', 'RU'],
		['Москвой', 'Moscow', 'RU'],
		['Бишкеке', 'Bishkek', 'KG'],
		['Анкаре', 'Ankara', 'TR'],
		['Астане', 'Astana', 'KZ'],
		['Нур-Султане', 'Astana', 'KZ'],
		['Алма-Ате', 'Almaty', 'KZ'],
		['Алматы', 'Almaty', 'KZ'],
		['Тюмени', 'Tyumen', 'RU'],
		['Уфе', 'Ufa', 'RU'],
		['Софии', 'Sofia', 'BG'],
		['Шанхае', 'Shanghai', 'CN'],
		['Усть-Каменогорске', 'Ust-Kamenogorsk', 'KZ'],
		['Уральск', 'Oral', 'KZ'],
		['Баку', 'Baku', 'AZ'],
		['Актау', 'Aktau', 'KZ']
	])('%s is %s', (surface, name, country) => {
		const place = resolveCity(surface, 'ru');
		expect(place && `${place.name} ${place.country}`).toBe(`${name} ${country}`);
	});

	it('keeps in the name table only the Russian names Bulgarian lacks, and reads both', () => {
		const table = NAMES as Record<string, Record<string, Record<string, string>>>;
		for (const tier of ['cldr', 'geonames', 'extra'])
			for (const [id, keys] of Object.entries(table.ru[tier])) {
				const bg = new Set((table.bg[tier][id] ?? '').split('|'));
				for (const key of keys.split('|')) expect(bg.has(key), `${tier} ${id} ${key}`).toBe(false);
			}
		// Ташкент is spelt alike in both: it is in Bulgarian's table only.
		expect(resolveCity('Ташкенте', 'ru')?.name).toBe('Tashkent');
	});

	it('gives the nominatives an oblique form may stand for', () => {
		expect(russianBaseForms('Москве')).toContain('Москва');
		expect(russianBaseForms('Бишкеке')[0]).toBe('Бишкек');
		expect(russianBaseForms('Тюмени')[0]).toBe('Тюмень');
		expect(russianBaseForms('Шанхае')[0]).toBe('Шанхай');
		expect(russianBaseForms('Афинах')[0]).toBe('Афины');
		// In a name of several words the last declines: Санкт-Петербурге -> Санкт-Петербург.
		expect(russianBaseForms('Санкт-Петербурге')[0]).toBe('Санкт-Петербург');
	});

	it('transliterates as GeoNames writes Russian places', () => {
		expect(transliterateRu('Тюмень')).toBe('Tyumen');
		expect(transliterateRu('Щёлково')).toBe('Shchelkovo');
		expect(transliterateRu('Нижний Новгород')).toBe('Nizhniy Novgorod');
	});
});

describe('dates', () => {
	const read = (text: string) =>
		findDates(text, 0, text.length, 'ru').dates.map((d) => [text.slice(d.start, d.end), d.date]);

	it('reads genitive months, "г." and "году"', () => {
		expect(read('Отношения установлены 5 июня 1992 г. Посольство открыто 29 апреля 2022 года.')).toEqual([
			['5 июня 1992 г.', '1992-06-05'],
			['29 апреля 2022 года', '2022-04-29']
		]);
		expect(read('в 1992 году, в марте 1994 года, в мае 2001 г., апрель 1993')).toEqual([
			['1992 году', '1992'],
			['марте 1994 года', '1994-03'],
			['мае 2001 г.', '2001-05'],
			['апрель 1993', '1993-04']
		]);
	});

	it('reads a span of years as its first year, and no decade', () => {
		expect(read('в 1992–1994 гг. и в 1990-е годы, в 1990-х годах')).toEqual([
			['1992', '1992'],
			['1994 гг.', '1994']
		]);
	});
});

describe('sentence ends', () => {
	const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

	it('does not end a sentence at г., т. е., им., ул. or an initial', () => {
		expect(
			split('В 1994 г. Россия открыла посольство, т. е. Посольство РФ. Министр Д. Цогтбаатар приехал.')
		).toEqual([
			'В 1994 г. Россия открыла посольство, т. е. Посольство РФ.',
			'Министр Д. Цогтбаатар приехал.'
		]);
		expect(split('Посольство находится на ул. Абая, в парке им. Горького. Оно открыто.')).toEqual([
			'Посольство находится на ул. Абая, в парке им. Горького.',
			'Оно открыто.'
		]);
	});

	it('ends a sentence at "и т. д." before a capital: it closes what it ends', () => {
		expect(split('Есть посольства, консульства и т. д. Россия открыла ещё одно.')).toEqual([
			'Есть посольства, консульства и т. д.',
			'Россия открыла ещё одно.'
		]);
	});
});

/** Reads `body` as a Russian document about `focus` (and `about`). */
const read = (focus: string, body: string, about: string[] = []) => readFacts('ru', focus, body, about);

describe('constructions of diplomatic Russian', () => {
	it('relations established on a date, with the partner in the instrumental', () => {
		const r = read(
			'KZ',
			'Дипломатические отношения между Казахстаном и Монголией установлены 22 января 1992 года.'
		);
		expect(r.established).toEqual(['MN 1992-01-22']);
	});

	it('a list of partners after a colon, in the instrumental', () => {
		const r = read(
			'KG',
			'В 2019 году Кыргызстан установил дипломатические отношения с тремя государствами: Гренадой, Мозамбиком и Камеруном.'
		);
		expect(r.established).toEqual(['CM 2019', 'GD 2019', 'MZ 2019']);
	});

	it('a list of partners on the line after a sentence that ends in a colon', () => {
		const r = read(
			'KG',
			'В 2025 году дипломатические отношения были установлены со следующими государствами:\n\nБотсвана, Белиз, Габон.'
		);
		expect(r.established).toEqual(['BW 2025', 'BZ 2025', 'GA 2025']);
	});

	it('"no relations"', () => {
		expect(read('KZ', 'Казахстан и Бутан не имеют дипломатических отношений.').none).toEqual(['BT']);
	});

	it('"у X есть посольство в городе и консульство в другом"', () => {
		expect(
			read('KZ', 'У Турции есть посольство в Астане и генеральное консульство в Алматы.').missions
		).toEqual(['TR>KZ consulate-general Almaty', 'TR>KZ embassy Astana']);
	});

	it('the sender in the genitive after the mission word, the host with "в"', () => {
		expect(read('KZ', 'В Бресте открылось почётное консульство Республики Казахстан.').missions).toEqual([
			'KZ>BY honorary-consulate Brest'
		]);
		expect(read('KZ', 'Посольство Казахстана в Грузии открыто в 1996 году.').missions).toEqual([
			'KZ>GE embassy (capital) since 1996'
		]);
	});

	it('a date before the city and the opening verb', () => {
		expect(
			read('KZ', 'Сегодня, 12 мая 2021 года, в Казани открыто консульство Республики Казахстан.').missions
		).toEqual(['KZ>RU consulate Kazan since 2021-05-12']);
	});

	it('non-resident accreditation: "интересы X в Y представляет посольство в Z"', () => {
		expect(
			read('RU', 'Интересы России в Бутане по совместительству представляет посольство России в Индии.')
				.missions
		).toEqual(['RU>IN embassy (capital) for BT']);
	});

	it("a country after a person's office is that person's, not the clause's subject", () => {
		// Whose honorary consul this is, the sentence does not say: not Kazakhstan's in Russia.
		expect(
			read('KZ', 'В церемонии участвовали посол Республики Казахстан и почётный консул.', ['RU']).missions
		).toEqual([]);
		expect(
			read('KZ', 'Почётным консулом Казахстана в Тюмени стал местный предприниматель.').missions
		).toEqual(['KZ>RU honorary-consulate Tyumen']);
	});

	it('plans, decisions and the future are not missions', () => {
		for (const sentence of [
			'Россия планирует открыть генеральное консульство в Актау.',
			'Россия откроет генеральное консульство в Актау.',
			'Правительство приняло решение об открытии посольства в Бишкеке.',
			'Премьер-министр распорядился открыть генконсульство в Самарканде.',
			'Посольство будет создано в Бишкеке.',
			'Страны не имеют диппредставительств на территории друг друга.'
		])
			expect(read('RU', sentence).missions, sentence).toEqual([]);
	});
});

describe('Russian told from Bulgarian', () => {
	it('by the language detector, on the Russian and the Bulgarian documents', () => {
		const dirs = [join('data', 'eval', 'documents'), join('data', 'documents')];
		for (const dir of dirs)
			for (const file of readdirSync(dir).filter(
				(f) => /^(?:ru|bg)-.*\.txt$/.test(f) || /bg\.txt$/.test(f)
			)) {
				const lang = file.startsWith('ru-') ? 'ru' : 'bg';
				const text = clean(readFileSync(join(dir, file), 'utf8')).text;
				const detected = detectLanguage(text);
				// The detector may be unsure of a short text (null), but never takes one language for the other.
				expect(detected === null || detected === lang, `${file}: ${detected}`).toBe(true);
			}
	});

	it('by the letters only one of them writes, for a search hit', () => {
		expect(languageOfScript('Кыргызстан')).toBe('ru');
		expect(languageOfScript('Эстония')).toBe('ru');
		expect(languageOfScript('България')).toBe('bg');
		// Written alike in both: no language is claimed.
		expect(languageOfScript('Турция')).toBeUndefined();
		expect(languageOfScript('미국')).toBe('ko');
	});
});
