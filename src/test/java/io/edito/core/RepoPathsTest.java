package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoPathsTest {
    @TempDir
    Path tmp;
    Path root;
    Path outside;
    RepoPaths paths;

    @BeforeEach
    void layout() throws IOException {
        root = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(root.resolve("assets"));
        Files.writeString(root.resolve("assets/ok.png"), "png");
        outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.png"), "secret");
        paths = new RepoPaths(root);
    }

    @Test
    void pathsInsideAreResolved() {
        assertThat(paths.resolve("assets/ok.png").path()).isEqualTo(root.resolve("assets/ok.png"));
        assertThat(paths.resolve("assets/../assets/ok.png").path()).isEqualTo(root.resolve("assets/ok.png"));
        // not there yet: judged by its text, the reader says it is missing
        assertThat(paths.resolve("assets/new.png").ok()).isTrue();
    }

    @Test
    void dotDotAndAbsolutePathsAreRefused() {
        assertThat(paths.resolve("../elsewhere/secret.png").escape()).isEqualTo(RepoPaths.Escape.OUTSIDE);
        assertThat(paths.resolve("assets/../../elsewhere/secret.png").escape()).isEqualTo(RepoPaths.Escape.OUTSIDE);
        assertThat(paths.resolve("..").escape()).isEqualTo(RepoPaths.Escape.OUTSIDE);
        assertThat(paths.resolve(outside.resolve("secret.png").toString()).escape()).isEqualTo(RepoPaths.Escape.ABSOLUTE);
        assertThat(paths.resolve("/etc/passwd").escape()).isEqualTo(RepoPaths.Escape.ABSOLUTE);
        assertThat(paths.resolve("a\0b").escape()).isEqualTo(RepoPaths.Escape.INVALID);
    }

    @Test
    void symbolicLinksOutAreRefusedWhereverTheyAre() throws IOException {
        Files.createSymbolicLink(root.resolve("assets/link.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(root.resolve("shared"), outside);
        Files.createSymbolicLink(root.resolve("assets/dangling.png"), outside.resolve("gone.png"));
        Files.createSymbolicLink(root.resolve("assets/inner.png"), root.resolve("assets/ok.png"));
        assertThat(paths.resolve("assets/link.png").escape()).isEqualTo(RepoPaths.Escape.LINK);
        assertThat(paths.resolve("shared/secret.png").escape()).isEqualTo(RepoPaths.Escape.LINK);
        assertThat(paths.resolve("shared").escape()).isEqualTo(RepoPaths.Escape.LINK);
        assertThat(paths.resolve("assets/dangling.png").escape()).isEqualTo(RepoPaths.Escape.LINK);
        assertThat(paths.resolve("assets/inner.png").ok()).as("a link that stays inside").isTrue();
        // a broken link that points inside is told as broken, not as leading out
        Files.createSymbolicLink(root.resolve("assets/broken.png"), Path.of("nothing.png"));
        assertThat(paths.resolve("assets/broken.png").escape()).isEqualTo(RepoPaths.Escape.DANGLING);
        assertThat(RepoPaths.Escape.DANGLING.describe("assets/broken.png"))
                .isEqualTo("assets/broken.png is a symbolic link to a file that does not exist");
    }

    @Test
    void aRootThatIsItselfALinkStillWorks() throws IOException {
        Path alias = Files.createSymbolicLink(tmp.resolve("alias"), root);
        RepoPaths viaAlias = new RepoPaths(alias);
        assertThat(viaAlias.resolve("assets/ok.png").ok()).isTrue();
        assertThat(viaAlias.resolve("../elsewhere/secret.png").ok()).isFalse();
    }

    @Test
    void requireThrowsAnInputErrorAtThePosition() {
        SourcePos at = new SourcePos(Path.of("calendar/c.yaml"), 7, 17);
        assertThatThrownBy(() -> paths.require("../elsewhere/secret.png", at))
                .isInstanceOfSatisfying(EditoException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT))
                .hasMessage("calendar/c.yaml:7:17: ../elsewhere/secret.png leads outside the project folder");
    }
}
