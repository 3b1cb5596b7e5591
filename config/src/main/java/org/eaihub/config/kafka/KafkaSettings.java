package org.eaihub.config.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka client settings shared by every application: where the cluster is, how to log in, and the topics
 * the landscape declares. Producers are idempotent with {@code acks=all}; consumers never auto-commit, so an
 * offset is committed only after the work it stands for is done. {@code properties} are further client settings
 * (e.g. {@code ssl.truststore.location} for {@code SASL_SSL}) given to every producer, consumer and admin client;
 * blank ones are left out, so that a setting whose environment variable is unset means the client's default.
 */
@ConfigurationProperties("eaihub.kafka")
public record KafkaSettings(
        String bootstrapServers,
        @DefaultValue("SASL_PLAINTEXT") String securityProtocol,
        @DefaultValue("PLAIN") String saslMechanism,
        String username,
        String password,
        @DefaultValue("1") short replicationFactor,
        boolean declareTopics,
        @DefaultValue List<Topic> topics,
        @DefaultValue Map<String, String> properties) {

    /** A declared topic; a consumed topic has a dead-letter topic named {@code <name>.DLT}. */
    public record Topic(String name, int partitions, boolean deadLetter) {
        public String deadLetterTopic() {
            return name + ".DLT";
        }
    }

    public Map<String, Object> common() {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("security.protocol", securityProtocol);
        if (securityProtocol.startsWith("SASL")) {
            config.put("sasl.mechanism", saslMechanism);
            config.put("sasl.jaas.config", jaas(username, password));
        }
        config.putAll(clientProperties());
        return config;
    }

    /** The non-blank {@code properties}. */
    public Map<String, String> clientProperties() {
        Map<String, String> set = new HashMap<>();
        if (properties != null) {
            properties.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    set.put(name, value);
                }
            });
        }
        return set;
    }

    /** The same settings for another account (and declaring topics or not). */
    public KafkaSettings as(String otherUser, String otherPassword, boolean declare) {
        return new KafkaSettings(bootstrapServers, securityProtocol, saslMechanism, otherUser, otherPassword,
                replicationFactor, declare, topics, properties);
    }

    public Map<String, Object> producer() {
        Map<String, Object> config = common();
        config.put("acks", "all");
        config.put("enable.idempotence", "true");
        config.put("max.in.flight.requests.per.connection", "5");
        config.put("interceptor.classes", org.eaihub.config.correlation.KafkaCorrelation.class.getName());
        return config;
    }

    public Map<String, Object> consumer(String groupId) {
        Map<String, Object> config = common();
        config.put("group.id", groupId);
        config.put("enable.auto.commit", "false");
        config.put("auto.offset.reset", "earliest");
        config.put("isolation.level", "read_committed");
        return config;
    }

    public Map<String, Object> admin() {
        return common();
    }

    public static String jaas(String username, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + escape(username) + "\" password=\"" + escape(password) + "\";";
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Every topic name to create: each declared topic and, where it has one, its dead-letter topic. */
    public List<Topic> allTopics() {
        return topics.stream()
                .flatMap(t -> t.deadLetter()
                        ? java.util.stream.Stream.of(t, new Topic(t.deadLetterTopic(), t.partitions(), false))
                        : java.util.stream.Stream.of(t))
                .toList();
    }
}
