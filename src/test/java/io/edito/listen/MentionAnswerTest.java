package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Mastodon reply names its author once: Mastodon notifies only the accounts a status mentions. */
class MentionAnswerTest {
    private static Mention by(String author) {
        return new Mention(1, "masto", "https://listen.example/@x/5", "mastodon:https://listen.example/users/x/statuses/5",
                author, "text", "en", null, null, "other", null, null, Mention.Status.NEW, null, null, null, null);
    }

    @Test
    void theAuthorIsPutFirstWithItsHost() {
        assertThat(MentionAnswer.addressed(by("@bob@other.example"), "Merci")).isEqualTo("@bob@other.example Merci");
        // an account of the instance listened to has no host in its acct: the status's is its
        assertThat(MentionAnswer.addressed(by("@carol"), "Merci")).isEqualTo("@carol@listen.example Merci");
    }

    @Test
    void aTextThatNamesTheAuthorIsSentAsWritten() {
        assertThat(MentionAnswer.addressed(by("@bob@other.example"), "Merci @Bob !")).isEqualTo("Merci @Bob !");
        assertThat(MentionAnswer.addressed(by("@bob@other.example"), "Merci @bob.")).isEqualTo("Merci @bob.");
        assertThat(MentionAnswer.addressed(by("@bob@other.example"), "Merci @bob@other.example."))
                .isEqualTo("Merci @bob@other.example.");
        // a longer handle is someone else
        assertThat(MentionAnswer.addressed(by("@bob@other.example"), "voir @bob.smith"))
                .isEqualTo("@bob@other.example voir @bob.smith");
        assertThat(MentionAnswer.addressed(by("@bob@other.example"), "@bob@other.example merci"))
                .isEqualTo("@bob@other.example merci");
        // another account whose name starts the same is not the author
        assertThat(MentionAnswer.addressed(by("@bob@other.example"), "voir @bobby")).isEqualTo("@bob@other.example voir @bobby");
        assertThat(MentionAnswer.addressed(by("@bob@other.example"), "voir @bob@elsewhere.example"))
                .isEqualTo("@bob@other.example voir @bob@elsewhere.example");
    }

    @Test
    void noAuthorNoAddress() {
        assertThat(MentionAnswer.addressed(by(null), "Merci")).isEqualTo("Merci");
    }
}
