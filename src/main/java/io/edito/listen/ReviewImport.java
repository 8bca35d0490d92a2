package io.edito.listen;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.core.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reviews of the brand's places as Google's APIs give them (JSON), read as mentions of the brand:
 * <ul>
 * <li>Places API, Place Details ({@code {"result": {"name", "reviews": [{"author_name", "language", "rating", "text",
 *     "time"}]}, "status": "OK"}}: the five reviews Google shows first, with no review id);</li>
 * <li>Places API (New), a place's {@code reviews} ({@code {"name": "places/…/reviews/…", "rating", "text": {"text",
 *     "languageCode"}, "authorAttribution": {"displayName"}, "publishTime", "googleMapsUri"}});</li>
 * <li>Business Profile API, {@code accounts.locations.reviews.list} ({@code {"reviews": [{"reviewId", "reviewer":
 *     {"displayName", "isAnonymous"}, "starRating": "FOUR", "comment", "createTime"}]}}).</li>
 * </ul>
 * A review is about the brand by what it reviews, whatever its words: it is not matched against the keywords. Its
 * stars give its sentiment (1–2 negative, 3 neutral, 4–5 positive), and its title says them ("Google review 2/5 of
 * Atlas Air Agadir"). Each is known by the id Google gives it, else (Place Details) by its place, author and time.
 */
public final class ReviewImport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STARS = List.of("ONE", "TWO", "THREE", "FOUR", "FIVE");

    private ReviewImport() {
    }

    /** The reviews of {@code file}; an error names the file (and the line and column of a JSON syntax error). */
    public static List<FoundItem> read(Path file) {
        if (Files.isDirectory(file) || !Files.exists(file)) {
            throw EditoException.input(SourcePos.ofFile(file), Files.isDirectory(file) ? "is a folder, not a JSON file"
                    : "no such file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourcePos pos = at == null || at.getLineNr() < 1 ? SourcePos.ofFile(file)
                    : new SourcePos(file, at.getLineNr(), at.getColumnNr());
            throw EditoException.input(pos, "not JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ") + "): "
                    + "--type reviews reads Google's reviews as its APIs answer");
        } catch (IOException e) {
            throw EditoException.input(SourcePos.ofFile(file), "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw EditoException.input(SourcePos.ofFile(file), "not a JSON object: --type reviews reads Google's "
                    + "reviews as its APIs answer (Place Details, Places API (New), Business Profile reviews.list)");
        }
        String status = root.path("status").asText(null);
        if (status != null && !status.equals("OK")) {
            throw EditoException.input(SourcePos.ofFile(file), "Google's answer is status " + status
                    + (root.hasNonNull("error_message") ? " (" + root.get("error_message").asText() + ")" : "")
                    + ", not reviews");
        }
        JsonNode place = root.has("result") ? root.get("result") : root;
        JsonNode reviews = place.get("reviews");
        if (reviews == null && (root.has("result") && "OK".equals(status) || place.path("displayName").has("text")
                || root.has("totalReviewCount") || root.has("averageRating") || root.isEmpty())) {
            return List.of(); // a place with no review yet: Google leaves "reviews" out (reviews.list answers {})
        }
        if (reviews == null || !reviews.isArray()) {
            throw EditoException.input(SourcePos.ofFile(file), "no reviews in it: expected result.reviews (Places API "
                    + "Place Details) or reviews (Places API (New), Business Profile reviews.list)");
        }
        String placeName = placeName(place);
        String placeId = place.path("place_id").asText(place.path("id").asText(""));
        List<FoundItem> out = new ArrayList<>();
        int index = 0;
        for (JsonNode r : reviews) {
            index++;
            if (!r.isObject()) {
                throw EditoException.input(SourcePos.ofFile(file), "review " + index + " is not an object but "
                        + r.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + MentionRenderers.shorten(r.toString()));
            }
            out.add(review(r, placeName, placeId, file, index));
        }
        return out;
    }

    /** The place's name as each API writes it (Places (New): {@code displayName.text}). */
    private static String placeName(JsonNode place) {
        JsonNode display = place.get("displayName");
        if (display != null && display.isObject()) {
            return display.path("text").asText(null);
        }
        String name = place.path("name").asText(null);
        return name == null || name.startsWith("places/") || name.startsWith("accounts/") ? null : name;
    }

    private static FoundItem review(JsonNode r, String placeName, String placeId, Path file, int index) {
        Integer stars = stars(r, file, index);
        String text = firstText(r.path("text").path("text"), r.path("originalText").path("text"), r.path("text"),
                r.path("comment"));
        String lang = firstText(r.path("text").path("languageCode"), r.path("originalText").path("languageCode"),
                r.path("language"));
        String author = r.path("reviewer").path("isAnonymous").asBoolean(false) ? "anonymous"
                : firstText(r.path("authorAttribution").path("displayName"), r.path("reviewer").path("displayName"),
                r.path("author_name"));
        Instant at = time(r, file, index);
        String id = firstText(r.path("reviewId"), r.path("name"));
        String networkId = "google-review:" + (id != null ? id
                : Sha256.hex(placeId + "\n" + firstText(r.path("author_url"), r.path("author_name")) + "\n" + at));
        String url = firstText(r.path("googleMapsUri")); // the review itself; the others give no link to it
        String title = "Google review" + (stars == null ? "" : " " + stars + "/5")
                + (placeName == null ? "" : " of " + placeName);
        String sentiment = stars == null ? null : stars <= 2 ? "negative" : stars == 3 ? "neutral" : "positive";
        return new FoundItem(networkId, url, author, title, text == null ? "" : text, lang, at, sentiment);
    }

    /**
     * The stars: a number from 1 to 5 (Places), or ONE to FIVE (Business Profile); null when not given (and for
     * Business Profile's STAR_RATING_UNSPECIFIED); anything else is an error naming the review.
     */
    static Integer stars(JsonNode r, Path file, int index) {
        JsonNode rating = r.get("rating");
        if (rating != null && !rating.isNull()) {
            long stars = rating.isNumber() ? Math.round(rating.asDouble()) : -1;
            if (stars < 1 || stars > 5) {
                throw EditoException.input(SourcePos.ofFile(file), "review " + index + ": rating " + rating
                        + " is not 1 to 5 stars");
            }
            return (int) stars;
        }
        String star = r.path("starRating").asText("");
        int i = STARS.indexOf(star.toUpperCase(Locale.ROOT));
        if (i < 0 && !star.isEmpty() && !star.equals("STAR_RATING_UNSPECIFIED")) {
            throw EditoException.input(SourcePos.ofFile(file), "review " + index + ": starRating '" + star
                    + "' is not ONE to FIVE");
        }
        return i < 0 ? null : i + 1;
    }

    /** When it was written: {@code time} in seconds (Places), else {@code publishTime} or {@code createTime}. */
    private static Instant time(JsonNode r, Path file, int index) {
        if (r.path("time").isNumber()) {
            JsonNode seconds = r.get("time");
            if (!seconds.canConvertToLong() || seconds.asLong() < 0 || seconds.asLong() > 253_402_300_799L) {
                throw EditoException.input(SourcePos.ofFile(file), "review " + index + ": time " + seconds
                        + " is not a time in seconds since 1970");
            }
            return Instant.ofEpochSecond(seconds.asLong());
        }
        String written = firstText(r.path("publishTime"), r.path("createTime"));
        if (written == null) {
            return null; // dated when found, as an undated feed item is
        }
        try {
            return Instant.parse(written);
        } catch (DateTimeParseException e) {
            throw EditoException.input(SourcePos.ofFile(file), "review " + index + ": time '" + written
                    + "' is not an RFC 3339 instant");
        }
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n != null && n.isValueNode() && !n.isNull() && !n.asText().isBlank()) {
                return n.asText().strip();
            }
        }
        return null;
    }
}
