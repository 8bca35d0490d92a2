package io.edito.publish.auth;

/** A login that cannot go on; its message is the one line the user reads. */
public final class LoginException extends Exception {
    private static final long serialVersionUID = 1L;

    public LoginException(String message) {
        super(message);
    }
}
