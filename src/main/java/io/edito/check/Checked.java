package io.edito.check;

import io.edito.core.SourcePos;

/** One (post, channel) pair that was checked: a JUnit test case. */
public record Checked(String postId, String channel, SourcePos pos) {
}
