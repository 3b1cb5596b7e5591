package org.eaihub.scm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The SCM application with its real services, schema and seed on an in-memory H2 database (PostgreSQL mode),
 * Kafka replaced by recorders, a clock the test moves, and the jobs left for the test to run. One context for
 * every test class that uses this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ScmApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.config.name=application,scm",
    "eaihub.data-dir=target/test-data",
    "eaihub.kafka.enabled=false",
    "eaihub.scm.messaging.enabled=false",
    "eaihub.scm.jmx.enabled=false",
    "eaihub.scm.jobs.poll-interval=1h",
    "eaihub.scm.messaging.retry-backoff=1ms",
    "spring.datasource.url=jdbc:h2:mem:scm-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
@Import(ScmContextTest.Recorders.class)
public @interface ScmContextTest {

    Instant START = Instant.parse("2026-11-23T08:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class Recorders {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }

        @Bean
        RecordingSinks.Events recordingEventSink() {
            return new RecordingSinks.Events();
        }

        @Bean
        RecordingSinks.DeadLetters recordingDeadLetterSink() {
            return new RecordingSinks.DeadLetters();
        }
    }
}
