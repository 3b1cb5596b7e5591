package org.eaihub.config.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real database (H2) and a real Artemis broker (in-VM). */
class OutboxTest {

    private static EmbeddedActiveMQ broker;
    private static ActiveMQConnectionFactory connectionFactory;

    private final String queue = "outbox.test." + UUID.randomUUID();
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private Outbox outbox;
    private OutboxRelay relay;
    private JmsTemplate consumer;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://7"));
        broker.start();
        connectionFactory = new ActiveMQConnectionFactory("vm://7");
    }

    @AfterAll
    static void stopBroker() throws Exception {
        connectionFactory.close();
        broker.stop();
    }

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ObjectMapper mapper = new ObjectMapper();
        outbox = new Outbox(jdbc, mapper, Clock.systemUTC());
        JmsTemplate producer = new JmsTemplate(connectionFactory);
        producer.setExplicitQosEnabled(true);
        producer.setDeliveryPersistent(true);
        relay = new OutboxRelay(jdbc, transactions, producer, mapper, Clock.systemUTC(), Duration.ofSeconds(1), 100);
        consumer = new JmsTemplate(connectionFactory);
        consumer.setReceiveTimeout(500);
    }

    @Test
    void aCommittedMessageIsPublishedOnceWithItsPropertiesAndDuplicateId() throws Exception {
        String id = transactions.execute(s -> outbox.enqueue(OutboxMessage.of(queue, "{\"n\":1}",
                Map.of("messageType", "SyncCustomerPartyMaster", "correlationId", "c-1"), "C-000001")));

        assertThat(relay.pending()).isEqualTo(1);
        assertThat(relay.relayBatch()).isEqualTo(1);
        assertThat(relay.pending()).isZero();

        Message received = consumer.receive(queue);
        assertThat(((TextMessage) received).getText()).isEqualTo("{\"n\":1}");
        assertThat(received.getStringProperty("messageType")).isEqualTo("SyncCustomerPartyMaster");
        assertThat(received.getStringProperty("correlationId")).isEqualTo("c-1");
        assertThat(received.getStringProperty(OutboxRelay.DUPLICATE_ID_PROPERTY)).isEqualTo(id);
        assertThat(received.getStringProperty("JMSXGroupID")).isEqualTo("C-000001");
        assertThat(relay.relayBatch()).as("nothing left to send").isZero();
    }

    @Test
    void aRolledBackChangeLeavesNoMessage() {
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(OutboxMessage.of(queue, "never", Map.of(), null));
            status.setRollbackOnly();
        });

        assertThat(relay.pending()).isZero();
        assertThat(relay.relayBatch()).isZero();
    }

    @Test
    void aMessageOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(OutboxMessage.of(queue, "alone", Map.of(), null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("transaction");
    }

    @Test
    void messagesAreSentInTheOrderTheyWereWritten() throws Exception {
        for (int i = 0; i < 5; i++) {
            int n = i;
            transactions.executeWithoutResult(s -> outbox.enqueue(OutboxMessage.of(queue, "m" + n, Map.of(), null)));
        }
        relay.relayBatch();

        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bodies.add(((TextMessage) consumer.receive(queue)).getText());
        }
        assertThat(bodies).containsExactly("m0", "m1", "m2", "m3", "m4");
    }

    @Test
    void aSendWhoseMarkWasLostIsNotDeliveredTwice() throws Exception {
        transactions.executeWithoutResult(s -> outbox.enqueue(OutboxMessage.of(queue, "once", Map.of(), null)));
        // The broker accepted the send, then the process died before "sent" was committed.
        OutboxRelay.Row row = jdbc.queryForObject("SELECT id, message_id, destination, payload, properties, group_id"
                + " FROM outbox_message", (rs, i) -> new OutboxRelay.Row(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        relay.publish(row);

        assertThat(relay.relayBatch()).as("after the restart the row is sent again").isEqualTo(1);

        assertThat(((TextMessage) consumer.receive(queue)).getText()).isEqualTo("once");
        assertThat(consumer.receive(queue)).as("the broker dropped the copy").isNull();
    }
}
