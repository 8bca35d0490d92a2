package io.edito.publish.x;

import io.edito.publish.api.AccessToken;
import io.edito.publish.api.PublishFailure;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * How edito proves to X that it acts for the account: an OAuth 2.0 user access token sent as a Bearer token (through
 * {@link AccessToken}, renewable when it comes from {@code edito login}), or the four OAuth 1.0a user keys, each
 * request signed ({@link OAuth1Signer}).
 */
interface XAuth {

    /** What the request is signed with now (the bearer token; null for OAuth 1.0a, signed per request). */
    String credential() throws PublishFailure;

    /** The {@code Authorization} header of one attempt (an OAuth 1.0a signature has a fresh nonce and timestamp). */
    String header(String credential, String method, URI uri);

    /**
     * After X answered 401 to {@code refused}: a new credential to retry with once, or a {@code REJECTED} failure
     * saying what to do.
     */
    String renew(String refused, String xError) throws PublishFailure;

    static XAuth bearer(AccessToken token) {
        return new XAuth() {
            @Override
            public String credential() throws PublishFailure {
                return token.value();
            }

            @Override
            public String header(String credential, String method, URI uri) {
                return "Bearer " + credential;
            }

            @Override
            public String renew(String refused, String xError) throws PublishFailure {
                try {
                    return token.renew(refused);
                } catch (PublishFailure f) {
                    throw new PublishFailure(PublishFailure.Kind.REJECTED, xError + "; " + f.getMessage()
                            + " (edito does not retry this)");
                }
            }
        };
    }

    /**
     * OAuth 1.0a with the app's consumer key and secret and the account's access token and secret (keys that do not
     * expire: nothing to renew).
     */
    static XAuth oauth1(OAuth1Signer.Keys keys, String variables, Clock clock, RandomGenerator random) {
        return new XAuth() {
            @Override
            public String credential() {
                return null;
            }

            @Override
            public String header(String credential, String method, URI uri) {
                return OAuth1Signer.authorization(keys, method, uri, Map.of(), nonce(random),
                        clock.instant().getEpochSecond());
            }

            @Override
            public String renew(String refused, String xError) throws PublishFailure {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, xError + "; X refused the OAuth 1.0a keys in "
                        + variables + ": check that they are this app's and this account's, regenerate the access "
                        + "token and secret in the developer console (Keys and tokens) after giving the app Read and "
                        + "write permission, and that this machine's clock is right (edito does not retry this)");
            }
        };
    }

    /** 32 letters and digits: an OAuth nonce, unique per request. */
    static String nonce(RandomGenerator random) {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }
}
