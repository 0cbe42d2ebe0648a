/**
 * Every ISO code the map draws (world-atlas 50m, after src/lib/server/geo/geometry.ts merges Somaliland into SO, N. Cyprus
 * into CY, Ashmore into AU and splits the Indian Ocean Territories into CC and CX; XK Kosovo, XS Siachen).
 * A golden list, so the legend can count "not in the documents" without loading the geometry;
 * tests/unit/geometry.test.ts fails if it drifts from the geometry.
 */
export const MAP_CODES: readonly string[] = `
	AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BR
	BS BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
	EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GG GH GL GM GN GQ GR GS GT GU GW GY HK
	HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
	LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MR MS MT MU MV MW
	MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
	QA RO RS RU RW SA SB SC SD SE SG SH SI SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH
	TJ TL TM TN TO TR TT TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK XS YE ZA ZM ZW
`
	.trim()
	.split(/\s+/);
