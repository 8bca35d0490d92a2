package io.edito.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.edito.listen.Mention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The listening and care figures of docs/kpi.md#listening-and-care, each number checked by hand. */
class ListeningKpisTest {
    static final ZoneId CASA = ZoneId.of("Africa/Casablanca"); // UTC+1
    static final Instant T = Instant.parse("2026-12-18T08:00:00Z");
    static long ids;

    static Mention m(String source, String lang, String kind, String competitor, int atMinute, Integer answeredAfter,
                     Integer closedAfter) {
        Instant at = T.plusSeconds(60L * atMinute);
        Mention.Status status = closedAfter != null ? Mention.Status.CLOSED
                : answeredAfter != null ? Mention.Status.ANSWERED : Mention.Status.NEW;
        return new Mention(++ids, source, "https://x.example/" + ids, null, "a", "Atlas Air", lang, at, at, kind,
                competitor, null, status, null, answeredAfter == null ? null : at.plusSeconds(60L * answeredAfter),
                closedAfter == null ? null : at.plusSeconds(60L * closedAfter), null);
    }

    static final List<Mention> MENTIONS = List.of(
            m("alerts", "fr", "complaint", null, 0, 30, 120),      // answered in 30 min, closed after 2 h
            m("alerts", "ar", "complaint", null, 10, 90, null),    // answered in 1 h 30: outside the 1 h SLA
            m("forum", "en", "complaint", null, 20, null, null),   // never answered
            m("forum", "fr", "praise", null, 30, 5, null),         // answered in 5 min
            m("forum", "en", "other", null, 60 * 24, null, null),  // the next day
            m("forum", "fr", "complaint", "royal-air", 40, null, null),
            m("alerts", "en", "other", null, 60 * 24 * 5, 1, null)); // outside the period

    @Test
    void theBrandsMentionsOfThePeriodGiveEachFigure() {
        ListeningReport r = ListeningKpis.of(MENTIONS, CASA, LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 19),
                Duration.ofHours(1), "source");
        ListeningStats all = r.all();
        assertThat(all.mentions()).isEqualTo(5);
        assertThat(all.complaints()).isEqualTo(3);
        assertThat(all.complaintShare()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(all.answered()).isEqualTo(3);
        assertThat(all.responseRate()).isCloseTo(3 / 5.0, within(1e-9));
        // first responses 5, 30, 90 min: median (nearest rank) 30, p90 90
        assertThat(all.medianResponseMinutes()).isEqualTo(30.0);
        assertThat(all.p90ResponseMinutes()).isEqualTo(90.0);
        // within 1 h: the 30 and 5 min answers, of 5 mentions
        assertThat(all.withinSla()).isCloseTo(2 / 5.0, within(1e-9));
        assertThat(all.closed()).isEqualTo(1);
        assertThat(all.medianCloseMinutes()).isEqualTo(120.0);
        // complaints answered or closed: 2 of 3
        assertThat(all.complaintsHandled()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(r.perDay()).containsExactly(java.util.Map.entry(LocalDate.of(2026, 12, 18), 4L),
                java.util.Map.entry(LocalDate.of(2026, 12, 19), 1L));
        assertThat(r.perSource()).containsExactly(java.util.Map.entry("alerts", 2L), java.util.Map.entry("forum", 3L));
        // 5 brand mentions and 1 competitor's in the period
        assertThat(r.voice()).containsExactly(new ListeningReport.Voice("brand", 5, 5 / 6.0),
                new ListeningReport.Voice("royal-air", 1, 1 / 6.0));
        assertThat(r.slices()).extracting(ListeningStats::key).containsExactly("alerts", "forum");
        assertThat(r.value("complaints_handled", null)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(r.value("response_rate", "alerts")).isEqualTo(1.0);
        assertThat(r.value("share_of_voice", null)).isCloseTo(5 / 6.0, within(1e-9));
    }

    @Test
    void withoutComplaintsHandledIsNotApplicableNotAHundredPercent() {
        ListeningReport r = ListeningKpis.of(List.of(m("forum", "fr", "praise", null, 0, null, null)), CASA, null,
                null, Duration.ofHours(1), "kind");
        assertThat(r.all().complaints()).isZero();
        assertThat(r.all().complaintsHandled()).isNull();
        assertThat(r.all().medianResponseMinutes()).isNull();
        assertThat(r.slices()).extracting(ListeningStats::key).containsExactly("praise");
    }

    @Test
    void byCompetitorSlicesEveryMentionAndAPeriodWithoutMentionsHasNoSection() {
        ListeningReport r = ListeningKpis.of(MENTIONS, CASA, LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 18),
                Duration.ofHours(1), "competitor");
        assertThat(r.slices()).extracting(ListeningStats::key, ListeningStats::mentions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("brand", 4L),
                        org.assertj.core.groups.Tuple.tuple("royal-air", 1L));
        assertThat(ListeningKpis.of(MENTIONS, CASA, LocalDate.of(2027, 1, 1), null, Duration.ofHours(1), "source"))
                .isNull();
    }
}
