/**
 * Russian noun morphology for names: the case forms of a country name ("Россия" -> России, Россию, Россией; "Южная
 * Корея" -> Южной Кореи; "Мальдивы" -> на Мальдивах) and the nominatives an inflected city name may stand for ("в
 * Москве" -> Москва, "в Бишкеке" -> Бишкек, "в Тюмени" -> Тюмень). General rules of the declensions, not lists of
 * forms: a form a rule makes that no text writes costs nothing (it is only a key in the name trie), while a rule
 * that misses a real form loses the fact, so where a name's gender or number is not visible in its ending both
 * readings are made.
 */

/** The oblique cases a name takes after prepositions and verbs: genitive, dative, accusative, instrumental, prepositional. */
const CASES = ['gen', 'dat', 'acc', 'ins', 'pre'] as const;
type Case = (typeof CASES)[number];
type Forms = Record<Case, string[]>;

const VOWELS = 'аеёиоуыэюя';
/** After these consonants Russian writes и for ы and (unstressed) е for о: Мексики, Польшей. */
const VELAR_OR_HUSHING = 'гкхжшчщ';
const HUSHING_OR_TS = 'жшчщц';

const ends = (w: string, suffix: string) => w.toLowerCase().endsWith(suffix);
const lastLetter = (w: string, back = 1) => w.toLowerCase().charAt(w.length - back);

function forms(build: (c: Case) => string[]): Forms {
	return Object.fromEntries(CASES.map((c) => [c, build(c)])) as Forms;
}

/**
 * An adjective agreeing with the name's noun (Южная, Соединённые, Восточный, Демократическая), or null when the word
 * has no adjective ending. Plural adjectives make the noun plural ("Багамские Острова").
 */
function adjective(w: string): { forms: Forms; plural: boolean } | null {
	const stem = w.slice(0, -2);
	const table = (gen: string, dat: string, acc: string, ins: string, pre: string): Forms => {
		const by: Record<Case, string> = { gen, dat, acc, ins, pre };
		return forms((c) => [by[c] === '' ? w : stem + by[c]]);
	};
	if (ends(w, 'ая')) return { forms: table('ой', 'ой', 'ую', 'ой', 'ой'), plural: false };
	if (ends(w, 'яя')) return { forms: table('ей', 'ей', 'юю', 'ей', 'ей'), plural: false };
	if (ends(w, 'ый') || ends(w, 'ой')) return { forms: table('ого', 'ому', '', 'ым', 'ом'), plural: false };
	if (ends(w, 'ий'))
		return VELAR_OR_HUSHING.includes(lastLetter(w, 3))
			? { forms: table('ого', 'ому', '', 'им', 'ом'), plural: false }
			: { forms: table('его', 'ему', '', 'им', 'ем'), plural: false };
	if (ends(w, 'ое')) return { forms: table('ого', 'ому', '', 'ым', 'ом'), plural: false };
	if (ends(w, 'ее')) return { forms: table('его', 'ему', '', 'им', 'ем'), plural: false };
	if (ends(w, 'ые')) return { forms: table('ых', 'ым', '', 'ыми', 'ых'), plural: true };
	if (ends(w, 'ие')) return { forms: table('их', 'им', '', 'ими', 'их'), plural: true };
	return null;
}

/** Nouns in -а that are plural (the islands of "Острова Кайман", "Соломоновы Острова"). */
const PLURAL_IN_A = new Set(['острова']);

/**
 * A noun's case forms, or null when it does not decline: foreign names ending in -о, -е, -и, -у, -ю, -э (Того,
 * Кабо-Верде, Мали, Перу) or in a vowel and -а (Папуа, Никарагуа), and words without a letter at the end.
 */
function noun(w: string, plural: boolean): Forms | null {
	const lw = w.toLowerCase();
	const last = lastLetter(w);
	const before = lastLetter(w, 2);
	const stem = w.slice(0, -1);
	if (!/\p{L}$/u.test(w) || w.length < 2) return null;
	// Plural names: Мальдивы, Филиппины, Нидерланды, Штаты, Острова. Feminine ones have no ending in the genitive
	// (Мальдив), masculine ones -ов (Нидерландов): both are made.
	if (last === 'ы' || (last === 'а' && (plural || PLURAL_IN_A.has(lw))) || (last === 'и' && plural)) {
		const both = last === 'а' ? [stem + 'ов'] : [stem, stem + 'ов'];
		const soft = last === 'и' && !VELAR_OR_HUSHING.includes(before);
		return {
			gen: soft ? [stem + 'ей', stem + 'ий'] : both,
			dat: [stem + (soft ? 'ям' : 'ам')],
			acc: [w],
			ins: [stem + (soft ? 'ями' : 'ами')],
			pre: [stem + (soft ? 'ях' : 'ах')]
		};
	}
	if (last === 'я') {
		// Россия: России, Россию, Россией; Корея: Кореи, Корее, Корею, Кореей.
		const i = before === 'и';
		return {
			gen: [stem + 'и'],
			dat: [stem + (i ? 'и' : 'е')],
			acc: [stem + 'ю'],
			ins: [stem + 'ей', stem + 'ею'],
			pre: [stem + (i ? 'и' : 'е')]
		};
	}
	if (last === 'а') {
		if (VOWELS.includes(before)) return null; // Папуа, Никарагуа, Антигуа
		// Турция is -я; here Украина: Украины, Украине, Украину, Украиной; Мексики; Польшей.
		return {
			gen: [stem + (VELAR_OR_HUSHING.includes(before) ? 'и' : 'ы')],
			dat: [stem + 'е'],
			acc: [stem + 'у'],
			ins: [stem + (HUSHING_OR_TS.includes(before) ? 'ей' : 'ой'), stem + 'ою'],
			pre: [stem + 'е']
		};
	}
	if (last === 'ь') {
		// Feminine (Беларусь: Беларуси, Беларусью) or masculine (Израиль: Израиля, Израилем): both.
		return {
			gen: [stem + 'и', stem + 'я'],
			dat: [stem + 'и', stem + 'ю'],
			acc: [w],
			ins: [stem + 'ью', stem + 'ем'],
			pre: [stem + 'и', stem + 'е']
		};
	}
	if (last === 'й') {
		// Китай: Китая, Китаю, Китаем, Китае; Маврикий: Маврикии.
		return {
			gen: [stem + 'я'],
			dat: [stem + 'ю'],
			acc: [w],
			ins: [stem + 'ем'],
			pre: before === 'и' ? [stem + 'и', stem + 'е'] : [stem + 'е']
		};
	}
	if (last === 'о') {
		// Native neuters in -ство decline (Королевство, Княжество); foreign names in -о do not (Того, Монако).
		if (!lw.endsWith('ство')) return null;
		return { gen: [stem + 'а'], dat: [stem + 'у'], acc: [w], ins: [stem + 'ом'], pre: [stem + 'е'] };
	}
	if (VOWELS.includes(last)) return null; // Перу, Мали, Кабо-Верде, Чили
	// A consonant: Казахстан: Казахстана, Казахстану, Казахстаном, Казахстане; after ж ш ч щ ц also -ем.
	return {
		gen: [w + 'а'],
		dat: [w + 'у'],
		acc: [w],
		ins: HUSHING_OR_TS.includes(last) ? [w + 'ем', w + 'ом'] : [w + 'ом'],
		pre: [w + 'е']
	};
}

/** The forms of words[from..to] where the noun at `head` declines with the adjectives right before it. */
function phraseForms(words: string[], head: number): Forms | null {
	let first = head;
	const adjectives: Forms[] = [];
	let plural = false;
	while (first > 0) {
		const a = adjective(words[first - 1]);
		if (!a) break;
		adjectives.unshift(a.forms);
		plural ||= a.plural;
		first--;
	}
	const n = noun(words[head], plural);
	if (!n && adjectives.length === 0) return null;
	return forms((c) => {
		let out: string[] = [words.slice(0, first).join(' ')];
		const parts = [...adjectives.map((f) => f[c]), n ? n[c] : [words[head]]];
		for (const options of parts)
			out = out.flatMap((prefix) => options.map((o) => (prefix ? `${prefix} ${o}` : o)));
		const rest = words.slice(head + 1).join(' ');
		return out.map((o) => (rest ? `${o} ${rest}` : o));
	});
}

/** The case forms of one name without "и": the first noun declines, or else (a compound: Шри Ланка) the last. */
function simpleForms(name: string): Forms | null {
	const words = name.split(' ').filter((w) => w !== '');
	if (words.length === 0) return null;
	const variants: Forms[] = [];
	// The head noun is the first word that is not an adjective before another word.
	let head = 0;
	while (head < words.length - 1 && adjective(words[head]) !== null) head++;
	const first = phraseForms(words, head);
	if (first) variants.push(first);
	// Names of two nouns (Коста Рика, Шри Ланка, Папуа — Новая Гвинея) decline their last noun.
	const lastNoun = words.length - 1;
	if (lastNoun > head) {
		const last = phraseForms(words, lastNoun);
		if (last) variants.push(last);
	}
	if (variants.length === 0) return null;
	return forms((c) => [...new Set(variants.flatMap((v) => v[c]))]);
}

/**
 * The oblique case forms of a country's name (genitive, dative, accusative, instrumental, prepositional), each
 * also with е for ё, the name's own ё-less spelling included: "Россия" -> России, Россию, Россией...; "Босния и
 * Герцеговина" -> Боснии и Герцеговины...; "Соединённые Штаты Америки" -> Соединенных Штатов Америки...
 */
export function russianCaseForms(name: string): string[] {
	const conjuncts = name.split(/ и /u);
	const each = conjuncts.map((part) => simpleForms(part) ?? forms(() => [part]));
	const out = new Set<string>();
	for (const c of CASES) {
		let joined = [''];
		for (const f of each)
			joined = joined.flatMap((prefix) => f[c].map((o) => (prefix ? `${prefix} и ${o}` : o)));
		for (const form of joined) out.add(form);
	}
	out.delete(name);
	for (const form of [...out, name])
		if (/ё/iu.test(form)) out.add(form.replace(/ё/g, 'е').replace(/Ё/g, 'Е'));
	return [...out];
}

/**
 * Nominatives a city name in an oblique case may stand for, most likely first (the word itself is tried before
 * these by the caller): "Москве" -> Москва; "Бишкеке" -> Бишкек; "Тюмени" -> Тюмень; "Софии" -> София; "Шанхае" ->
 * Шанхай; "Афинах" -> Афины. In a name of several words (Усть-Каменогорске, Санкт-Петербурге, Алма-Ате) the last
 * word declines.
 */
export function russianBaseForms(surface: string): string[] {
	const m = /^(.*?)(\p{L}+)$/u.exec(surface);
	if (!m) return [];
	const [, lead, word] = m;
	if (word.length < 3) return [];
	const stem = (n: number) => word.slice(0, -n);
	const out: string[] = [];
	const add = (...words: string[]) => out.push(...words);
	const lw = word.toLowerCase();
	const last = lw.charAt(lw.length - 1);
	// The letter before the ending: a vowel takes й or я (Шанхае -> Шанхай, Гвинее -> Гвинея), a consonant ь or а.
	const afterVowel = VOWELS.includes(lastLetter(word, 2));
	if (lw.endsWith('ии'))
		add(stem(1) + 'я'); // Софии -> София
	else if (lw.endsWith('ью'))
		add(stem(1)); // Тверью -> Тверь
	else if (lw.endsWith('ами') || lw.endsWith('ями'))
		add(stem(3) + 'ы', stem(3) + 'и'); // Афинами
	else if (lw.endsWith('ах') || lw.endsWith('ях'))
		add(stem(2) + 'ы', stem(2) + 'и'); // Афинах
	else if (lw.endsWith('ом') || lw.endsWith('ем')) add(stem(2), stem(2) + 'ь', stem(2) + 'й', stem(2) + 'о');
	else if (/(?:ой|ей|ою|ею)$/u.test(lw))
		add(stem(2) + 'а', stem(2) + 'я'); // Москвой, Гвинеей
	else if (last === 'е')
		add(...(afterVowel ? [stem(1) + 'й', stem(1) + 'я'] : [stem(1), stem(1) + 'а', stem(1) + 'ь']));
	else if (last === 'и')
		add(
			stem(1) + 'ь',
			...(VELAR_OR_HUSHING.includes(lastLetter(word, 2)) ? [stem(1) + 'а'] : []),
			stem(1) + 'я'
		);
	else if (last === 'ы')
		add(stem(1) + 'а'); // Москвы
	else if (last === 'у')
		add(stem(1), stem(1) + 'а'); // Бишкеку, Москву
	else if (last === 'ю')
		add(...(afterVowel ? [stem(1) + 'й', stem(1) + 'я'] : [stem(1) + 'ь', stem(1) + 'я']));
	else if (last === 'а')
		add(stem(1), stem(1) + 'о'); // Бишкека, Косова
	else if (last === 'я') add(...(afterVowel ? [stem(1) + 'й'] : [stem(1) + 'ь'])); // Дубая, Кремля
	return [...new Set(out)].filter((w) => w.length >= 2 && w !== word).map((w) => lead + w);
}

/**
 * Adjectives of nationality made by rule from the country's name (`CountryNames.adjectives`): the name's stem (the
 * name less a final -ия, -ья, -я, -а, -ь, -й, -и or -ы) and the suffix of relative adjectives -ск-, -ийск- (Россия ->
 * российский, Индия -> индийский), -йск- (Корея -> корейский, Китай -> китайский), -ьск- (Монголия -> монгольский,
 * Израиль -> израильский) or -ьянск- (Италия -> итальянский), with its ending in every gender, number and case, or
 * the -о of the first part of a compound ("казахстанско-белорусские"). Group 1 is the word less its ending. The
 * irregular ones (американский, французский, турецкий, польский) are listed in `ru.ts`; those of names of two words
 * are not reached.
 */
export const RUSSIAN_ADJECTIVE =
	/(?<!\p{L})(\p{L}{3,}?(?:ск|цк))(?:ий|ый|ая|ое|ие|ые|ого|ой|ому|ых|их|им|ыми|ими|ую|ом|ем|о(?=[-‐–]\p{L}))(?!\p{L})/giu;

const RUSSIAN_SUFFIXES = ['ьянск', 'ийск', 'йск', 'ьск', 'ск'];

/**
 * The stems `adjective` (less its ending: "российск") may be made on, by each suffix it ends in, the longest first; a
 * stem ending in -с takes -к alone (Белоруссия -> белорусский).
 */
export function russianAdjectiveStems(adjective: string): string[] {
	const out = RUSSIAN_SUFFIXES.filter((s) => adjective.endsWith(s)).map((s) => adjective.slice(0, -s.length));
	if (adjective.endsWith('сск')) out.push(adjective.slice(0, -1));
	return out.filter((s) => s.length >= 3);
}

/** The stem an adjective of `name` is made on (see RUSSIAN_ADJECTIVE); null for a name of two words or more. */
export function russianAdjectiveStem(name: string): string | null {
	if (/[\s-]/u.test(name.trim())) return null;
	const stem = name
		.trim()
		.toLowerCase()
		.replace(/ё/gu, 'е')
		.replace(/(?:ия|ья|я|а|ь|й|и|ы)$/u, '');
	return stem.length >= 3 ? stem : null;
}
