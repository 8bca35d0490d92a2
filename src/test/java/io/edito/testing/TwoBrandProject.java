package io.edito.testing;

/**
 * The edito.yaml of an agency's project for command-line tests: brand {@code riad} (Africa/Casablanca, its calendar in
 * {@code riad/}) and brand {@code maison} (America/Montreal, in {@code maison/}), both in French, each with the
 * channels given: two brands whose accounts often share channel ids.
 */
public final class TwoBrandProject {
    private TwoBrandProject() {
    }

    /**
     * @param riad   the lines under riad's {@code channels:}, each indented 6 ({@code "      instagram: { handle: \"riad\" }"})
     * @param maison the same for maison
     */
    public static String config(String riad, String maison) {
        return "brands:\n"
                + "  riad:\n    timezone: Africa/Casablanca\n    languages: [fr]\n    calendar: riad/\n    channels:\n"
                + riad.stripTrailing() + "\n"
                + "  maison:\n    timezone: America/Montreal\n    languages: [fr]\n    calendar: maison/\n    channels:\n"
                + maison.stripTrailing() + "\n";
    }
}
