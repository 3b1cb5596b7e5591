package org.eaihub.landscape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway key store and trust store made at test time with the JDK's {@code keytool}: one self-signed key pair
 * for {@code CN=localhost} (SAN localhost and 127.0.0.1) that every TLS server of a test uses, and a trust store
 * holding its certificate, which the test's clients trust. Both PKCS12, each with its own random password.
 */
public record TestTls(Path keystore, String keystorePassword, Path truststore, String truststorePassword) {

    public static TestTls generate(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        TestTls tls = new TestTls(dir.resolve("server.p12"), UUID.randomUUID().toString(),
                dir.resolve("trust.p12"), UUID.randomUUID().toString());
        Path certificate = dir.resolve("server.pem");
        keytool("-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", tls.keystore().toString(), "-storepass", tls.keystorePassword(),
                "-keypass", tls.keystorePassword());
        keytool("-exportcert", "-rfc", "-alias", "localhost", "-keystore", tls.keystore().toString(),
                "-storepass", tls.keystorePassword(), "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "eaihub-test", "-file", certificate.toString(),
                "-storetype", "PKCS12", "-keystore", tls.truststore().toString(),
                "-storepass", tls.truststorePassword());
        return tls;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }

    /** A TLS context that trusts this test's certificate, and nothing else. */
    public SSLContext clientContext() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            trusted.load(in, truststorePassword.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
