// Abbreviations after which ICU's sentence segmenter wrongly breaks ("Sr. | Putin").
// Stored lowercase without the final dot.

/** Always followed by a name or number: never end a sentence. */
const TITLES = new Set(
  `sr sra srta srs dr dra drs prof profa mr mrs ms messrs st lt gen col capt cap sgt maj adm cmdr rep sen gov
   rev fr hon pres min dep gal ten cel av r nº n no nos vol pp p fig art arts inc cia ltda exmo exma
   approx vs cf eng arq sto sta`.split(/\s+/),
);

/** Months: only glue when a number follows ("Jan. 5", "fev. de 2022"). */
const MONTHS = new Set(
  `jan feb fev mar apr abr jun jul aug ago sep sept set oct out nov dec dez`.split(/\s+/),
);

/** Sentence-final-capable abbreviations: glue only if the next piece starts lowercase. */
const SOFT = new Set(`etc a.m p.m e.g i.e co corp ltd jr sr.a`.split(/\s+/));

const LAST_WORD = /([\p{L}.º]+)\.\s*$/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){1,4}\p{Lu}?$/u;
const INITIAL = /^\p{Lu}$/u;

/** Typical first words of a real new sentence after "U.S." at a sentence end. */
const SENTENCE_OPENERS = new Set(
  "The A An He She It They We I In On At But And This That These Those His Her Their O A Os As Ele Ela Eles Elas Em No Na Mas Isso Segundo".split(" "),
);

/**
 * Should the segment ending with `prev` be glued to the one starting with `next`?
 * `prev` is the raw segment (may end in spaces), `next` the following one.
 */
export function shouldGlue(prev: string, next: string): boolean {
  const m = LAST_WORD.exec(prev);
  const nextTrim = next.trimStart();
  const first = nextTrim.charAt(0);
  // A sentence practically never starts lowercase or with a comma/digit glued to a dot.
  if (/^[\p{Ll},;]/u.test(first)) return true;
  if (!m) return false;
  const word = m[1] ?? "";
  const lower = word.toLowerCase().replace(/^\.+/, "");
  if (TITLES.has(lower)) return true;
  if (MONTHS.has(lower)) return /^\p{N}/u.test(first);
  if (SOFT.has(lower)) return false;
  if (INITIAL.test(word)) return true; // "J. R. Smith", "Folha de S. Paulo"
  if (DOTTED_ACRONYM.test(word + ".") || DOTTED_ACRONYM.test(word)) {
    const nextWord = /^\p{L}+/u.exec(nextTrim)?.[0] ?? "";
    return !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}
