package org.eaihub.hub.deadletter;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.jms.JMSException;

import io.swagger.v3.oas.annotations.Operation;

import org.eaihub.config.security.Roles;
import org.eaihub.hub.operations.AuditEntry.Outcome;
import org.eaihub.hub.operations.OperationsMetrics;
import org.eaihub.hub.operations.OperatorAudit;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dead letters for operators: browse a dead-letter queue (customers' personal data masked), replay one message,
 * several, or all of them (audited).
 */
@RestController
@RequestMapping(path = "/api/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class DeadLetterController {

    private final DeadLetterService service;
    private final OperatorAudit audit;
    private final OperationsMetrics metrics;

    public DeadLetterController(DeadLetterService service, OperatorAudit audit, OperationsMetrics metrics) {
        this.service = service;
        this.audit = audit;
        this.metrics = metrics;
    }

    @GetMapping
    @Operation(summary = "Every dead-letter queue with its depth (null when the broker did not answer), as"
            + " eaihub_dlq_depth shows it: read at most once per eaihub.hub.metrics.cache-ttl")
    public List<OperationsMetrics.QueueDepth> queues() {
        return metrics.deadLetterDepths();
    }

    @GetMapping("/{queue}")
    @Operation(summary = "The messages in a dead-letter queue (DLQ.<queue>), oldest first, with reasons; customers'"
            + " personal data masked unless an administrator asks for it (personalData=true, audited)")
    public List<DeadLetter> browse(@PathVariable String queue, @RequestParam(defaultValue = "100") int max,
            @RequestParam(defaultValue = "false") boolean personalData, Authentication caller) throws JMSException {
        List<DeadLetter> letters = service.browse(queue, Math.min(Math.max(max, 1), 1000));
        if (!personalData) {
            return letters.stream().map(DeadLetter::masked).toList();
        }
        boolean admin = caller.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
        if (!admin) {
            audit.record(caller.getName(), "dead-letter.read-personal-data", queue, Outcome.REFUSED, "not ADMIN");
            throw new AccessDeniedException("Only administrators see customers' personal data in dead letters");
        }
        audit.record(caller.getName(), "dead-letter.read-personal-data", queue, Outcome.OK,
                letters.size() + " messages: " + String.join(",", letters.stream().map(DeadLetter::messageId).toList()));
        return letters;
    }

    public record ReplayRequest(List<String> messageIds, boolean all) {
    }

    @PostMapping(path = "/{queue}/replay", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send messages back to the queue they came from: the named ones, or all (up to 10,000);"
            + " audited")
    public Map<String, Object> replay(@PathVariable String queue, @RequestBody ReplayRequest request,
            Principal operator) throws JMSException {
        try {
            if (request.all()) {
                int replayed = service.replayAll(queue, 10_000, operator.getName());
                audit.record(operator.getName(), "dead-letter.replay", queue, Outcome.OK, "all: " + replayed
                        + " replayed");
                return Map.of("replayed", replayed);
            }
            if (request.messageIds() == null || request.messageIds().isEmpty() || request.messageIds().size() > 1000) {
                throw new IllegalArgumentException("Name 1 to 1000 messageIds, or set all=true");
            }
            List<String> replayed = service.replay(queue, request.messageIds(), operator.getName());
            audit.record(operator.getName(), "dead-letter.replay", queue, Outcome.OK, replayed.size() + " of "
                    + request.messageIds().size() + " replayed: " + String.join(",", replayed));
            return Map.of("replayed", replayed.size(), "messageIds", replayed);
        } catch (IllegalArgumentException refused) {
            audit.record(operator.getName(), "dead-letter.replay", queue, Outcome.REFUSED, refused.getMessage());
            throw refused;
        } catch (JMSException | RuntimeException failed) {
            audit.record(operator.getName(), "dead-letter.replay", queue, Outcome.FAILED,
                    failed.getClass().getSimpleName());
            throw failed;
        }
    }
}
