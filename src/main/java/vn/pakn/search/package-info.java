/**
 * Search over published answers: Vietnamese analysis and a Lucene index that is a rebuildable
 * projection of the publication sequence in the database.
 *
 * <p>Only the public, redacted copy of an answer is ever indexed ({@link
 * vn.pakn.publication.control.PublicAnswer} has no other fields), so deleting the index loses
 * nothing and the index never holds personal data.
 *
 * <p>Vietnamese is written as space-separated syllables, and most words are two or more syllables
 * ("thủ tục", "hành chính"). The {@link vn.pakn.search.control.VietnameseAnalyzer} therefore
 * matches on folded syllables (so "thu tuc" finds "thủ tục" and đ finds d) and ranks on syllable
 * bigrams kept in separate fields, instead of relying on a word segmenter and its dictionary.
 * Abbreviations ("TTHC", "UBND") are expanded at query time only, so editing {@code
 * search/abbreviations.txt} needs no re-indexing. Legal citations ("20/2008/NĐ-CP") are indexed
 * whole and by their parts.
 *
 * <p>{@link vn.pakn.search.control.AnswerSearch} keeps one index per node in a folder of its own
 * ({@code pakn.search.directory}/{@code index-<n>}, the one in use named by {@code CURRENT}). Each
 * commit stores the number of the last publication change applied, so a restart or a crash before a
 * commit only means catching up again. The index is checked (file footers, and its count against
 * the database) every {@code pakn.search.checkInterval}; a bad one is rebuilt into a new folder in
 * the background while the old one keeps answering, and the new folder takes over only once it has
 * caught up. Files are read through memory maps ({@code MMapDirectory}, Lucene's choice on 64-bit
 * systems): a query at a million answers costs half the CPU it did with a read call per block
 * ({@code NIOFSDirectory}). The price is that a file truncated under a running node (never done by
 * Lucene, whose files are written once) faults in mapped memory, which the JVM reports as an {@code
 * InternalError}, rather than as an I/O error; damaged bytes are found by the checks above either
 * way.
 *
 * <p>Relevance (issue 13): all words must match first; when that finds fewer than three answers,
 * {@link vn.pakn.search.control.AnswerIndex} relaxes to some of the words, each matched word
 * counting the same, so answers with more of them come first, and says so in the result. The
 * dictionary of citizens' words ({@link vn.pakn.search.control.SynonymDictionary}, versioned in the
 * database, edited by administrators) is applied at query time like the abbreviations, so a saved
 * version is searched with on every node within a poll, without a rebuild. i/y spellings and tone
 * placement are normalised in analysis ({@link vn.pakn.search.control.SyllableSpelling}); a change
 * of analysis bumps {@code AnswerIndex.ANALYSIS_VERSION}, and an index of another version is
 * rebuilt at start. Totals and facets are exact up to 20,000 matches and estimated from a sample
 * above ({@link vn.pakn.search.control.MatchCounts}). The top results come from two passes: the
 * matching query alone picks the best 200 with block-max WAND, and only those are scored with the
 * ranking clauses, so those are read for 200 answers whatever the number of matches.
 *
 * <p>The historical import ({@link vn.pakn.search.control.AnswerImports}) writes public copies and
 * their publication steps itself, in batches, so imported answers reach the index like any
 * publication; the redactor decides which rows are held back, and administrators review those
 * ({@link vn.pakn.search.control.HeldBackAnswers}): publish the redacted copy or discard the row.
 */
package vn.pakn.search;
