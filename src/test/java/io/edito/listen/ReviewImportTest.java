package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Google's reviews of a place, in each of the shapes its APIs answer with. */
class ReviewImportTest {
    @TempDir
    Path dir;

    private List<FoundItem> read(String json) throws IOException {
        return ReviewImport.read(Files.writeString(dir.resolve("reviews.json"), json));
    }

    @Test
    void placeDetailsReviewsHaveNoIdAndAreKnownByPlaceAuthorAndTime() throws IOException {
        List<FoundItem> r = read("""
                {"html_attributions": [], "result": {"name": "Atlas Air Agadir", "place_id": "ChIJ1",
                  "reviews": [
                    {"author_name": "Salma", "author_url": "https://www.google.com/maps/contrib/1/reviews",
                     "language": "fr", "rating": 1, "relative_time_description": "il y a un mois",
                     "text": "Bagage perdu, personne au guichet.", "time": 1765000000},
                    {"author_name": "Omar", "language": "ar", "rating": 5, "text": "خدمة ممتازة", "time": 1765100000}]},
                 "status": "OK"}
                """);
        assertThat(r).hasSize(2);
        FoundItem bad = r.get(0);
        assertThat(bad.title()).isEqualTo("Google review 1/5 of Atlas Air Agadir");
        assertThat(bad.text()).isEqualTo("Bagage perdu, personne au guichet.");
        assertThat(bad.author()).isEqualTo("Salma");
        assertThat(bad.lang()).isEqualTo("fr");
        assertThat(bad.publishedAt()).isEqualTo(Instant.ofEpochSecond(1765000000));
        assertThat(bad.sentiment()).isEqualTo("negative");
        assertThat(bad.url()).as("the author's page is not the review's: no link").isNull();
        assertThat(bad.networkId()).startsWith("google-review:").isNotEqualTo(r.get(1).networkId());
        assertThat(r.get(1).sentiment()).isEqualTo("positive");
        // the same file read again gives the same ids: a second import stores nothing twice
        assertThat(read(Files.readString(dir.resolve("reviews.json")))).extracting(FoundItem::networkId)
                .containsExactly(bad.networkId(), r.get(1).networkId());
    }

    @Test
    void placesNewAndBusinessProfileReviewsKeepTheirIds() throws IOException {
        List<FoundItem> places = read("""
                {"id": "ChIJ2", "displayName": {"text": "Atlas Air Casablanca", "languageCode": "fr"}, "reviews": [
                  {"name": "places/ChIJ2/reviews/abc", "rating": 3, "text": {"text": "Correct, sans plus.", "languageCode": "fr"},
                   "originalText": {"text": "Correct, sans plus.", "languageCode": "fr"},
                   "authorAttribution": {"displayName": "Nadia", "uri": "https://www.google.com/maps/contrib/2"},
                   "publishTime": "2026-11-30T08:15:00.123456Z", "googleMapsUri": "https://www.google.com/maps/reviews/data=abc"}]}
                """);
        assertThat(places.get(0)).satisfies(f -> {
            assertThat(f.networkId()).isEqualTo("google-review:places/ChIJ2/reviews/abc");
            assertThat(f.title()).isEqualTo("Google review 3/5 of Atlas Air Casablanca");
            assertThat(f.sentiment()).isEqualTo("neutral");
            assertThat(f.author()).isEqualTo("Nadia");
            assertThat(f.url()).isEqualTo("https://www.google.com/maps/reviews/data=abc");
            assertThat(f.publishedAt()).isEqualTo(Instant.parse("2026-11-30T08:15:00.123456Z"));
        });
        List<FoundItem> profile = read("""
                {"reviews": [
                  {"name": "accounts/1/locations/2/reviews/r1", "reviewId": "r1",
                   "reviewer": {"displayName": "Karim", "isAnonymous": false}, "starRating": "TWO",
                   "comment": "Vol annulé sans prévenir.", "createTime": "2026-12-01T10:00:00Z", "updateTime": "2026-12-01T10:05:00Z"},
                  {"reviewId": "r2", "reviewer": {"isAnonymous": true}, "starRating": "FIVE", "createTime": "2026-12-02T10:00:00Z"}],
                 "averageRating": 3.5, "totalReviewCount": 2}
                """);
        assertThat(profile).extracting(FoundItem::networkId).containsExactly("google-review:r1", "google-review:r2");
        assertThat(profile).extracting(FoundItem::title).containsExactly("Google review 2/5", "Google review 5/5");
        assertThat(profile).extracting(FoundItem::author).containsExactly("Karim", "anonymous");
        assertThat(profile.get(1).text()).as("stars without a comment").isEmpty();
        assertThat(profile.get(0).publishedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void aPlaceWithNoReviewYetIsNoReviewNotAnError() throws IOException {
        // Google leaves "reviews" out when a place has none
        assertThat(read("{\"result\": {\"name\": \"Atlas Air Dakhla\"}, \"status\": \"OK\"}")).isEmpty();
        assertThat(read("{\"id\": \"ChIJ3\", \"displayName\": {\"text\": \"Atlas Air Dakhla\"}}")).isEmpty();
        assertThat(read("{}")).isEmpty();
        assertThatThrownBy(() -> read("{\"id\": \"123\", \"name\": \"something else\"}"))
                .isInstanceOf(EditoException.class).hasMessageContaining("no reviews in it");
        assertThatThrownBy(() -> read("{\"result\": {\"reviews\": [{\"time\": -253402300799, \"rating\": 2}]}}"))
                .isInstanceOf(EditoException.class).hasMessageContaining("is not a time in seconds since 1970");
        assertThat(read("{\"averageRating\": 0, \"totalReviewCount\": 0}")).isEmpty();
    }

    @Test
    void whatIsNotReviewsIsOneLineNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"result\": {\"reviews\": [\n  {\"rating\": 4,");
        assertThatThrownBy(() -> ReviewImport.read(broken)).isInstanceOf(EditoException.class)
                .hasMessageStartingWith(broken + ":2:").hasMessageContaining("not JSON");
        assertThatThrownBy(() -> read("{\"status\": \"REQUEST_DENIED\", \"error_message\": \"The provided API key is invalid.\"}"))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("Google's answer is status REQUEST_DENIED (The provided API key is invalid.)");
        assertThatThrownBy(() -> read("{\"results\": []}")).isInstanceOf(EditoException.class)
                .hasMessageContaining("no reviews in it");
        assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(EditoException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> read("{\"reviews\": [{\"reviewId\": \"x\", \"createTime\": \"yesterday\"}]}"))
                .isInstanceOf(EditoException.class).hasMessageContaining("review 1: time 'yesterday'");
        assertThatThrownBy(() -> ReviewImport.read(dir.resolve("missing.json"))).isInstanceOf(EditoException.class)
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> read("{\"reviews\": [{\"reviewId\": \"x\", \"starRating\": \"SIX\"}]}"))
                .isInstanceOf(EditoException.class).hasMessageContaining("review 1: starRating 'SIX' is not ONE to FIVE");
        assertThatThrownBy(() -> read("{\"result\": {\"reviews\": [{\"rating\": 9, \"time\": 1}]}}"))
                .isInstanceOf(EditoException.class).hasMessageContaining("review 1: rating 9 is not 1 to 5 stars");
        assertThatThrownBy(() -> read("{\"reviews\": [1, 2]}")).isInstanceOf(EditoException.class)
                .hasMessageContaining("review 1 is not an object but number 1");
        assertThatThrownBy(() -> read("{\"result\": {\"reviews\": [{\"time\": 1e20, \"rating\": 1}]}}"))
                .isInstanceOf(EditoException.class).hasMessageContaining("review 1: time 1.0E20 is not a time in seconds");
    }
}
