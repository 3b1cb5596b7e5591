package org.eaihub.bench.codec;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * JMH starts its forks with {@code -cp <java.class.path>}. Run from the executable jar, that class path is the jar
 * alone, whose classes and libraries are nested where a plain JVM cannot see them; so the jar's
 * {@code BOOT-INF/classes} and {@code BOOT-INF/lib} are unpacked once (per jar version) and {@code java.class.path}
 * names them for the forks. Run from classes (an IDE, a test), nothing needs doing.
 */
final class ForkClasspath {

    private ForkClasspath() {
    }

    static synchronized void prepare(Path benchJar, Path root) throws IOException {
        if (benchJar == null) {
            return;
        }
        String version = Files.size(benchJar) + "-" + Files.getLastModifiedTime(benchJar).toMillis();
        Path dir = root.resolve(version);
        Path classes = dir.resolve("classes");
        Path lib = dir.resolve("lib");
        Path done = dir.resolve(".complete");
        if (!Files.exists(done)) {
            unpack(benchJar, classes, lib);
            Files.writeString(done, benchJar.toString());
        }
        List<String> entries = new ArrayList<>();
        entries.add(classes.toString());
        try (var jars = Files.list(lib)) {
            jars.sorted().forEach(jar -> entries.add(jar.toString()));
        }
        System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }

    private static void unpack(Path benchJar, Path classes, Path lib) throws IOException {
        Files.createDirectories(classes);
        Files.createDirectories(lib);
        try (JarFile jar = new JarFile(benchJar.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                Path target;
                if (name.startsWith("BOOT-INF/classes/")) {
                    target = classes.resolve(name.substring("BOOT-INF/classes/".length()));
                } else if (name.startsWith("BOOT-INF/lib/")) {
                    target = lib.resolve(name.substring("BOOT-INF/lib/".length()));
                } else {
                    continue;
                }
                if (!target.normalize().startsWith(classes) && !target.normalize().startsWith(lib)) {
                    throw new IOException("Entry outside its folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
