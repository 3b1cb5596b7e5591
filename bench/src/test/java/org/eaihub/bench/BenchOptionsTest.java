package org.eaihub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchOptionsTest {

    @TempDir
    Path dir;

    private BenchOptions parse(String... args) throws Exception {
        Path jar = dir.resolve("eaihub-landscape.jar");
        if (!Files.exists(jar)) {
            Files.createFile(jar);
        }
        String[] all = new String[args.length + 1];
        all[0] = "--landscape-jar=" + jar;
        System.arraycopy(args, 0, all, 1, args.length);
        return BenchOptions.parse(all);
    }

    @Test
    void fullIsTheDefaultModeAndEveryScenarioRunsAtLeastThreeTimes() throws Exception {
        BenchOptions full = parse();
        BenchOptions quick = parse("--mode=short");

        assertThat(full.mode()).isEqualTo(Mode.FULL);
        assertThat(full.mode().memoryMessages()).isEqualTo(10_000);
        assertThat(quick.mode()).isEqualTo(Mode.SHORT);
        for (BenchOptions options : new BenchOptions[] {full, quick}) {
            assertThat(options.mode().rounds()).isGreaterThanOrEqualTo(3);
            assertThat(Scenarios.all()).allSatisfy(scenario -> assertThat(options.runs(scenario.name())).isTrue());
            assertThat(options.variants()).singleElement().satisfies(variant -> {
                assertThat(variant.label()).isEqualTo("default");
                assertThat(variant.consumers()).isEqualTo(4);
                assertThat(variant.producers()).isEqualTo(8);
            });
        }
    }

    @Test
    void sizesGivenOnTheCommandLineReplaceOnlyTheirOwnPartOfTheMode() throws Exception {
        Mode mode = parse("--mode=short", "--rounds=4", "--jms-messages=900").mode();

        assertThat(mode.rounds()).isEqualTo(4);
        assertThat(mode.jmsMessages()).isEqualTo(900);
        assertThat(mode.jmsWarmup()).isEqualTo(Mode.SHORT.jmsWarmup());
        assertThat(mode.jmsTrials()).isEqualTo(Mode.SHORT.jmsTrials());
        assertThat(mode.memoryMessages()).isEqualTo(Mode.SHORT.memoryMessages());
        assertThat(mode.gracefulStop()).isEqualTo(Mode.SHORT.gracefulStop());
    }

    @Test
    void aVariantAddsItsOverridesToTheDefaultsAndSelectsTheJmsScenario() throws Exception {
        BenchOptions options = parse("--landscape-arg=--a=1",
                "--variant=wide: consumers=8 --spring.jms.cache.session-cache-size=32 "
                        + "-Dbrokerconfig.journalBufferTimeout_NIO=500000 raw:consumerWindowSize=0");

        assertThat(options.variants()).extracting(Variant::label).containsExactly("default", "wide");
        Variant base = options.variants().get(0);
        assertThat(base.landscapeArgs()).containsExactly("--a=1");
        assertThat(base.consumers()).isEqualTo(4);
        Variant wide = options.variants().get(1);
        assertThat(wide.consumers()).isEqualTo(8);
        assertThat(wide.producers()).isEqualTo(8);
        assertThat(wide.landscapeArgs()).containsExactly("--a=1", "--spring.jms.cache.session-cache-size=32");
        assertThat(wide.landscapeJvmArgs()).containsExactly("-Dbrokerconfig.journalBufferTimeout_NIO=500000");
        assertThat(wide.rawClientParams()).isEqualTo("consumerWindowSize=0");
        assertThat(options.runs("jms")).isTrue();
        assertThat(options.runs("boot")).isFalse();
        assertThat(options.runs("codec")).isFalse();
    }

    @Test
    void anExplicitOnlyWinsOverTheVariantsDefault() throws Exception {
        BenchOptions options = parse("--only=memory,jms", "--variant=x: consumers=2");

        assertThat(options.runs("memory")).isTrue();
        assertThat(options.runs("jms")).isTrue();
        assertThat(options.runs("boot")).isFalse();
    }

    @Test
    void portsMoveByTheOffset() throws Exception {
        assertThat(parse("--port-offset=200").port(28090)).isEqualTo(28290);
    }

    @Test
    void badCommandLinesAreRefusedWithAMessageForTheUser() {
        assertThatThrownBy(() -> parse("--mode=medium")).hasMessageContaining("medium");
        assertThatThrownBy(() -> parse("--rounds=0")).isInstanceOf(BenchOptions.UsageException.class)
                .hasMessageContaining("--rounds must be at least 1");
        assertThatThrownBy(() -> parse("--frobnicate=1")).isInstanceOf(BenchOptions.UsageException.class)
                .hasMessageContaining("--frobnicate");
        assertThatThrownBy(() -> parse("--variant=nolabel")).isInstanceOf(BenchOptions.UsageException.class)
                .hasMessageContaining("needs a label");
        assertThatThrownBy(() -> parse("--variant=x: sideways")).isInstanceOf(BenchOptions.UsageException.class)
                .hasMessageContaining("sideways");
        assertThatThrownBy(() -> parse("--variant=x: jar=" + dir.resolve("missing.jar")))
                .isInstanceOf(BenchOptions.UsageException.class).hasMessageContaining("missing.jar");
    }

    @Test
    void aMissingLandscapeJarIsNamed() {
        assertThatThrownBy(() -> BenchOptions.parse("--landscape-jar=" + dir.resolve("nope.jar")))
                .isInstanceOf(BenchOptions.UsageException.class).hasMessageContaining("nope.jar");
    }
}
