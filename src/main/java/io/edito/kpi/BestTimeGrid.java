package io.edito.kpi;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekday × hour grid of the best-time section: posts and their engagement rate per local hour of publication,
 * and the audience online per hour (the networks' active-followers series).
 */
final class BestTimeGrid {
    private final long[][] posts = new long[7][24];
    private final double[][] engagements = new double[7][24];
    private final double[][] impressions = new double[7][24];
    private final long[][] sample = new long[7][24];
    private final double[][] audience = new double[7][24];
    private final int[][] audienceDays = new int[7][24];

    /**
     * A post published on day {@code d} of the week (0 = Monday) at hour {@code h} of its zone
     * ({@link ZoneDays#weekHour}); its rate counts where both engagements and impressions are known.
     */
    void post(int d, int h, double eng, double imp) {
        posts[d][h]++;
        if (!Double.isNaN(eng) && !Double.isNaN(imp)) {
            engagements[d][h] += eng;
            impressions[d][h] += imp;
            sample[d][h]++;
        }
    }

    /** The followers online on {@code day} at {@code hour}. */
    void audience(DayOfWeek day, int hour, double value) {
        int d = day.getValue() - 1;
        audience[d][hour] += value;
        audienceDays[d][hour]++;
    }

    Report.BestTime build() {
        List<Report.BestTime.Cell> cells = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (posts[d][h] == 0 && audienceDays[d][h] == 0) {
                    continue;
                }
                Double er = impressions[d][h] > 0 ? engagements[d][h] / impressions[d][h] : null;
                Double aud = audienceDays[d][h] > 0 ? audience[d][h] / audienceDays[d][h] : null;
                cells.add(new Report.BestTime.Cell(DayOfWeek.of(d + 1), h, posts[d][h], sample[d][h], er, aud));
            }
        }
        return new Report.BestTime(cells);
    }
}
