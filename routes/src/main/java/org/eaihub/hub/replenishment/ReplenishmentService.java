package org.eaihub.hub.replenishment;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.eaihub.adapters.scm.PullListWriter;
import org.eaihub.adapters.scm.ScmInventoryEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects replenishment demands and consolidates them into pull lists. A consolidation runs on one hub instance
 * at a time (ShedLock lock {@value #WORK_LOCK} in the hub's database): it first resends what an earlier run built
 * but Kafka never acknowledged, then stores the new pull lists and marks their demands in one transaction, then
 * sends them and records the acknowledgement. A crash after the transaction leaves unsent pull lists that the next
 * run (or the resend job) sends again with the same id and bytes; the SCM takes a repeated request id as a no-op.
 * The scheduled run also takes {@value #SCHEDULE_LOCK} for most of the interval, so that several instances together
 * still consolidate about once per interval.
 */
public class ReplenishmentService {

    public static final String WORK_LOCK = "replenishment-consolidation";
    public static final String SCHEDULE_LOCK = "replenishment-schedule";
    private static final Logger LOG = LoggerFactory.getLogger(ReplenishmentService.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Sends one pull list and returns once Kafka acknowledged it; throws otherwise. */
    public interface PullListSender {
        void send(String pullListId, byte[] body);
    }

    public record Settings(Duration interval, Duration lockAtMostFor, String defaultSupplier,
            Map<String, String> suppliersBySku) {
    }

    /** What one consolidation did. */
    public record Run(List<String> resent, List<String> created, int demands) {
    }

    public enum Outcome { COLLECTED, DUPLICATE }

    private final ReplenishmentStore store;
    private final PullListConsolidation consolidation;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate transactions;
    private final PullListSender sender;
    private final Settings settings;
    private final Clock clock;
    private final String instanceId = ManagementFactory.getRuntimeMXBean().getName();

    public ReplenishmentService(ReplenishmentStore store, PullListConsolidation consolidation,
            LockingTaskExecutor locks, TransactionTemplate transactions, PullListSender sender, Settings settings,
            Clock clock) {
        this.store = store;
        this.consolidation = consolidation;
        this.locks = locks;
        this.transactions = transactions;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    public Outcome collect(ScmInventoryEvent.ReplenishmentDemand demand) {
        String supplier = PullListConsolidation.supplierOf(demand.supplier(), demand.sku(), settings.suppliersBySku(),
                settings.defaultSupplier());
        return store.collect(demand.demandId(), demand.eventId(), demand.sku(), demand.warehouse(), demand.quantity(),
                supplier, demand.occurredAt()) ? Outcome.COLLECTED : Outcome.DUPLICATE;
    }

    /** The timer's run: skipped while another instance consolidated less than about one interval ago. */
    public void scheduled() {
        Duration atLeast = settings.interval().multipliedBy(9).dividedBy(10);
        withLock(SCHEDULE_LOCK, settings.interval().plus(settings.lockAtMostFor()), atLeast, () -> {
            consolidate().ifPresent(run -> {
                if (!run.created().isEmpty() || !run.resent().isEmpty()) {
                    LOG.info("Replenishment: {} demands in pull lists {}, resent {}", run.demands(), run.created(),
                            run.resent());
                }
            });
            return null;
        });
    }

    /** Consolidates now unless a consolidation is under way (on any instance); empty when it was. */
    public Optional<Run> consolidate() {
        return withLock(WORK_LOCK, settings.lockAtMostFor(), Duration.ZERO, () -> {
            List<String> resent = sendUnsent();
            List<OpenDemand> open = store.open();
            List<PullListConsolidation.Planned> planned = consolidation.plan(open, this::newPullListId);
            transactions.executeWithoutResult(status -> planned.forEach(p -> store.store(p.pullListId(),
                    p.supplier(), p.lines().size(), PullListWriter.write(p.pullListId(), p.supplier(), p.lines()),
                    p.demandIds(), instanceId)));
            List<String> created = new ArrayList<>();
            int demands = 0;
            for (PullListConsolidation.Planned p : planned) {
                created.add(p.pullListId());
                demands += p.demandIds().size();
            }
            sendUnsent();
            return new Run(resent, created, demands);
        });
    }

    /** Sends the pull lists built but not acknowledged yet; empty when a consolidation is under way. */
    public Optional<List<String>> resendUnsent() {
        return withLock(WORK_LOCK, settings.lockAtMostFor(), Duration.ZERO, this::sendUnsent);
    }

    private List<String> sendUnsent() {
        List<String> sent = new ArrayList<>();
        for (ReplenishmentStore.StoredPullList pullList : store.unsent()) {
            sender.send(pullList.pullListId(), pullList.body());
            store.markSent(pullList.pullListId());
            sent.add(pullList.pullListId());
        }
        return sent;
    }

    private String newPullListId() {
        return "PL-" + ID_TIME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private <T> Optional<T> withLock(String name, Duration atMost, Duration atLeast,
            LockingTaskExecutor.TaskWithResult<T> task) {
        try {
            var result = locks.executeWithLock(task, new LockConfiguration(clock.instant(), name, atMost, atLeast));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Replenishment failed", e);
        }
    }
}
