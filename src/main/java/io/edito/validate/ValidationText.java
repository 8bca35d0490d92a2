package io.edito.validate;

import io.edito.core.Paint;
import io.edito.core.Paint.Tone;
import io.edito.core.Problem;
import java.io.PrintWriter;

/** Compiler-style lines, one per problem, then a summary line. */
public final class ValidationText {
    private ValidationText() {
    }

    public static void render(Validation v, Paint paint, boolean quiet, PrintWriter out) {
        for (Problem p : v.problems()) {
            if (quiet && !p.isError()) {
                continue;
            }
            String sev = p.isError() ? paint.paint("error", Tone.RED, Tone.BOLD) : paint.paint("warning", Tone.YELLOW, Tone.BOLD);
            out.println(paint.paint(p.pos().describe() + ":", Tone.BOLD) + " " + sev + ": " + p.message());
        }
        String summary = v.posts() + plural(v.posts(), " post") + " in " + v.files() + plural(v.files(), " file") + ": "
                + v.errors() + plural(v.errors(), " error") + ", " + v.warnings() + plural(v.warnings(), " warning");
        if (!quiet || v.errors() > 0) {
            out.println(v.errors() > 0 ? paint.paint(summary, Tone.RED) : paint.paint(summary, Tone.GREEN));
        }
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
