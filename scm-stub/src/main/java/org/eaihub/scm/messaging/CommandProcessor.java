package org.eaihub.scm.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.correlation.KafkaCorrelation;
import org.eaihub.scm.contract.ContractSchemas;
import org.eaihub.scm.contract.InvalidCommandException;
import org.eaihub.scm.contract.PullList;
import org.eaihub.scm.contract.ReservationRelease;
import org.eaihub.scm.contract.ReservationRequest;
import org.eaihub.scm.contract.ScmCommand;
import org.eaihub.scm.contract.ShipmentRequest;
import org.eaihub.scm.faults.FaultKnobs;
import org.eaihub.scm.faults.Outage;
import org.eaihub.scm.outbox.EventPublisher;
import org.eaihub.scm.reservation.ReservationService;
import org.eaihub.scm.settings.RuntimeSettings;
import org.eaihub.scm.shipment.ShipmentService;
import org.eaihub.scm.supplier.SupplierHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes one command record, completely, before its offset may be committed:
 * <ol>
 * <li>read it against the contract; an invalid command goes to the dead-letter topic at once;</li>
 * <li>in one transaction: record the request id (unique), do the work, write the outcome events to the outbox
 *     (a request id seen before instead does nothing);</li>
 * <li>publish the outbox and wait for Kafka's acknowledgements; for a repeated request id, publish its stored
 *     events again.</li>
 * </ol>
 * A failure in step 2 rolls the transaction back and is retried with a growing backoff; after the last attempt
 * the record goes to the dead-letter topic. A failure in step 3 happens after the commit: the work is done and
 * only its publication is missing, so the publication alone is retried, as long as it takes, and the record
 * never goes to the dead-letter topic for it. The method returns only when the record is done with
 * (processed, repeated or dead-lettered); it throws {@link ProcessingAbortedException} if an outage or a
 * shutdown interrupts it, and then the record must be read again (a repeat: its stored events are published).
 */
@Component
public class CommandProcessor {

    public enum Outcome { PROCESSED, DUPLICATE, DEAD_LETTERED }

    private static final Logger LOG = LoggerFactory.getLogger(CommandProcessor.class);

    private final CommandReader reader = new CommandReader(ContractSchemas.instance());
    private final ProcessedCommandRepository ledger;
    private final ReservationService reservations;
    private final ShipmentService shipments;
    private final SupplierHub supplier;
    private final TransactionTemplate transactions;
    private final EventPublisher publisher;
    private final DeadLetterSink deadLetters;
    private final FaultKnobs faults;
    private final Outage outage;
    private final RuntimeSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    public CommandProcessor(ProcessedCommandRepository ledger, ReservationService reservations,
            ShipmentService shipments, SupplierHub supplier, TransactionTemplate transactions,
            EventPublisher publisher, DeadLetterSink deadLetters, FaultKnobs faults, Outage outage,
            RuntimeSettings settings, Clock clock, MeterRegistry meters) {
        this.ledger = ledger;
        this.reservations = reservations;
        this.shipments = shipments;
        this.supplier = supplier;
        this.transactions = transactions;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.faults = faults;
        this.outage = outage;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** @param stop turns true when the consumer is shutting down */
    public Outcome process(ConsumerRecord<byte[], byte[]> record, BooleanSupplier stop) {
        try (Correlation.Scope scope = KafkaCorrelation.open(record)) {
            ParsedCommand command;
            try {
                command = reader.read(record.topic(), record.value());
            } catch (InvalidCommandException e) {
                return deadLetter(record, e.reason(), e, 1);
            }
            Duration latency = faults.latency();
            if (!latency.isZero()) {
                faults.countDelayedMessage();
                if (!outage.pause(latency, stop)) {
                    throw new ProcessingAbortedException();
                }
            }
            RuntimeException last = null;
            int attempts = settings.maxAttempts();
            for (int attempt = 1; attempt <= attempts; attempt++) {
                try {
                    Outcome outcome = execute(command, record, stop);
                    count(command, outcome);
                    return outcome;
                } catch (InvalidCommandException e) {
                    return deadLetter(record, e.reason(), e, attempt);
                } catch (RuntimeException e) {
                    last = e;
                    meters.counter("scm.commands.failed.attempts", "type", command.type().wireName()).increment();
                    LOG.warn("Command {} {} failed (attempt {} of {}): {}", command.type().wireName(),
                            command.command().requestId(), attempt, attempts, e.toString());
                    if (attempt < attempts && !outage.pause(settings.backoffAfter(attempt), stop)) {
                        throw new ProcessingAbortedException();
                    }
                }
            }
            return deadLetter(record, "processing-failed", last, attempts);
        }
    }

    private Outcome execute(ParsedCommand parsed, ConsumerRecord<byte[], byte[]> record, BooleanSupplier stop) {
        ScmCommand command = parsed.command();
        Boolean repeated = transactions.execute(status -> {
            Optional<ProcessedCommand> seen = ledger.findByRequestId(command.requestId());
            if (seen.isPresent()) {
                if (!seen.get().getCommandType().equals(parsed.type().wireName())) {
                    throw new InvalidCommandException(InvalidCommandException.REQUEST_ID_CONFLICT, "requestId "
                            + command.requestId() + " was already used by a " + seen.get().getCommandType());
                }
                if (!seen.get().getPayloadHash().equals(parsed.hash())) {
                    LOG.warn("requestId {} repeated with different content; the first one stands",
                            command.requestId());
                }
                return true;
            }
            ledger.saveAndFlush(new ProcessedCommand(command.requestId(), parsed.type().wireName(),
                    command.reference(), record.topic(), record.partition(), record.offset(), parsed.hash(),
                    clock.instant()));
            dispatch(command);
            faults.injectProcessingFailure();
            return false;
        });
        if (Boolean.TRUE.equals(repeated)) {
            int again = publishUntilAcknowledged(command, () -> publisher.republish(command.requestId()), stop);
            LOG.info("Command {} {} for {} repeated: no-op, {} stored event(s) published again",
                    parsed.type().wireName(), command.requestId(), command.reference(), again);
            return Outcome.DUPLICATE;
        }
        publishUntilAcknowledged(command, publisher::flush, stop);
        return Outcome.PROCESSED;
    }

    /** The command's work is committed; its events wait in the outbox until Kafka takes them. */
    private int publishUntilAcknowledged(ScmCommand command, IntSupplier publish, BooleanSupplier stop) {
        for (int failures = 1; ; failures++) {
            try {
                return publish.getAsInt();
            } catch (RuntimeException e) {
                meters.counter("scm.events.publish.failures").increment();
                LOG.warn("Events of {} not acknowledged by Kafka yet (try {}), publishing again: {}",
                        command.requestId(), failures, e.toString());
                if (!outage.pause(settings.backoffAfter(failures), stop)) {
                    throw new ProcessingAbortedException();
                }
            }
        }
    }

    private void dispatch(ScmCommand command) {
        if (command instanceof ReservationRequest request) {
            reservations.request(request);
        } else if (command instanceof ReservationRelease release) {
            reservations.release(release);
        } else if (command instanceof ShipmentRequest shipment) {
            shipments.request(shipment);
        } else if (command instanceof PullList pullList) {
            supplier.accept(pullList);
        } else {
            throw new IllegalStateException("No handler for " + command.getClass().getSimpleName());
        }
    }

    private Outcome deadLetter(ConsumerRecord<byte[], byte[]> record, String reason, Throwable cause, int attempts) {
        deadLetters.deadLetter(record, reason, cause, attempts);
        meters.counter("scm.commands", "topic", record.topic(), "outcome", "dead-lettered").increment();
        LOG.warn("Record {}:{}:{} sent to the dead-letter topic: {} ({})", record.topic(), record.partition(),
                record.offset(), reason, cause == null ? "" : cause.toString());
        return Outcome.DEAD_LETTERED;
    }

    private void count(ParsedCommand command, Outcome outcome) {
        meters.counter("scm.commands", "topic", command.type().topic(), "outcome", outcome.name().toLowerCase())
                .increment();
    }

    /** The record was not finished because of an outage or a shutdown; it must be read again. */
    public static class ProcessingAbortedException extends RuntimeException {
        ProcessingAbortedException() {
            super("Processing interrupted by an outage or a shutdown", null, false, false);
        }
    }
}
