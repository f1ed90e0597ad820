import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemPortuguese } from "@orama/stemmers/portuguese";

/** Words of a search box entry: letters and digits only, so no user text ever reaches FTS syntax. */
export function searchWords(query: string): string[] {
  const words = query.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, 12);
}

const foldDiacritics = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "");

interface WordForms {
  /** the word itself, accents folded, as the FTS tokenizer stores it */
  exact: string;
  /** its Portuguese and English stems: any indexed word that starts with one matches */
  prefixes: string[];
}

/**
 * SQLite FTS5 stores words accent-folded (unicode61 remove_diacritics 2) but
 * not stemmed: Portuguese and English stemming is done at query time. Each
 * word matches as itself or as a prefix of its Snowball stem (from
 * @orama/stemmers): "reservatórios" → reservatori… finds "reservatório";
 * "strikes" → strike… finds "striking".
 */
function wordForms(word: string): WordForms {
  const prefixes = new Set<string>();
  for (const stem of [stemPortuguese(word), stemEnglish(word)]) {
    const folded = foldDiacritics(stem);
    // very short stems ("sec" of "secas") would match half the dictionary
    if (folded.length >= 3 && /^[\p{L}\p{N}]+$/u.test(folded)) prefixes.add(folded);
  }
  return { exact: foldDiacritics(word), prefixes: [...prefixes] };
}

/** Every stem prefix a search needs, so the caller can look them up in the index's vocabulary at once. */
export function searchPrefixes(query: string): string[] {
  return [...new Set(searchWords(query).flatMap((w) => wordForms(w).prefixes))];
}

/**
 * Indexed words starting with each prefix, as read from the FTS vocabulary;
 * null for a prefix with too many to list (it stays a prefix query).
 */
export type PrefixExpansions = ReadonlyMap<string, readonly string[] | null>;

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * SQLite FTS5 MATCH expression for a search box entry: every word must match
 * (AND), as in PostgreSQL's plainto_tsquery; each word as itself or any
 * indexed word its stems begin. With `expansions`, a prefix becomes the
 * exact words it stands for ("desempreg" → "desemprego" OR "desempregados"):
 * FTS5 merges exact words lazily in rowid order and stops at LIMIT, but
 * must read a prefix query's whole doclist first — the difference between
 * a common word costing the same at 1k and 1M claims or not. Without one
 * (or for a prefix it has no entry for), the prefix query `"desempreg"*`.
 * Returns null when nothing searchable is left.
 */
export function ftsMatchExpression(query: string, expansions?: PrefixExpansions): string | null {
  const clauses = searchWords(query).map((word) => {
    const { exact, prefixes } = wordForms(word);
    const forms = new Set<string>([quote(exact)]);
    for (const prefix of prefixes) {
      const words = expansions?.get(prefix);
      if (words === undefined || words === null) forms.add(`${quote(prefix)}*`);
      else for (const w of words) forms.add(quote(w));
    }
    return `(${[...forms].join(" OR ")})`;
  });
  return clauses.length > 0 ? clauses.join(" AND ") : null;
}

/**
 * Narrows a MATCH expression to one article: the FTS table's "article"
 * column holds the article id hex-encoded (one token, so no other id can
 * match it as a phrase), and the words must be in the "body" column. FTS5
 * intersects the two doclists, so this costs no more than the words alone.
 */
export function ftsWithinArticle(match: string, articleId: string): string {
  return `article : "${Buffer.from(articleId, "utf8").toString("hex")}" AND body : (${match})`;
}
