package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.core.SourcePos;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a post goes out on each channel: its own time, or a variant's; grouped into slots; the date range. */
class PostSlotsTest {
    private static final ZoneId CASA = ZoneId.of("Africa/Casablanca");
    private static final Path FILE = Path.of("c.yaml");

    private static PostTime time(String local) {
        return new PostTime(LocalDateTime.parse(local).atZone(CASA), local, false, new SourcePos(FILE, 1, 1));
    }

    private static Post post(String own, List<String> channels, Map<String, String> moved) {
        Map<String, Variant> variants = new LinkedHashMap<>();
        moved.forEach((ch, at) -> variants.put(ch, new Variant(ch, Content.EMPTY, at == null ? null : time(at),
                Map.of(), new SourcePos(FILE, 2, 1))));
        return new Post("p", "atlas-air", own == null ? null : time(own), channels, Status.APPROVED, "fr",
                Content.EMPTY, null, null, List.of(), false, null, variants, Map.of(), null, null, List.of(), null,
                FILE, new SourcePos(FILE, 1, 1), Map.of(), null);
    }

    @Test
    void aVariantMovesItsChannelOnly() {
        Post p = post("2026-12-20T12:00", List.of("x", "instagram"), Map.of("x", "2026-12-24T23:30"));
        assertThat(p.timeOn("x")).isEqualTo(ZonedDateTime.of(2026, 12, 24, 23, 30, 0, 0, CASA));
        assertThat(p.timeOn("instagram")).isEqualTo(p.time());
        assertThat(p.slots()).containsExactly(
                new Slot(ZonedDateTime.of(2026, 12, 24, 23, 30, 0, 0, CASA), List.of("x"), false),
                new Slot(p.time(), List.of("instagram"), true));
    }

    @Test
    void channelsAtTheSameInstantShareOneSlot() {
        // a variant without at:, and one whose at: is the post's own: still one slot
        Map<String, String> sameOrNone = new LinkedHashMap<>();
        sameOrNone.put("x", "2026-12-20T12:00");
        sameOrNone.put("threads", null);
        Post p = post("2026-12-20T12:00", List.of("x", "instagram", "threads"), sameOrNone);
        assertThat(p.slots()).containsExactly(new Slot(p.time(), List.of("x", "instagram", "threads"), true));
        // two channels moved to the same time share theirs
        Post two = post("2026-12-20T12:00", List.of("x", "instagram", "threads"),
                new LinkedHashMap<>(Map.of("x", "2026-12-21T09:00", "threads", "2026-12-21T09:00")));
        assertThat(two.slots()).hasSize(2);
        assertThat(two.slots().get(0).channels()).containsExactly("x", "threads");
        assertThat(two.slots().get(0).own()).isFalse();
        assertThat(two.slots().get(1)).isEqualTo(new Slot(two.time(), List.of("instagram"), true));
    }

    @Test
    void anUndatedDraftHasOneSlotWithoutTime() {
        Post p = post(null, List.of("x", "instagram"), Map.of());
        assertThat(p.slots()).containsExactly(new Slot(null, List.of("x", "instagram"), true));
    }

    @Test
    void theRangeSelectsEachChannelByItsOwnTime() {
        Post p = post("2026-12-20T12:00", List.of("x", "instagram"), Map.of("x", "2026-12-24T23:30"));
        TimeRange christmasEve = new TimeRange(LocalDateTime.parse("2026-12-24T00:00"),
                LocalDateTime.parse("2026-12-25T00:00"));
        assertThat(christmasEve.contains(p, "x")).isTrue();
        assertThat(christmasEve.contains(p, "instagram")).isFalse();
        TimeRange from20 = new TimeRange(LocalDateTime.parse("2026-12-20T12:00"), null);
        assertThat(from20.contains(p, "instagram")).isTrue(); // from is inclusive
        TimeRange before20Noon = new TimeRange(null, LocalDateTime.parse("2026-12-20T12:00"));
        assertThat(before20Noon.contains(p, "instagram")).isFalse(); // to is exclusive
        assertThat(TimeRange.ALL.contains(post(null, List.of("x"), Map.of()), "x")).isTrue();
        assertThat(christmasEve.contains(post(null, List.of("x"), Map.of()), "x")).isFalse();
    }
}
