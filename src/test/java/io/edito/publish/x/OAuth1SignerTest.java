package io.edito.publish.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signer against the examples X's docs and RFC 5849 publish, value for value. */
class OAuth1SignerTest {
    /** X docs, "Creating a signature" (developer.x.com, authentication/oauth-1-0a/creating-a-signature). */
    static final OAuth1Signer.Keys DOCS_KEYS = new OAuth1Signer.Keys("xvz1evFS4wEEPTGEFPHBog",
            "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
            "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
    static final String DOCS_NONCE = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";
    static final long DOCS_TIME = 1318622958L;

    @Test
    void xDocsExampleGivesThePublishedBaseStringAndSignature() {
        URI uri = URI.create("https://api.twitter.com/1.1/statuses/update.json?include_entities=true");
        Map<String, String> form = Map.of("status", "Hello Ladies + Gentlemen, a signed OAuth request!");
        List<String[]> params = new ArrayList<>();
        OAuth1Signer.protocolParameters(DOCS_KEYS, DOCS_NONCE, DOCS_TIME).forEach((k, v) -> params.add(new String[] {k, v}));
        params.addAll(OAuth1Signer.queryParameters(uri));
        params.add(new String[] {"status", form.get("status")});

        String base = OAuth1Signer.baseString("POST", uri, params);
        assertThat(base).isEqualTo("POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&"
                + "include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3D"
                + "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26"
                + "oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26"
                + "oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520"
                + "OAuth%2520request%2521");
        assertThat(OAuth1Signer.signature(base, DOCS_KEYS.consumerSecret(), DOCS_KEYS.tokenSecret()))
                .isEqualTo("hCtSmYh+iHYCEqBWrE7C7hYmtUk=");
        assertThat(OAuth1Signer.authorization(DOCS_KEYS, "POST", uri, form, DOCS_NONCE, DOCS_TIME))
                .startsWith("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", ")
                .contains("oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\"")
                .contains("oauth_version=\"1.0\"");
    }

    @Test
    void rfc5849BaseStringExampleSortsDuplicateKeysAndEncodesTwice() {
        // RFC 5849 3.4.1.1: query b5=%3D%253D&a3=a&c%40=&a2=r%20b, form body c2&a3=2+q
        URI uri = URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
        List<String[]> params = new ArrayList<>(OAuth1Signer.queryParameters(uri));
        params.add(new String[] {"c2", ""});
        params.add(new String[] {"a3", "2 q"});
        params.add(new String[] {"oauth_consumer_key", "9djdj82h48djs9d2"});
        params.add(new String[] {"oauth_token", "kkk9d7dh3k39sjv7"});
        params.add(new String[] {"oauth_signature_method", "HMAC-SHA1"});
        params.add(new String[] {"oauth_timestamp", "137131201"});
        params.add(new String[] {"oauth_nonce", "7d8f3e4a"});
        assertThat(OAuth1Signer.baseString("POST", uri, params)).isEqualTo("POST&http%3A%2F%2Fexample.com%2Frequest&"
                + "a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26"
                + "oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3D"
                + "HMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7");
    }

    @Test
    void rfc5849ResourceRequestGivesThePublishedSignature() {
        // RFC 5849 1.2: Jane's photo, signed with the token credentials
        URI uri = URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original");
        List<String[]> params = new ArrayList<>(OAuth1Signer.queryParameters(uri));
        params.add(new String[] {"oauth_consumer_key", "dpf43f3p2l4k3l03"});
        params.add(new String[] {"oauth_token", "nnch734d00sl2jdk"});
        params.add(new String[] {"oauth_signature_method", "HMAC-SHA1"});
        params.add(new String[] {"oauth_timestamp", "137131202"});
        params.add(new String[] {"oauth_nonce", "chapoH"});
        assertThat(OAuth1Signer.signature(OAuth1Signer.baseString("GET", uri, params), "kd94hf93k423kf44",
                "pfkkdhi9sl3r4s00")).isEqualTo("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
    }

    @Test
    void baseUriDropsDefaultPortsAndKeepsOthersAndEncodingFollowsRfc3986() {
        assertThat(OAuth1Signer.baseUri(URI.create("HTTPS://API.X.com:443/2/tweets?x=1"))).isEqualTo("https://api.x.com/2/tweets");
        assertThat(OAuth1Signer.baseUri(URI.create("http://127.0.0.1:8080/2/tweets"))).isEqualTo("http://127.0.0.1:8080/2/tweets");
        assertThat(OAuth1Signer.encode("a b+c~d*é!")).isEqualTo("a%20b%2Bc~d%2A%C3%A9%21");
        // another key gives another signature: the check above can fail
        assertThat(OAuth1Signer.signature("GET&x&y", "a", "b")).isNotEqualTo(OAuth1Signer.signature("GET&x&y", "a", "c"));
    }
}
