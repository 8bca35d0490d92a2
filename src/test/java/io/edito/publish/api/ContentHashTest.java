package io.edito.publish.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the content hash covers, and the hashes of an earlier edito that still name the same content. */
class ContentHashTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");

    private static PublishRequest withImage(String readFrom, String sha256) {
        PublishRequest.Media m = new PublishRequest.Media(Path.of(readFrom), "La cabine", "image/png", "assets/cabin.png",
                sha256, null);
        return new PublishRequest("cabin", "instagram", null, "La cabine", List.of(), null, List.of(m), null, null,
                "fr", AT, null, null);
    }

    @Test
    void theHashIsTheSameFromAnyCheckoutAndChangesWithTheBytes() {
        PublishRequest here = withImage("/srv/calendar/assets/cabin.png", "aa");
        PublishRequest runner = withImage("/home/runner/work/calendar/assets/cabin.png", "aa");
        assertThat(runner.contentHash()).isEqualTo(here.contentHash());
        assertThat(withImage("/srv/calendar/assets/cabin.png", "bb").contentHash()).isNotEqualTo(here.contentHash());
    }

    @Test
    void anEntryHashedTheOldWayFromTheSameFolderIsTheSameContent() {
        PublishRequest here = withImage("/srv/calendar/assets/cabin.png", "aa");
        String old = Payloads.legacyContentHash(here);
        assertThat(old).isNotEqualTo(here.contentHash());
        assertThat(here.hasContent(old)).isTrue();
        assertThat(here.hasContent(here.contentHash())).isTrue();
        assertThat(withImage("/srv/calendar/assets/cabin.png", "bb").hasContent(old)).as("the old hash did not cover "
                + "the bytes: the same path is the same content for it").isTrue();
        assertThat(withImage("/srv/other/assets/cabin.png", "aa").hasContent(old)).isFalse();
        // without media both ways give one hash
        PublishRequest text = PublishRequest.simple("p", "x", "Bonjour", AT);
        assertThat(Payloads.legacyContentHash(text)).isEqualTo(text.contentHash());
    }
}
