package org.eaihub.hub.backend;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.transport.http.HTTPConduit;
import org.eaihub.config.correlation.Correlation;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Whom the hub's HTTP clients of the CRM, ERP and SCM trust when a system's URL is {@code https}: the trust store of
 * the SSL bundle {@value #BUNDLE} ({@code EAIHUB_TLS_TRUSTSTORE} in the {@code external} profile), or the JVM's
 * default trust store where there is no such bundle. Plain {@code http} URLs are not affected. The clients are built
 * here, so that every one of them gets the same trust, timeouts, credentials and correlation header.
 */
public record BackendTls(SSLContext context) {

    public static final String BUNDLE = "eaihub";

    /** The JVM's default trust. */
    public static BackendTls jvmDefault() {
        try {
            return new BackendTls(SSLContext.getDefault());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No default TLS context", e);
        }
    }

    public static BackendTls from(SslBundles bundles) {
        try {
            return new BackendTls(bundles.getBundle(BUNDLE).createSslContext());
        } catch (NoSuchSslBundleException e) {
            return jvmDefault();
        }
    }

    /** Spring's simple request factory (HttpURLConnection) with this trust for https URLs. */
    private SimpleClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory() {
            @Override
            protected void prepareConnection(HttpURLConnection connection, String method) throws IOException {
                if (connection instanceof HttpsURLConnection https) {
                    https.setSSLSocketFactory(context.getSocketFactory());
                }
                super.prepareConnection(connection, method);
            }
        };
        factory.setConnectTimeout((int) connectTimeout.toMillis());
        factory.setReadTimeout((int) readTimeout.toMillis());
        return factory;
    }

    /**
     * A REST client of a backend with this trust: HTTP Basic as the hub's account, 3 s to connect, the given read
     * timeout, and the current correlation id on every request.
     */
    public RestClient restClient(URI baseUrl, String user, String password, Duration readTimeout) {
        return RestClient.builder().baseUrl(baseUrl.toString())
                .requestFactory(requestFactory(Duration.ofSeconds(3), readTimeout))
                .defaultHeaders(h -> h.setBasicAuth(user, password))
                .requestInterceptor((request, body, execution) -> {
                    if (Correlation.current() != null) {
                        request.getHeaders().set(Correlation.HTTP_CORRELATION_HEADER, Correlation.current());
                    }
                    return execution.execute(request, body);
                })
                .build();
    }

    /** A JDK HTTP client with this trust. */
    public HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).sslContext(context).build();
    }

    /** CXF's HTTP conduit with this trust. */
    public void configure(HTTPConduit conduit) {
        TLSClientParameters parameters = new TLSClientParameters();
        parameters.setSslContext(context);
        conduit.setTlsClientParameters(parameters);
    }
}
