package io.edito.text;

/**
 * One occurrence of a vocabulary term.
 *
 * @param term    index of the term in the list given to {@link TermMatcher#compile}
 * @param text    the term as given
 * @param start   UTF-16 index in the ORIGINAL text of the first character matched
 * @param end     UTF-16 index in the original text just after the match
 */
public record TermMatch(int term, String text, int start, int end) {
}
