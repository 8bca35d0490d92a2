package io.edito.publish.api;

/**
 * The bearer token a native publisher sends, and what to do when the network refuses it. A token named by
 * {@code token_env} is fixed: when it expires, the only way on is a new one. A token saved by {@code edito login}
 * can be renewed with its refresh token (the rotated refresh token saved at once). Publishers ask for
 * {@link #value()} before each request and, on the network's "token expired or invalid" answer, call
 * {@link #renew(String)} once with the token that was refused, then retry that request once with the new value.
 */
public interface AccessToken {

    /** The token to send now (renewed first when it is known to expire within a minute). */
    String value() throws PublishFailure;

    /**
     * A new token after the network refused {@code refused}: renewed through the refresh token, or (another
     * thread renewed it already) the current one. A token that cannot be renewed throws a
     * {@link PublishFailure.Kind#REJECTED} failure whose message says how to get a new one ({@link #howToRenew()}).
     */
    String renew(String refused) throws PublishFailure;

    /** What the user does to get a new token ("set EDITO_IG_TOKEN to a new token", "run: edito login instagram"). */
    String howToRenew();

    /** A token from an environment variable or the credentials file: never renewed by edito. */
    static AccessToken fixed(String value, String variable) {
        return new AccessToken() {
            @Override
            public String value() {
                return value;
            }

            @Override
            public String renew(String refused) throws PublishFailure {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "the token in " + variable
                        + " was refused as expired or invalid; " + howToRenew());
            }

            @Override
            public String howToRenew() {
                return "put a new token in " + variable + " (or remove token_env and run: edito login CHANNEL)";
            }
        };
    }
}
