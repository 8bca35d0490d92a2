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
    // written out: the generated ones go through method handles, a call each under C1, and matches are compared often
    @Override
    public boolean equals(Object o) {
        return o instanceof TermMatch m && term == m.term && start == m.start && end == m.end
                && java.util.Objects.equals(text, m.text);
    }

    @Override
    public int hashCode() {
        return ((term * 31 + java.util.Objects.hashCode(text)) * 31 + start) * 31 + end;
    }
}
