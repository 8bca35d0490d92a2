package io.edito.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A link's host read by hand where it has the everyday shape is what java.net.URI reads, on every link. */
class LinkHostTest {
    private static final String[] SCHEMES = {"https://", "http://", "HTTPS://", "Http://", "ftp://", "", "https:/",
        "https:", "//"};
    private static final String[] LABELS = {"atlas", "example", "com", "ma", "a-b", "a--b", "xn--80ak6aa92e", "A",
        "Z9", "localhost", "a1", "www", "1", "192", "168", "0"};
    private static final String[] ODD_HOST_PIECES = {"-", ".", "..", "é", "_", ":", ":8080", "@", "user", "[::1]",
        " ", "%41", "\u0661", "*", "a-", "-a"};
    private static final String[] PATH_PIECES = {"/", "?", "#", "offres", "0", "utm_source=x", "&", "=", "-", "_",
        ".", "~", "'", "(", ")", ";", ",", "$", "+", "!", "*", ":", "@"};
    private static final String[] REST_PIECES = {"/", "?", "#", "%20", "%zz", "%", "[", "]", "|", "'", "(", ")", "&",
        "=", "utm_source=x", "é", " ", "\\", "^", "{", "}", "`", "\"", "<", ">", "offres", "0", ";", ",", "$", "+",
        "!", "~", "*", ":", "@", ".", "-", "_", "\u0000", "\u007F", "\t", "\u00A0", "日"};

    @Test
    void hostsAreTheOnesUriReads() {
        Random r = new Random(19);
        List<String> links = new ArrayList<>(List.of("https://atlas.example/offres/0?utm_source=x&utm_medium=social",
                "atlas.example/x", "www.example.com", "bit.ly/3xYz", "https://a.b.c.example.", "https://1.2.3.4/x",
                "https://1.2.3.example/", "https://localhost", "https://123", "https://-a.com", "https://a-.com",
                "https://a.com:8080/x", "https://user@a.com/", "https://a.com/x#y#z", "https://a.com?x=[1]",
                "https://ATLAS.Example/A", "https://a..com", "https://.com", "https://", "http://a.com/%7e"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "https://" : SCHEMES[r.nextInt(SCHEMES.length)]);
            int labels = 1 + r.nextInt(4);
            for (int k = 0; k < labels; k++) {
                sb.append(k > 0 ? "." : "");
                sb.append(r.nextInt(8) > 0 ? LABELS[r.nextInt(LABELS.length)] : ODD_HOST_PIECES[r.nextInt(ODD_HOST_PIECES.length)]);
            }
            int rest = r.nextInt(7);
            for (int k = 0; k < rest; k++) {
                sb.append(r.nextInt(6) > 0 ? PATH_PIECES[r.nextInt(PATH_PIECES.length)] : REST_PIECES[r.nextInt(REST_PIECES.length)]);
            }
            links.add(sb.toString());
        }
        int simple = 0;
        for (String link : links) {
            String u = link.contains("://") ? link : "https://" + link;
            simple += LinkRules.simpleHost(u) != null ? 1 : 0;
            assertThat(LinkRules.host(link)).as(link).isEqualTo(LinkRules.hostByUri(u));
        }
        assertThat(simple).as("links read by hand").isGreaterThan(1_000);
    }
}
