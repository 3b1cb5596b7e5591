package org.eaihub.bench.boot;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eaihub.bench.Context;
import org.eaihub.bench.Figure;
import org.eaihub.bench.RatioFigures;
import org.eaihub.bench.Sample;
import org.eaihub.bench.Scenario;
import org.eaihub.bench.emptyapp.EmptyWebApplication;
import org.eaihub.bench.landscape.ChildProcess;
import org.eaihub.bench.landscape.RunningLandscape;

/**
 * R_boot: the landscape's time from process start to aggregate health UP over an empty Spring Boot web application's
 * time from process start to its health UP. Both are fresh JVMs with the same JVM options, started one after the
 * other with nothing else running; the empty application first, then the round's landscape.
 */
public final class BootScenario implements Scenario {

    public static final String R_BOOT = "R_boot";
    public static final String LANDSCAPE = "boot.landscape";
    public static final String EMPTY = "boot.empty";
    private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    @Override
    public String name() {
        return "boot";
    }

    private static final RatioFigures FIGURES = RatioFigures.of(R_BOOT, "landscape process start -> aggregate health "
            + "UP, divided by an empty Spring Boot web app's process start -> /actuator/health UP (same JVM options, "
            + "same round)",
            Figure.absolute(LANDSCAPE, "s", "java -jar eaihub-landscape.jar until http://127.0.0.1:<hub>/actuator/"
                    + "health is UP"),
            Figure.absolute(EMPTY, "s", "empty Spring Boot web + actuator app until /actuator/health is UP"));

    @Override
    public List<Figure> figures() {
        return FIGURES.figures();
    }

    @Override
    public List<Sample> run(Context context) throws Exception {
        if (context.landscapeStarted()) {
            throw new IllegalStateException("boot must run before anything starts the round's landscape");
        }
        Duration empty = startEmptyApplication(context);
        RunningLandscape landscape = context.landscape();
        double landscapeSeconds = landscape.startup().toNanos() / 1e9;
        double emptySeconds = empty.toNanos() / 1e9;
        context.log("  boot: landscape %.1f s, empty app %.2f s", landscapeSeconds, emptySeconds);
        String note = "JVM options " + String.join(" ", context.options().jvmOptions());
        return FIGURES.samples(landscapeSeconds, emptySeconds, note);
    }

    private static Duration startEmptyApplication(Context context) throws Exception {
        int port = context.options().port(28090);
        List<String> jvm = new ArrayList<>(context.options().jvmOptions());
        List<String> arguments = new ArrayList<>();
        Path jar = context.options().benchJar();
        if (jar != null) {
            jvm.add("-Dloader.main=" + EmptyWebApplication.class.getName());
            arguments.addAll(List.of("-cp", jar.toString(), PROPERTIES_LAUNCHER));
        } else {
            arguments.addAll(List.of("-cp", System.getProperty("java.class.path"), EmptyWebApplication.class.getName()));
        }
        arguments.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off"));
        Path log = context.workDir().resolve("logs").resolve(String.format("round-%d-empty-app.log", context.round()));
        ChildProcess app = ChildProcess.start("empty web application", jvm, arguments, Map.of(), log);
        try {
            return app.awaitUp(URI.create("http://127.0.0.1:" + port + "/actuator/health"), Duration.ofMinutes(2));
        } finally {
            app.kill();
        }
    }
}
