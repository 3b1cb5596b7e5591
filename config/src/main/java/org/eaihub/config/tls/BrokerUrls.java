package org.eaihub.config.tls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Artemis Core client URLs and TLS: a URL that asks for TLS ({@code sslEnabled=true}) but names no trust store of its
 * own gets the configured trust store ({@code EAIHUB_TLS_TRUSTSTORE}), so that its password need not be written into
 * the URL. Query parameters after {@code ?} apply to every connector of an HA URL such as
 * {@code (tcp://a:61617,tcp://b:61617)?ha=true&sslEnabled=true}.
 */
public final class BrokerUrls {

    private BrokerUrls() {
    }

    /** The URL with the trust store added where it asks for TLS and has none; otherwise the URL as it is. */
    public static String withTrustStore(String url, String path, String password, String type) {
        if (url == null || path == null || path.isBlank()) {
            return url;
        }
        int query = url.indexOf('?');
        String parameters = query < 0 ? "" : url.substring(query + 1).toLowerCase(Locale.ROOT);
        if (!hasParameter(parameters, "sslenabled=true") || hasParameter(parameters, "truststorepath=")) {
            return url;
        }
        StringBuilder result = new StringBuilder(url).append(query < 0 ? "?" : "&")
                .append("trustStorePath=").append(encode(path));
        if (password != null && !password.isEmpty()) {
            result.append("&trustStorePassword=").append(encode(password));
        }
        if (type != null && !type.isBlank()) {
            result.append("&trustStoreType=").append(encode(type));
        }
        return result.toString();
    }

    /** Artemis URL-decodes every query value, so any character of a path or password survives. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean hasParameter(String parameters, String prefix) {
        for (String parameter : parameters.split("[&;]")) {
            if (parameter.trim().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
