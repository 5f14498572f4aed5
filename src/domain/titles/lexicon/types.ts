/**
 * How the lexicons are written: a phrase (written as people write it, accents and all — it is
 * normalised exactly as titles are) → its effects, a space-separated list of
 *
 * - `s:<seniority>`   the seniority the word states (e.g. `s:director`);
 * - `f:<function>[/w]` a function with a weight (default 3): 4 a role that decides the function
 *   whatever modifies it ("project manager"), 3 a field ("sales"), 2 a generic role noun that a
 *   field beside it overrides ("engineer"), 1 a weak hint ("assistant", "technical");
 * - `fb:<function>`   the function only when nothing else in the title names one ("Teamleiter");
 * - `x:<specialty>`   a finer specialty (security, data_and_analytics, …);
 * - `assist`          an assistant word: the executives it serves are not the person's seniority;
 * - `-`               a known word with no effect (it only counts as understood).
 */
export type LexiconSource = Readonly<Record<string, string>>;
